type ToastProps = {
  message: string;
  actionLabel?: string;
  action?: string;
  onAction?: () => void;
};

/** A short message at the bottom of the panel, with one optional action (undo). */
export function Toast({ message, actionLabel, action, onAction }: ToastProps) {
  return (
    <div class="toast" role="status">
      <span>{message}</span>
      {onAction ? <button type="button" data-action={action} onClick={onAction}>{actionLabel}</button> : null}
    </div>
  );
}

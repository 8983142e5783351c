import type { ComponentChildren } from 'preact';

type ToggleProps = {
  /** `data-action` of the checkbox. */
  action: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
};

/** An on/off setting: a labelled checkbox. */
export function Toggle({ action, checked, disabled, onChange, children }: ToggleProps) {
  return (
    <label class={`toggle${disabled ? ' disabled' : ''}`}>
      <input type="checkbox" checked={checked} disabled={disabled} data-action={action} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{children}</span>
    </label>
  );
}

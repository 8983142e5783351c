export interface SwitchItem {
  /** data-action name, e.g. toggle-pinyin. */
  action: string;
  label: string;
  on: boolean;
  onToggle: () => void;
  title?: string;
}

type SwitchesProps = { items: SwitchItem[]; label?: string };

/** A row of on/off switches (real buttons with aria-pressed, so keyboards and screen readers get them). */
export function Switches({ items, label }: SwitchesProps) {
  return (
    <div class="switches" role="group" aria-label={label}>
      {items.map((s) => (
        <button type="button" key={s.action} class={s.on ? 'switch on' : 'switch'} data-action={s.action} aria-pressed={s.on} title={s.title} onClick={s.onToggle}>
          <span class="switch-dot" aria-hidden="true" />
          {s.label}
        </button>
      ))}
    </div>
  );
}

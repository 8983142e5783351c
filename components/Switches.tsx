import './switches.css';
import type { UiTranslator } from '../lib/i18n';
import type { Settings } from '../lib/settings';

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

/**
 * The four reading switches (marks, pinyin, ruby, tone colours) over `settings`, as the panel and
 * the toolbar popup both show them; `pinyinKey` is the shortcut that toggles pinyin, when known.
 */
export function settingSwitches(
  t: UiTranslator, settings: Pick<Settings, 'marks' | 'pinyin' | 'ruby' | 'toneColors'>,
  onSettings: (patch: Partial<Settings>) => void, pinyinKey?: string,
): SwitchItem[] {
  return [
    { action: 'toggle-marks', label: t('switch.marks'), on: settings.marks, onToggle: () => onSettings({ marks: !settings.marks }), title: t('switch.marks.title') },
    { action: 'toggle-pinyin', label: t('switch.pinyin'), on: settings.pinyin, onToggle: () => onSettings({ pinyin: !settings.pinyin }), title: pinyinKey ? t('switch.pinyin.title', { key: pinyinKey }) : t('switch.pinyin.titleNoKey') },
    { action: 'toggle-ruby', label: t('switch.ruby'), on: settings.ruby, onToggle: () => onSettings({ ruby: !settings.ruby }), title: t('switch.ruby.title') },
    { action: 'toggle-tones', label: t('switch.tones'), on: settings.toneColors, onToggle: () => onSettings({ toneColors: !settings.toneColors }), title: t('switch.tones.title') },
  ];
}

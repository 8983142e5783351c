import type { Settings } from '../../lib/settings';
import { SETTING_CHOICES, SETTING_RANGES } from '../../lib/settings';
import { Syllables } from '../word/Syllables';
import { useT, type UiKey } from '../i18n';
import { Choice } from './Choice';
import { Slider } from './Slider';
import { Toggle } from './Toggle';

/** A keyboard command and the keys the browser gives it now ('' when none). */
export interface Shortcut { name: string; shortcut: string }

type OptionsPageProps = {
  settings: Settings;
  shortcuts: Shortcut[];
  /** The last write: saved, or failed with the browser's words. */
  status: 'idle' | 'saved' | { error: string };
  onChange: (patch: Partial<Settings>) => void;
};

const COMMAND_LABELS: Record<string, UiKey> = {
  'toggle-panel': 'options.keys.togglePanel',
  'highlight-selection': 'options.keys.highlight',
  'toggle-pinyin': 'options.keys.pinyin',
  'lookup-word': 'options.keys.lookup',
};

/** A sample reading for the tone preview: 人民日报 covers tones 2, 2, 4, 4; 中文好 adds 1 and 3. */
const SAMPLE = [['人民日报', 'rén mín rì bào'], ['中文好', 'zhōng wén hǎo']];

/** The options: language, theme and text size, the panel, marks, pinyin, hover, and the shortcuts. */
export function OptionsPage({ settings: s, shortcuts, status, onChange }: OptionsPageProps) {
  const t = useT();
  const language = (v: Settings['uiLanguage']) => t(v === 'auto' ? 'options.language.auto' : v === 'en' ? 'options.language.en' : 'options.language.zh');
  return (
    <main class="options">
      <header class="options-head">
        <p class="brand">{t('app.name')}</p>
        <h1>{t('options.title')}</h1>
        <p class="status" role="status" data-rr-status={typeof status === 'string' ? status : 'error'}>
          {status === 'saved' ? t('options.saved') : typeof status === 'object' ? t('options.notSaved', { error: status.error }) : ''}
        </p>
      </header>

      <section class="group" data-group="language">
        <h2>{t('options.language')}</h2>
        <Choice name="uiLanguage" legend="options.uiLanguage" value={s.uiLanguage} choices={SETTING_CHOICES.uiLanguage} label={language} onChange={(uiLanguage) => onChange({ uiLanguage })} />
      </section>

      <section class="group" data-group="appearance">
        <h2>{t('options.appearance')}</h2>
        <Choice name="theme" legend="options.theme" value={s.theme} choices={SETTING_CHOICES.theme} label={(v) => t(`options.theme.${v}`)} onChange={(theme) => onChange({ theme })} />
        <Slider name="fontSize" label="options.fontSize" unit="options.px" value={s.fontSize} {...SETTING_RANGES.fontSize} onChange={(fontSize) => onChange({ fontSize })} />
      </section>

      <section class="group" data-group="panel">
        <h2>{t('options.panel')}</h2>
        <Choice name="panelSide" legend="options.panelSide" value={s.panelSide} choices={SETTING_CHOICES.panelSide} label={(v) => t(`options.side.${v}`)} onChange={(panelSide) => onChange({ panelSide })} />
        <Slider name="panelWidth" label="options.panelWidth" unit="options.px" value={s.panelWidth} {...SETTING_RANGES.panelWidth} onChange={(panelWidth) => onChange({ panelWidth })} />
      </section>

      <section class="group" data-group="marks">
        <h2>{t('options.marks')}</h2>
        <Toggle action="set-marks" checked={s.marks} onChange={(marks) => onChange({ marks })}>{t('options.marks.all')}</Toggle>
        <div class="sub">
          {(['dates', 'figures', 'terms'] as const).map((kind) => (
            <Toggle key={kind} action={`set-marks-${kind}`} checked={s.markKinds[kind]} disabled={!s.marks} onChange={(on) => onChange({ markKinds: { ...s.markKinds, [kind]: on } })}>
              <span class={`mark-sample mark-${kind}`}>{t(`options.marks.${kind}`)}</span>
            </Toggle>
          ))}
        </div>
      </section>

      <section class="group" data-group="pinyin">
        <h2>{t('options.pinyin')}</h2>
        <Choice name="pinyinStyle" legend="options.pinyinStyle" value={s.pinyinStyle} choices={SETTING_CHOICES.pinyinStyle} label={(v) => t(`options.pinyinStyle.${v}`)} onChange={(pinyinStyle) => onChange({ pinyinStyle })} />
        <Toggle action="set-knownWords" checked={s.knownWords} onChange={(knownWords) => onChange({ knownWords })}>{t('options.knownWords')}</Toggle>
        <Toggle action="set-toneColors" checked={s.toneColors} onChange={(toneColors) => onChange({ toneColors })}>{t('options.toneColors')}</Toggle>
        <div class={`sub${s.toneColors ? '' : ' disabled'}`}>
          <Choice name="toneScheme" legend="options.toneScheme" value={s.toneScheme} choices={SETTING_CHOICES.toneScheme} label={(v) => t(`options.toneScheme.${v}`)} onChange={(toneScheme) => onChange({ toneScheme })} />
        </div>
        <p class={`sample tones-${s.toneScheme}`} data-rr-sample="" aria-hidden="true">
          {SAMPLE.map(([hanzi, reading]) => (
            <span key={hanzi} class="sample-word">
              <span lang="zh-CN">{hanzi}</span>{' '}
              <Syllables pinyin={reading} style={s.pinyinStyle} toneColors={s.toneColors} />
            </span>
          ))}
        </p>
      </section>

      <section class="group" data-group="hover">
        <h2>{t('options.hover')}</h2>
        <Toggle action="set-pinyin" checked={s.pinyin} onChange={(pinyin) => onChange({ pinyin })}>{t('options.hover.enabled')}</Toggle>
        <Slider name="hoverDelay" label="options.hoverDelay" unit="options.ms" value={s.hoverDelay} {...SETTING_RANGES.hoverDelay} onChange={(hoverDelay) => onChange({ hoverDelay })} />
        <Choice name="hoverModifier" legend="options.hoverModifier" value={s.hoverModifier} choices={SETTING_CHOICES.hoverModifier} label={(v) => t(`options.modifier.${v}`)} onChange={(hoverModifier) => onChange({ hoverModifier })} />
      </section>

      <section class="group" data-group="keys">
        <h2>{t('options.keys')}</h2>
        <dl class="keys">
          {shortcuts.filter((c) => c.name in COMMAND_LABELS).map((c) => (
            <div key={c.name} class="key-row" data-command={c.name}>
              <dt>{t(COMMAND_LABELS[c.name])}</dt>
              <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('options.keys.unset')}</dd>
            </div>
          ))}
        </dl>
        <p class="hint">{t('options.keys.hint')}</p>
      </section>
    </main>
  );
}

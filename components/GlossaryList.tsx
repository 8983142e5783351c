import type { GlossaryEntry } from '../lib/types';
import type { PinyinStyle, ToneScheme } from '../lib/settings';
import { Syllables } from './word/Syllables';
import { useT, type UiKey } from './i18n';

const KINDS = ['person', 'place', 'org', 'meeting', 'term', 'slogan', 'quote', 'work', 'name', 'domain', 'idiom'];

type GlossaryListProps = {
  entries: GlossaryEntry[];
  pinyinStyle: PinyinStyle;
  toneColors: boolean;
  toneScheme: ToneScheme;
  /** Terms in the reader's word list. */
  saved: ReadonlySet<string>;
  /** Click on a term: scroll to its next occurrence. */
  onJump: (entry: GlossaryEntry) => void;
  /** Save a term to the word list. */
  onSave: (entry: GlossaryEntry) => void;
  onExport: (format: 'csv' | 'anki') => void;
};

/** A gloss that came from CC-CEDICT (the fallback dictionary) rather than the curated term base. */
const fromDictionary = (e: GlossaryEntry) => e.glossMethod === 'dictionary' || e.glossSource === 'fallback dictionary';

/** Terms with pinyin, kind and gloss; an unglossed term says so rather than guessing. The glosses' sources are named under the list. */
export function GlossaryList({ entries, pinyinStyle, toneColors, toneScheme, saved, onJump, onSave, onExport }: GlossaryListProps) {
  const t = useT();
  const kind = (k: string) => (KINDS.includes(k) ? t(`kind.${k}` as UiKey) : k);
  return (
    <div class={`glossary-box tones-${toneScheme}`}>
      <ul class="glossary">
        {entries.map((e) => (
          <li key={e.term} class="term" data-rr-term={e.term}>
            <button type="button" class="term-button" data-action="jump-term" title={t('glossary.visit')} onClick={() => onJump(e)}>
              <span class="term-zh" lang="zh-CN">{e.term}</span>
              <Syllables class="term-pinyin" pinyin={e.pinyin} style={pinyinStyle} toneColors={toneColors} name={e.kind === 'person'} />
              <span class="term-kind">{kind(e.kind)}</span>
              {e.count > 1 ? <span class="term-count">×{e.count}</span> : null}
            </button>
            <button
              type="button"
              class="term-save"
              data-action="save-term"
              aria-pressed={saved.has(e.term)}
              aria-label={t(saved.has(e.term) ? 'glossary.saved' : 'glossary.save')}
              title={t(saved.has(e.term) ? 'glossary.saved' : 'glossary.save')}
              disabled={saved.has(e.term)}
              onClick={() => onSave(e)}
            >
              {saved.has(e.term) ? '★' : '☆'}
            </button>
            {e.role ? <span class="term-role" lang="zh-CN">{e.role}</span> : null}
            {e.gloss ? (
              <span class="term-gloss" lang="en">
                {e.gloss}
                {fromDictionary(e) ? <span class="term-source"> · CC-CEDICT</span> : null}
                {e.glossMethod === 'romanised' || e.glossMethod === 'composed' ? (
                  <span class="term-method" data-rr-gloss-method={e.glossMethod}> · {t(e.glossMethod === 'romanised' ? 'glossary.romanised' : 'glossary.composed')}</span>
                ) : null}
              </span>
            ) : (
              <span class="term-gloss unglossed">{t('glossary.noGloss')}</span>
            )}
          </li>
        ))}
      </ul>
      <p class="attribution" data-rr-attribution="">
        {t('glossary.sources')}{' '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener noreferrer">CC BY-SA 4.0</a>
      </p>
      <div class="export-row">
        <button type="button" class="link-button" data-action="export-glossary-csv" onClick={() => onExport('csv')}>{t('glossary.exportCsv')}</button>
        <button type="button" class="link-button" data-action="export-glossary-anki" onClick={() => onExport('anki')}>{t('glossary.exportAnki')}</button>
      </div>
    </div>
  );
}

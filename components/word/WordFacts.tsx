import type { SegmentDescription } from '../../lib/text/describe-segment';
import type { PinyinStyle } from '../../lib/settings';
import { formatDateValue, formatFigureValue } from '../../lib/format/values';
import { Syllables } from './Syllables';
import { useT } from '../i18n';

type WordFactsProps = {
  description: SegmentDescription;
  style: PinyinStyle;
  toneColors: boolean;
};

/** What a word is besides its entries: the date or figure the article's marks make of it (in the UI's
 * language, as the marks' tooltips write it), a person's
 * name with its surname read as a surname, and the known parts of a word CC-CEDICT lacks. */
export function WordFacts({ description: d, style, toneColors }: WordFactsProps) {
  const t = useT();
  return (
    <>
      {d.date ? (
        <p class="popup-fact" data-rr-fact="date" data-rr-value={JSON.stringify(d.date.value)}>
          {t('popup.date', { gloss: formatDateValue(d.date.value, t.locale) })}{d.date.relative ? t('mark.relative') : ''}
        </p>
      ) : null}
      {d.figure ? (
        <p class="popup-fact" data-rr-fact="figure" data-rr-value={JSON.stringify(d.figure.value)}>
          {t(d.figure.kind === 'ordinal' ? 'popup.ordinal' : 'popup.figure', { gloss: formatFigureValue({ ...d.figure, start: 0, end: 0 }, t.locale) })}
        </p>
      ) : null}
      {d.person ? (
        <p class="popup-fact" data-rr-fact="person">
          {t('popup.person')}
          {d.person.surname ? (
            <>
              {' · '}{t('popup.surname')} <span lang="zh-CN">{d.person.surname}</span>{' '}
              {d.person.surnameReading ? <Syllables pinyin={d.person.surnameReading} style={style} toneColors={toneColors} /> : null}
              {d.person.surnameSense ? <span lang="en"> ({d.person.surnameSense})</span> : null}
            </>
          ) : null}
        </p>
      ) : null}
      {d.parts.length ? (
        <div class="popup-parts" data-rr-fact="parts">
          <p class="popup-fact">{t('popup.parts')}</p>
          <ul>
            {d.parts.map((p, i) => (
              <li key={i} data-rr-part={p.text}>
                <span class="popup-part-word" lang="zh-CN">{p.text}</span>{' '}
                {p.entries[0] ? <Syllables class="popup-def-pinyin" pinyin={p.entries[0].pinyin} style={style} toneColors={toneColors} /> : null}
                <span lang="en">{p.entries.length ? p.entries[0].defs.join('; ') : t('popup.none')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

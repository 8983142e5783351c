import type { SavedWord } from '../../lib/store/types';
import type { PinyinStyle } from '../../lib/settings';
import type { TextPiece } from '../../lib/library/view';
import { formatPublished } from '../../lib/format/date';
import { Syllables } from '../word/Syllables';
import { useT } from '../i18n';
import { Marked } from './Marked';

type WordCardProps = {
  word: SavedWord;
  /** The article's link (an http(s) People's Daily URL), or null. */
  link: string | null;
  pinyinStyle: PinyinStyle;
  toneColors: boolean;
  busy: boolean;
  /** Splits text into pieces, marking search matches. */
  mark: (text: string) => TextPiece[];
  onDelete: () => void;
};

/** Text with the search matches wrapped in <mark>. */
/** One word of the list: the word and its reading, its definition, the sentence it was read in (the word in bold), where. */
export function WordCard({ word: w, link, pinyinStyle, toneColors, busy, mark, onDelete }: WordCardProps) {
  const t = useT();
  const end = w.at + w.word.length;
  return (
    <li class="word" data-word-id={w.id} data-word={w.word}>
      <p class="word-head">
        <span class="word-zh" lang="zh-CN"><Marked pieces={mark(w.word)} /></span>
        {w.pinyin ? <Syllables class="word-pinyin" pinyin={w.pinyin} style={pinyinStyle} toneColors={toneColors} /> : null}
        <button type="button" class="small quiet word-delete" data-action="delete-word" disabled={busy} aria-label={t('words.delete', { word: w.word })} onClick={onDelete}>
          {t('action.delete')}
        </button>
      </p>
      {w.definition ? <p class="word-def" lang="en"><Marked pieces={mark(w.definition)} /></p> : null}
      <blockquote class="word-sentence" lang="zh-CN">
        <Marked pieces={mark(w.sentence.slice(0, w.at))} />
        <strong>{w.word}</strong>
        <Marked pieces={mark(w.sentence.slice(end))} />
      </blockquote>
      <p class="entry-foot word-foot">
        <time dateTime={w.createdAt}>{t('words.saved', { date: formatPublished(w.createdAt.slice(0, 10), t.locale) ?? w.createdAt })}</time>
        {link ? (
          <a class="entry-open" href={link} target="_blank" rel="noopener noreferrer" data-action="open-word-source" lang="zh-CN">
            {w.title ?? link} <span aria-hidden="true">↗</span>
          </a>
        ) : w.title ? <span lang="zh-CN">{w.title}</span> : null}
      </p>
    </li>
  );
}

/**
 * Checks for a stored or imported word of the word list: every field bounded by
 * what the extension writes (lib/store/limits), the word standing where the
 * record says in its sentence, the link an http(s) People's Daily URL.
 * @module lib/store/validate-word
 */
import { Checker, ID, KEY, isObject } from './checker';
import {
  MAX_DEFINITION_LENGTH, MAX_ID_LENGTH, MAX_PINYIN_LENGTH, MAX_SENTENCE_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH, MAX_WORD_LENGTH,
} from './limits';
import { peopleUrl } from './safe-url';
import type { SavedWord } from './types';

/** A word of the list has a Han character: the popup and the glossary save nothing else. */
const HAN_WORD: [RegExp, string] = [/\p{Script=Han}/u, 'a word with a Chinese character'];

/** Validate one saved word; problems go to `problems` under `path`. */
export function validateSavedWord(x: unknown, problems: string[], path: string): SavedWord | null {
  const c = new Checker(problems, path);
  if (!isObject(x)) return c.fail('', 'expected a saved word object'), null;
  let ok = c.string(x, 'id', { nonEmpty: true, max: [MAX_ID_LENGTH, 'an id may have'], pattern: ID });
  ok = c.string(x, 'word', { nonEmpty: true, max: [MAX_WORD_LENGTH, 'a saved word may have'], pattern: HAN_WORD }) && ok;
  ok = c.string(x, 'pinyin', { max: [MAX_PINYIN_LENGTH, 'a reading may have'] }) && ok;
  ok = c.string(x, 'definition', { max: [MAX_DEFINITION_LENGTH, 'a definition may have'] }) && ok;
  ok = c.string(x, 'sentence', { nonEmpty: true, max: [MAX_SENTENCE_LENGTH, 'a sentence may have'] }) && ok;
  ok = c.integer(x, 'at', 0, MAX_SENTENCE_LENGTH, 'an offset in the sentence') && ok;
  if (c.string(x, 'url', { max: [MAX_URL_LENGTH, 'a URL may have'] })) {
    if (x.url && peopleUrl(x.url as string) === null) ok = c.fail('url', `not an http(s) People's Daily URL: ${JSON.stringify(x.url).slice(0, 60)}`);
  } else ok = false;
  ok = c.string(x, 'title', { nullable: true, max: [MAX_TITLE_LENGTH, 'a title may have'] }) && ok;
  ok = c.string(x, 'articleKey', { nullable: true, max: [100, 'an article key may have'], pattern: KEY }) && ok;
  ok = c.time(x, 'createdAt') && ok;
  ok = c.time(x, 'updatedAt') && ok;
  if (x.deletedAt !== undefined) ok = c.time(x, 'deletedAt', true) && ok;
  if (ok && (x.sentence as string).slice(x.at as number, (x.at as number) + (x.word as string).length) !== x.word) {
    ok = c.fail('at', `the sentence does not have the word ${JSON.stringify(x.word)} at ${x.at as number}`);
  }
  if (!ok) return null;
  const w: SavedWord = {
    id: x.id as string, word: x.word as string, pinyin: x.pinyin as string, definition: x.definition as string,
    sentence: x.sentence as string, at: x.at as number, url: x.url as string, title: x.title as string | null,
    articleKey: x.articleKey as string | null, createdAt: x.createdAt as string, updatedAt: x.updatedAt as string,
  };
  if (x.deletedAt !== undefined) w.deletedAt = x.deletedAt as string | null;
  return w;
}

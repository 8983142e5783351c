/**
 * Chinese text tools: segmentation, personal names, context-aware pinyin, dictionary lookups.
 * Data comes in as text (the files in public/dict/, fetched by extension code).
 * @module lib/text
 */
export { createWordDict, parseWordDict, serializeWordDict, type WordCosts, type WordDict } from './word-dict';
export { createSegmenter, type Segment, type Segmenter } from './segment';
export { splitRuns, isHan, type Run } from './runs';
export { installReadingDict, parseReadingDict, readingsFor, syllablesByOffset, type ReadingDict } from './readings';
export {
  DICTIONARY_ATTRIBUTION, lookupDefinitions, parseDefinitions, serializeDefinitions,
  type Definition, type DefinitionDict, type HeadwordEntry, type MeasureWord,
} from './definitions';
export { isPointerEntry, rankEntries, surnameOf, surnameSense } from './entry-rank';
export { describeSegment, knownParts, quotesDictionary, writtenTraditional, relatedWords, type Lookup, type SegmentContext, type SegmentDescription, type SegmentPart } from './describe-segment';
export { marksOf } from './segment-marks';
export { describeName, type NameHint, type NameInfo } from './name-gloss';
export { capitalise, joinSyllables } from './pinyin-words';
export { dateGloss, figureGloss } from './value-gloss';
export { alternativeReadings } from './alternatives';
export { markPinyin, markSyllable } from './pinyin-marks';
export { createReader, installReader, readText, mergeNames, type Reader, type TextReading } from './reader';
export { findPersonNames, type PersonName, type NameContext } from './names';
export { surnameLength, surnameWeight, surnamesAt, isChineseName } from './surnames';
export { nameSyllables, romaniseName } from './name-reading';
export { contextReading } from './context-readings';

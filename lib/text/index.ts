/**
 * Chinese text tools: segmentation, personal names, context-aware pinyin, dictionary lookups.
 * Data comes in as text (the files in public/dict/, fetched by extension code).
 * @module lib/text
 */
export { createWordDict, parseWordDict, serializeWordDict, type WordDict } from './word-dict';
export { createSegmenter, type Segment, type Segmenter } from './segment';
export { splitRuns, isHan, type Run } from './runs';
export { installReadingDict, parseReadingDict, readingsFor, syllablesByOffset, type ReadingDict } from './readings';
export { lookupDefinitions, parseDefinitions, type Definition, type DefinitionDict } from './definitions';
export { alternativeReadings } from './alternatives';
export { markPinyin, markSyllable } from './pinyin-marks';
export { createReader, installReader, readText, mergeNames, type Reader, type TextReading } from './reader';
export { findPersonNames, type PersonName, type NameContext } from './names';
export { surnameLength, surnameWeight, surnamesAt, isChineseName } from './surnames';
export { nameSyllables, romaniseName } from './name-reading';
export { contextReading } from './context-readings';

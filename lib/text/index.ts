/**
 * Chinese text tools: segmentation, context-aware pinyin, dictionary lookups.
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

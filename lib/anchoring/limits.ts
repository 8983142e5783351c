/**
 * Bounds of what anchoring stores and how much work it may do, in one place:
 * describeRange() writes within them, store validation refuses records beyond
 * them, and anchor() never does more work than they allow, whatever it is given.
 * @module lib/anchoring/limits
 */

/**
 * Characters of context kept on each side of a quote. Why 32: Hypothesis uses
 * 32, and in Chinese 32 characters is about one clause, enough to tell apart
 * repeated phrases (发展, 习近平) without storing whole paragraphs.
 * anchor() reads at most this many characters of a stored side, whatever is stored.
 */
export const CONTEXT_LENGTH = 32;

/**
 * Longest quote a highlight may have (UTF-16 units). Why 5,000: several long paragraphs
 * of People's Daily text (a long feature runs to 10,000–15,000 characters); beyond it a
 * highlight is a copy of the article, not a passage. describeRange() refuses longer ranges.
 */
export const MAX_QUOTE_LENGTH = 5000;

/**
 * Longest quote searched for approximately (after folding). Why 256: Myers' search costs
 * text length × ⌈quote / 32⌉ word steps, so 8 words per text character at most; a
 * longer quote is found exactly (folded) or not at all, with its context allowed to change.
 */
export const FUZZY_QUOTE_LENGTH = 256;

/** Characters of text searched approximately at a time (match-quote.ts stretches). */
export const SEARCH_CHUNK = 1024;

/** Characters of a long quote's head and tail used to measure how distinct it is (its margin). */
export const QUOTE_END_LENGTH = 64;

/**
 * Most characters of exact occurrences collected for one quote (occurrences × quote
 * length). Why 200,000: every occurrence of a one-character quote in the longest
 * article, yet a 5,000-character quote repeated in a made-up text costs no more.
 */
export const MAX_OCCURRENCE_UNITS = 200_000;

/**
 * Most places scored with edit distances for one quote, nearest the stored position first.
 * Why: a one-character quote occurs thousands of times; exact checks on all of them
 * are cheap (at most 2 × (CONTEXT_LENGTH + 1) characters each), distances are not.
 */
export const MAX_CANDIDATES = 64;

/**
 * The margin is measured up to this many edits; a highlight whose passage has no
 * other passage that close stores MAX_MARGIN + 1. Why 32: half of a full context
 * (2 × 32 characters) — further apart than that, two passages are simply different.
 */
export const MAX_MARGIN = 32;

/** Most edits a placed highlight may differ by (quote and in-paragraph context together). */
export const MAX_EDITS = Math.floor(MAX_MARGIN / 2);

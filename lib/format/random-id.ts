/**
 * Random ids for saved records. crypto.randomUUID exists only in secure
 * contexts, and many People's Daily pages are still served over plain http;
 * crypto.getRandomValues works everywhere.
 * @module lib/format/random-id
 */

/** A version-4 UUID from 16 random bytes. */
export function randomId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import { describe, expect, it } from 'vitest';
import { randomId } from '../../../lib/format/random-id';

describe('randomId', () => {
  it('makes RFC 4122 version-4 UUIDs that do not repeat', () => {
    const ids = Array.from({ length: 1000 }, () => randomId());

    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../../../lib/rate-limit';

describe('createRateLimit', () => {
  it('allows max events in a window, refuses more, and allows again once the oldest is out of it', () => {
    let t = 0;
    const allow = createRateLimit(3, 1000, () => t);

    expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
    t = 1000;
    expect(allow()).toBe(false); // the first is exactly a window old: still in it
    t = 1001;
    expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
  });

  it('does not count refused events', () => {
    let t = 0;
    const allow = createRateLimit(1, 100, () => t);
    allow();
    for (t = 1; t <= 100; t++) allow();
    t = 101;
    expect(allow()).toBe(true);
  });
});

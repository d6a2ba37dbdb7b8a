/** The share cards' text layout: resvg measures nothing beforehand, so lines are fitted by estimate. */
import { describe, expect, it } from 'vitest';
import { emWidth, wrap } from '../../../scripts/lib/card.ts';

describe('wrap', () => {
  it('breaks between words, within the width', () => {
    const lines = wrap('Kwan-li-so No. 15, Yodok political prison camp', 40, 400, 5);
    expect(lines.join(' ')).toBe('Kwan-li-so No. 15, Yodok political prison camp');
    for (const line of lines) expect(emWidth(line) * 40).toBeLessThanOrEqual(400);
  });

  it('cuts the last line it may use with an ellipsis', () => {
    const lines = wrap('a '.repeat(200).trim(), 40, 300, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('counts Hangul as wider than Latin', () => {
    expect(emWidth('승호리')).toBeGreaterThan(emWidth('abc'));
  });
});

import { describe, expect, it } from 'vitest';
import { markName } from './markName';

describe('markName', () => {
  it('starts with the title, then when and who', () => {
    expect(markName('First call', '25 Oct 2025', ['Sanae Takaichi', 'Donald Trump'])).toBe(
      'First call, 25 Oct 2025; Sanae Takaichi, Donald Trump',
    );
  });
  it('names a status that is not "occurred" and leaves out an empty actor list', () => {
    expect(markName('Visit', 'November 2025', [], 'scheduled')).toBe('Visit (scheduled), November 2025');
  });
});

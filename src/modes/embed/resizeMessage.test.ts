import { describe, expect, it } from 'vitest';
import { isResizeMessage, resizeMessage } from './resizeMessage';

describe('resize messages', () => {
  it('carries the height in whole CSS pixels under a namespaced type', () => {
    expect(resizeMessage(512.2)).toEqual({ type: 'diplomatic-timeline:resize', height: 513 });
  });

  it('recognises only well-formed messages', () => {
    expect(isResizeMessage(resizeMessage(300))).toBe(true);
    expect(isResizeMessage({ type: 'diplomatic-timeline:resize', height: '300' })).toBe(false);
    expect(isResizeMessage({ type: 'diplomatic-timeline:resize', height: Number.NaN })).toBe(false);
    expect(isResizeMessage({ type: 'other', height: 300 })).toBe(false);
    expect(isResizeMessage(null)).toBe(false);
    expect(isResizeMessage('diplomatic-timeline:resize')).toBe(false);
  });
});

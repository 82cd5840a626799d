import { describe, expect, it } from 'vitest';
import { slideKeyAction, type SlideKey } from './slideKeyAction';

const press = (key: string, over: Partial<SlideKey> = {}) =>
  slideKeyAction({ key, modifier: false, defaultPrevented: false, target: 'other', ...over });

describe('slideKeyAction', () => {
  it('steps with arrows, Space, clicker keys, Home and End; Escape leaves', () => {
    expect([press('ArrowRight'), press(' '), press('PageDown')]).toEqual(['next', 'next', 'next']);
    expect([press('ArrowLeft'), press('PageUp'), press('Home'), press('End')]).toEqual([
      'previous',
      'previous',
      'first',
      'last',
    ]);
    expect(press('Escape')).toBe('leave');
    expect(press('x')).toBeUndefined();
  });

  it('leaves keys to form fields, focused buttons (Space), the timeline strip and shortcuts', () => {
    expect(press('ArrowRight', { target: 'field' })).toBeUndefined();
    expect(press('Escape', { target: 'field' })).toBeUndefined();
    expect(press(' ', { target: 'control' })).toBeUndefined();
    expect(press('PageDown', { target: 'control' })).toBe('next');
    expect(press('ArrowRight', { target: 'timeline' })).toBeUndefined();
    expect(press('Escape', { target: 'timeline' })).toBe('leave');
    expect(press('ArrowRight', { modifier: true })).toBeUndefined();
    expect(press('ArrowRight', { defaultPrevented: true })).toBeUndefined();
  });
});

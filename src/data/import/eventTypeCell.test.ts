import { describe, expect, it } from 'vitest';
import { eventTypeOf } from './eventTypeCell';

describe('eventTypeOf: a type cell as one of our event types', () => {
  it.each([
    ['summit', 'summit'],
    ['SUMMIT', 'summit'],
    [' Phone Call ', 'call'],
    ['phone_call', 'call'],
    ['ＭＥＥＴＩＮＧ', 'meeting'],
    ['Treaty', 'agreement'],
    ['首脳会議', 'summit'],
    ['電話会談', 'call'],
    ['訪問', 'visit'],
    ['声明', 'statement'],
    ['Other', 'other'],
  ])('%s → %s', (cell, type) => {
    expect(eventTypeOf(cell)).toBe(type);
  });

  it.each(['Make a visit', 'title', 'era', '', 'summits and more'])('%s is none', (cell) => {
    expect(eventTypeOf(cell)).toBeUndefined();
  });
});

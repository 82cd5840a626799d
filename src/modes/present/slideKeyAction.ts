import { stepForKey, type SlideStep } from './slides';

/** What a key's target already does with keys, as far as present mode cares. */
export type KeyTarget = 'field' | 'control' | 'timeline' | 'other';

export interface SlideKey {
  readonly key: string;
  readonly modifier: boolean;
  readonly defaultPrevented: boolean;
  readonly target: KeyTarget;
}

/**
 * What a key press does in present mode: a step, `leave` (Escape), or nothing. Keys are left
 * alone where they already mean something: form fields, Space on a focused button or link, and
 * the timeline strip (whose arrows move the selection, which is the slide anyway).
 */
export function slideKeyAction(k: SlideKey): SlideStep | 'leave' | undefined {
  if (k.defaultPrevented || k.modifier || k.target === 'field') return undefined;
  if (k.key === 'Escape') return 'leave';
  if (k.key === ' ' && k.target === 'control') return undefined;
  if (k.target === 'timeline') return undefined;
  return stepForKey(k.key);
}

import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { Timeline } from '../../timeline/Timeline';

/** How long the wheel hint stays before it fades (it also goes on the first click into the chart). */
const HINT_MS = 5000;

/**
 * The timeline as an article embeds it: a plain wheel scrolls the article (useZoom only zooms after
 * a click into the chart or with Ctrl/⌘), and the first plain wheel says how to zoom, once.
 */
export function EmbedTimeline() {
  const ref = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState<'unseen' | 'shown' | 'done'>('unseen');
  const t = useT();

  useEffect(() => {
    const node = ref.current;
    if (!node || hint === 'done') return;
    const inChart = (e: Event) => e.target instanceof Element && e.target.closest('.timeline-svg') !== null;
    let activated = false;
    const onPointerDown = (e: PointerEvent) => {
      if (!inChart(e)) return;
      activated = true;
      setHint('done');
    };
    const onWheel = (e: WheelEvent) => {
      if (!activated && !e.ctrlKey && !e.metaKey && inChart(e) && hint === 'unseen') setHint('shown');
    };
    node.addEventListener('pointerdown', onPointerDown);
    node.addEventListener('wheel', onWheel, { passive: true });
    const timer = hint === 'shown' ? window.setTimeout(() => setHint('done'), HINT_MS) : undefined;
    return () => {
      node.removeEventListener('pointerdown', onPointerDown);
      node.removeEventListener('wheel', onWheel);
      window.clearTimeout(timer);
    };
  }, [hint]);

  return (
    <div className="embed-timeline" ref={ref}>
      <Timeline wheelNeedsActivation />
      <p className={`embed-wheel-hint${hint === 'shown' ? ' visible' : ''}`} role="status">
        {hint === 'shown' ? t('modesWheelHint') : ''}
      </p>
    </div>
  );
}

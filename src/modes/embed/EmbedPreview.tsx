import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { clampEmbedHeight } from './embedCode';
import { isResizeMessage } from './resizeMessage';

/** The embed as an article would show it, resized by the same messages the host script reads. */
export function EmbedPreview({
  src,
  height,
  autoHeight,
}: {
  src: string;
  height: number;
  autoHeight: boolean;
}) {
  const ref = useRef<HTMLIFrameElement>(null);
  const t = useT();
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    frame.style.height = `${clampEmbedHeight(height)}px`;
    if (!autoHeight) return;
    const onMessage = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && isResizeMessage(e.data))
        frame.style.height = `${Math.min(Math.max(e.data.height, 120), 6000)}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src, height, autoHeight]);
  return <iframe ref={ref} className="embed-preview" src={src} title={t('modesEmbedPreviewFrame')} />;
}

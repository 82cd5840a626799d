import { useCallback, useEffect, useRef, useState } from 'react';
import { enterFullscreen, exitFullscreen } from './fullscreen';

/**
 * Whether the page is in full screen, a toggle for the button, and `onEscaped` when full screen
 * ends without the toggle: the browser's own Escape, which the page never sees as a key.
 */
export function useFullscreenState(onEscaped: () => void): { fullscreen: boolean; toggle: () => void } {
  const [fullscreen, setFullscreen] = useState(() => !!document.fullscreenElement);
  const byToggle = useRef(false);
  const escaped = useRef(onEscaped);
  useEffect(() => {
    escaped.current = onEscaped;
  }, [onEscaped]);
  useEffect(() => {
    const onChange = () => {
      const now = !!document.fullscreenElement;
      setFullscreen(now);
      if (!now && !byToggle.current) escaped.current();
      byToggle.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    byToggle.current = true;
    if (document.fullscreenElement) exitFullscreen();
    else enterFullscreen();
  }, []);
  return { fullscreen, toggle };
}

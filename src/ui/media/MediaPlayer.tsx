import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { MediaView } from './mediaView';

type PlayerView = Extract<MediaView, { type: 'player' }>;

const ACTION: Record<PlayerView['kind'], MessageKey> = {
  video: 'mediaPlayVideo',
  audio: 'mediaPlayAudio',
  embed: 'mediaShowEmbed',
};
const WHAT: Record<PlayerView['kind'], MessageKey> = {
  video: 'mediaVideo',
  audio: 'mediaAudio',
  embed: 'mediaEmbed',
};

/**
 * A player that requests nothing until the reader asks: a button naming what it plays and who
 * serves it ("Play video (YouTube)"); the iframe, `<video>` or `<audio>` exists only after the click.
 */
export function MediaPlayer({ view, label }: { view: PlayerView; label: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const player = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open) player.current?.focus();
  }, [open]);
  const title = t('mediaPlayerTitle', { provider: view.provider, what: label || t(WHAT[view.kind]) });

  if (!open) {
    return (
      <div className={`media-player-gate media-${view.kind}`}>
        <button type="button" className="media-play" onClick={() => setOpen(true)}>
          <span aria-hidden="true" className="media-play-icon">
            ▶
          </span>{' '}
          {t('mediaAction', { action: t(ACTION[view.kind]), provider: view.provider })}
        </button>
        <p className="media-note">{t('mediaLoadsFrom', { host: view.host })}</p>
      </div>
    );
  }
  if (view.element === 'video') {
    return (
      // A dataset gives no caption track for a file (the format has none); its caption is the figcaption.
      // eslint-disable-next-line jsx-a11y/media-has-caption
      <video
        ref={player as React.RefObject<HTMLVideoElement>}
        className="media-frame media-video"
        src={view.src}
        controls
        preload="metadata"
        aria-label={title}
      />
    );
  }
  if (view.element === 'audio') {
    return (
      // eslint-disable-next-line jsx-a11y/media-has-caption -- as for <video> above
      <audio
        ref={player as React.RefObject<HTMLAudioElement>}
        className="media-audio-file"
        src={view.src}
        controls
        preload="metadata"
        aria-label={title}
      />
    );
  }
  return (
    <iframe
      ref={player as React.RefObject<HTMLIFrameElement>}
      className={`media-frame media-frame-${view.kind}`}
      src={view.src}
      title={title}
      allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
      allowFullScreen
      referrerPolicy="strict-origin-when-cross-origin"
      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
    />
  );
}

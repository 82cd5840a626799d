import type { Media } from '../../data/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/StoreContext';
import { useText } from '../../i18n/useText';
import { MediaImage } from './MediaImage';
import { MediaPlayer } from './MediaPlayer';
import { mediaView } from './mediaView';
import './media.css';

/**
 * An event's media as figures: images with their description, caption and credit; players behind
 * a button; links by name. `printed` (the handout) loads images at once and writes addresses out.
 */
export default function EventMedia({
  media,
  printed = false,
}: {
  media: readonly Media[];
  printed?: boolean;
}) {
  const t = useT();
  const text = useText();
  const dataUrl = useAppStore((s) => s.dataUrl);
  const page = window.location.href;
  return (
    <div className="event-media">
      {media.map((item, i) => {
        const view = mediaView(item, dataUrl, page);
        if (!view) return null;
        const caption = text(item.caption);
        const credit = text(item.credit);
        const license = text(item.license);
        const notes =
          caption || credit || license ? (
            <figcaption>
              {caption ? <span className="media-caption">{caption}</span> : null}
              {credit ? <span className="media-credit">{t('mediaCredit', { credit })}</span> : null}
              {license ? <span className="media-credit">{t('mediaLicense', { license })}</span> : null}
              {printed && view.type !== 'image' ? (
                <span className="print-handout-url">{view.type === 'link' ? view.href : view.src}</span>
              ) : null}
            </figcaption>
          ) : null;
        return (
          <figure key={i} className={`media-item media-${view.type}`}>
            {view.type === 'image' ? (
              <MediaImage src={view.src} alt={text(item.alt) || caption || t('mediaImage')} eager={printed} />
            ) : view.type === 'player' && !printed ? (
              <MediaPlayer view={view} label={caption} />
            ) : view.type === 'link' ? (
              <a className="media-link" href={view.href} target="_blank" rel="noopener noreferrer">
                {t('mediaLinkTo', { provider: view.provider, label: caption || view.href })}
              </a>
            ) : (
              <p className="media-link">{`${view.provider}: ${view.src}`}</p>
            )}
            {view.type === 'link' && caption ? (
              credit || license ? (
                <figcaption>
                  {credit ? <span className="media-credit">{t('mediaCredit', { credit })}</span> : null}
                  {license ? <span className="media-credit">{t('mediaLicense', { license })}</span> : null}
                </figcaption>
              ) : null
            ) : (
              notes
            )}
          </figure>
        );
      })}
    </div>
  );
}

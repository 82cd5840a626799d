import { lazy, Suspense } from 'react';
import type { Dataset } from '../../data/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/StoreContext';
import { urlStateOf } from '../../store/urlSync';
import { useText } from '../../i18n/useText';
import { fullAppUrl } from '../../store/viewUrl';

// The QR encoder is only needed on this slide.
const QrCode = lazy(() => import('./QrCode'));

/** The first slide: the dataset's title and description, how many events, and a QR code to the view. */
export function TitleSlide({ dataset, count }: { dataset: Dataset; count: number }) {
  const t = useT();
  const text = useText();
  const url = useAppStore((s) => fullAppUrl(window.location.href, urlStateOf(s)));
  return (
    <div className="slide-body slide-title">
      <div className="slide-title-text">
        <p className="slide-kicker">{t('appName')}</p>
        <h2>
          <bdi>{text(dataset.title)}</bdi>
        </h2>
        {dataset.description ? (
          <p className="slide-summary" dir="auto">
            {text(dataset.description)}
          </p>
        ) : null}
        <p className="slide-when">{count === 1 ? t('eventCountOne') : t('eventCount', { n: count })}</p>
        <p className="slide-hint">{t('modesStartHint')}</p>
      </div>
      <figure className="slide-qr">
        <Suspense fallback={<div className="qr-code" />}>
          <QrCode url={url} />
        </Suspense>
        <figcaption>{t('modesScanToOpen')}</figcaption>
      </figure>
    </div>
  );
}

import { useMemo } from 'react';
import { encode } from 'uqr';
import { useT } from '../../i18n/useT';
import { qrPath } from './qrPath';

/** A QR code for `url`, generated in the browser (uqr) and drawn as one SVG path; loaded lazily. */
export default function QrCode({ url }: { url: string }) {
  const t = useT();
  const { size, path } = useMemo(() => {
    const qr = encode(url, { ecc: 'M', border: 3 });
    return { size: qr.size, path: qrPath(qr.data) };
  }, [url]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={t('modesQrLabel')}
      data-qr-url={url}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

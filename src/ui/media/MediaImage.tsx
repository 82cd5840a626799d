import { useState } from 'react';

/**
 * An image loaded lazily; if it cannot be loaded, its description is shown in its place rather
 * than the browser's broken-image icon.
 */
export function MediaImage({ src, alt, eager = false }: { src: string; alt: string; eager?: boolean }) {
  const [broken, setBroken] = useState(false);
  if (broken) {
    return (
      <span className="media-broken" role="img" aria-label={alt}>
        <span aria-hidden="true">{alt}</span>
      </span>
    );
  }
  return (
    <img
      className="media-image"
      src={src}
      alt={alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setBroken(true)}
    />
  );
}

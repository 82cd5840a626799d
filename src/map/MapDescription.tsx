import { useMemo } from 'react';
import type { LocalizedText } from '../data/model';
import { useT } from '../i18n/useT';
import type { Place } from './locatedEvents';
import { describeMap, shortPlaceName } from './mapDescription';

interface Props {
  readonly places: readonly Place[];
  readonly unlocated: number;
  readonly text: (value: LocalizedText | undefined) => string;
}

/** The map in words (issue #15): how many events, at which places, and how many have no place. */
export function MapDescription({ places, unlocated, text }: Props) {
  const t = useT();
  const parts = useMemo(
    () => describeMap(places, unlocated, (p) => shortPlaceName(text(p.name))),
    [places, unlocated, text],
  );
  const list = parts.places.map((p) => t('mapPlaceCount', { place: p.name, n: p.count })).join(', ');
  return (
    <p id="map-description" className="map-description">
      {parts.located === 0
        ? t('mapDescriptionNone')
        : parts.otherPlaces
          ? t('mapDescriptionOthers', { n: parts.located, places: list, more: parts.otherPlaces })
          : t('mapDescription', { n: parts.located, places: list })}
      {parts.unlocated ? ` ${t('mapUnlocated', { n: parts.unlocated })}` : ''}
    </p>
  );
}

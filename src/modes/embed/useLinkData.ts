import { useEffect, useState } from 'react';
import { datasetToJson } from '../../data/export/toJson';
import { encodeLinkData, LINK_DATA_LIMIT, LINK_DATA_PREFIX } from '../../data/share/linkData';
import { useAppStore } from '../../store/StoreContext';

/**
 * The `#data=` fragment a shared link needs: none when the dataset lives at an address the link
 * already names (the bundled default, a `data` URL); otherwise the dataset itself, packed, or
 * `too-large` past {@link LINK_DATA_LIMIT} (then the person is told how to host it instead).
 */
export type LinkData =
  | { readonly state: 'not-needed'; readonly fragment: '' }
  | { readonly state: 'pending'; readonly fragment: '' }
  | { readonly state: 'ready'; readonly fragment: string; readonly size: number }
  | { readonly state: 'too-large'; readonly fragment: ''; readonly size: number };

export function useLinkData(): LinkData {
  const dataset = useAppStore((s) => s.dataset);
  const needed = useAppStore((s) => s.source !== 'bundled' && s.source !== 'url');
  const [packed, setPacked] = useState<{ for: unknown; encoded: string }>();
  useEffect(() => {
    if (!needed || !dataset) return;
    let live = true;
    void encodeLinkData(JSON.stringify(datasetToJson(dataset, dataset.events))).then((encoded) => {
      if (live) setPacked({ for: dataset, encoded });
    });
    return () => {
      live = false;
    };
  }, [dataset, needed]);
  if (!needed) return { state: 'not-needed', fragment: '' };
  if (!packed || packed.for !== dataset) return { state: 'pending', fragment: '' };
  const size = packed.encoded.length;
  return size > LINK_DATA_LIMIT
    ? { state: 'too-large', fragment: '', size }
    : { state: 'ready', fragment: `${LINK_DATA_PREFIX}${packed.encoded}`, size };
}

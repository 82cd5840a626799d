import { useMemo } from 'react';
import { useAppStore } from '../store/StoreContext';
import { useText } from '../i18n/useText';
import { layoutEras, stackEras, type EraInput, type EraLayout } from './layout/eraLayout';

/** The dataset's eras laid out for the current scale: rows once per dataset and language, x per frame. */
export function useEraBands(scale: (t: number) => number, width: number): EraLayout {
  const eras = useAppStore((s) => s.dataset?.eras);
  const text = useText();
  const stacked = useMemo(() => {
    const inputs: EraInput[] = (eras ?? []).map((era) => ({
      id: era.id,
      title: text(era.title),
      t0: era.t0,
      t1: era.t1,
      ...(era.color !== undefined && { color: era.color }),
    }));
    return { inputs, rows: stackEras(inputs) };
  }, [eras, text]);
  return useMemo(() => layoutEras(stacked.inputs, stacked.rows, scale, width), [stacked, scale, width]);
}

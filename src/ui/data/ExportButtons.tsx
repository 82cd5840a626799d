import { use, useState } from 'react';
import { ChartSource } from './chartSource';
import { MapSource } from './mapSource';
import type { LegendItem } from './svgFrame';
import type { TimelineEvent } from '../../data/model';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import { selectFilteredEvents } from '../../store/selectors';
import { useText } from '../../i18n/useText';
import { downloadFile, fileNameOf } from './download';

type Format = 'json' | 'csv' | 'ics' | 'svg' | 'png';

/** Which legend entries the exported events need. */
function legendKinds(events: readonly TimelineEvent[]): LegendItem['kind'][] {
  const kinds = new Set<LegendItem['kind']>(['point']);
  for (const e of events) {
    if (e.t1 - e.t0 > 86_400_000 && e.start.precision === 'day') kinds.add('span');
    if (e.start.precision === 'month' || e.start.precision === 'year') kinds.add('uncertain');
    if (e.status === 'scheduled') kinds.add('scheduled');
    if (e.status === 'cancelled') kinds.add('cancelled');
  }
  return [...kinds];
}

/** Export of the filtered events (JSON, CSV, iCalendar) and of the current view (SVG, PNG). */
export function ExportButtons() {
  const t = useT();
  const text = useText();
  const store = useAppStoreApi();
  const count = useAppStore((s) => selectFilteredEvents(s).length);
  const [problem, setProblem] = useState<string>();
  const chart = use(ChartSource);
  const map = use(MapSource);

  const run = async (format: Format) => {
    setProblem(undefined);
    const state = store.getState();
    const { dataset, lang } = state;
    if (!dataset) return;
    const events = selectFilteredEvents(state);
    const title = text(dataset.title);
    const name = fileNameOf(title);
    try {
      if (format === 'json') {
        const { datasetJsonText } = await import('../../data/export/toJson');
        downloadFile(datasetJsonText(dataset, events), `${name}.json`, 'application/json');
      } else if (format === 'csv') {
        const { eventsToCsv } = await import('../../data/export/toCsv');
        downloadFile(eventsToCsv(events, lang), `${name}.csv`, 'text/csv;charset=utf-8');
      } else if (format === 'ics') {
        const { eventsToIcs, icsLeftOut } = await import('../../data/export/toIcs');
        downloadFile(eventsToIcs(dataset, events, { lang }), `${name}.ics`, 'text/calendar;charset=utf-8');
        const leftOut = icsLeftOut(events);
        if (leftOut > 0) setProblem(t('deepTimeIcsLeftOut', { n: leftOut, m: events.length }));
      } else {
        const { timelineSvg, svgToPng } = await import('./timelinePicture');
        const labels: Record<LegendItem['kind'], string> = {
          point: t('legendPoint'),
          span: t('legendSpan'),
          uncertain: t('legendUncertain'),
          scheduled: t('legendScheduled'),
          cancelled: t('legendCancelled'),
        };
        const picture = timelineSvg(
          chart?.current,
          {
            title,
            subtitle: t('pictureSubtitle', { n: events.length, m: dataset.events.length }),
            legend: legendKinds(events).map((kind) => ({ kind, label: labels[kind] })),
            sourceLine: t('pictureSource', { title, url: window.location.href }),
          },
          map?.current,
        );
        if (!picture) throw new Error('the timeline is not drawn');
        if (format === 'svg') downloadFile(picture.svg, `${name}.svg`, 'image/svg+xml');
        else
          downloadFile(
            await svgToPng(picture.svg, picture.width, picture.height),
            `${name}.png`,
            'image/png',
          );
      }
    } catch (error) {
      setProblem(t('dataExportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  const button = (format: Format, label: string) => (
    <button type="button" className="header-button" onClick={() => void run(format)}>
      {label}
    </button>
  );
  return (
    <>
      <section className="data-section" aria-labelledby="data-export-heading">
        <h3 id="data-export-heading">{t('dataExportHeading', { n: count })}</h3>
        <div className="data-buttons">
          {button('json', t('dataExportJson'))}
          {button('csv', t('dataExportCsv'))}
          {button('ics', t('dataExportIcs'))}
        </div>
      </section>
      <section className="data-section" aria-labelledby="data-view-heading">
        <h3 id="data-view-heading">{t('dataViewHeading')}</h3>
        <div className="data-buttons">
          {button('svg', t('dataExportSvg'))}
          {button('png', t('dataExportPng'))}
        </div>
      </section>
      {problem ? (
        <p className="data-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

import { memo, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useEditorT } from '../i18n/useEditorT';
import { useIssueMessage } from '../i18n/useIssueMessage';
import { gridRows, type EventIssue, type GridOrder, type GridRow } from './draftIssues';

/** Rows drawn at once around the scroll position: a 10,000-event draft keeps a light page. */
const WINDOW = 60;
const ROW_HEIGHT = 36;

interface Props {
  readonly events: readonly unknown[];
  readonly byEvent: ReadonlyMap<number, readonly EventIssue[]>;
  readonly current: number;
  readonly onChoose: (index: number) => void;
  readonly lang: string;
}

const Row = memo(function Row({
  row,
  position,
  selected,
  tabbable,
  onChoose,
}: {
  row: GridRow;
  position: number;
  selected: boolean;
  tabbable: boolean;
  onChoose: (index: number) => void;
}) {
  const t = useEditorT();
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-index={row.index}
      className={`editor-row${row.skipped ? ' is-skipped' : ''}`}
      onClick={() => onChoose(row.index)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onChoose(row.index);
        }
      }}
    >
      <span role="gridcell" className="editor-cell-date">
        {row.start}
      </span>
      <span role="gridcell" className="editor-cell-title">
        {row.title || t('editorUntitled')}
      </span>
      <span role="gridcell" className="editor-cell-problems">
        {row.skipped
          ? t('editorSkipped', { reason: row.skipped })
          : row.warnings
            ? t('editorWarnings', { n: row.warnings })
            : ''}
      </span>
    </div>
  );
});

/**
 * The "Edit events" grid: one row per event of the draft (drawn in a window around the scroll
 * position), sortable by date, searchable; arrow keys, Home and End move the choice, which the
 * form and the timeline follow. A row whose event the validator would skip says why.
 */
export function EventGrid({ events, byEvent, current, onChoose, lang }: Props) {
  const message = useIssueMessage();
  const t = useEditorT();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<GridOrder>('date');
  const [scrollTop, setScrollTop] = useState(0);
  const bodyRef = useRef<HTMLDivElement>(null);
  // A keystroke in the form updates the chart first; the grid follows in the next render, which
  // React can interrupt (issue 14, point 9: the chart in under 100 ms at 10,000 events).
  const shownEvents = useDeferredValue(events);
  const shownIssues = useDeferredValue(byEvent);
  const rows = useMemo(
    () => gridRows(shownEvents, shownIssues, query, order, lang, message),
    [shownEvents, shownIssues, query, order, lang, message],
  );
  const position = rows.findIndex((r) => r.index === current);
  const first = Math.max(0, Math.min(Math.floor(scrollTop / ROW_HEIGHT) - 10, rows.length - WINDOW));
  const shown = rows.slice(first, first + WINDOW);
  const selectedShown = position >= first && position < first + WINDOW;

  const moveTo = (to: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
    if (!row) return;
    onChoose(row.index);
    const body = bodyRef.current;
    const at = rows.indexOf(row);
    if (body) {
      const top = at * ROW_HEIGHT;
      if (top < body.scrollTop) body.scrollTop = top;
      else if (top + ROW_HEIGHT > body.scrollTop + body.clientHeight)
        body.scrollTop = top + ROW_HEIGHT - body.clientHeight;
      setScrollTop(body.scrollTop);
    }
    // Focus follows the choice once the row is drawn.
    requestAnimationFrame(() => body?.querySelector<HTMLElement>(`[data-index="${row.index}"]`)?.focus());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = position < 0 ? 0 : position;
    const page = Math.max(1, Math.floor((bodyRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const to =
      e.key === 'ArrowDown'
        ? from + 1
        : e.key === 'ArrowUp'
          ? from - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? rows.length - 1
              : e.key === 'PageDown'
                ? from + page
                : e.key === 'PageUp'
                  ? from - page
                  : undefined;
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
  };

  return (
    <div className="editor-grid-wrap">
      <div className="editor-grid-tools">
        <label className="editor-field editor-find">
          {t('editorFind')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      <div
        role="grid"
        tabIndex={-1}
        aria-label={t('editorGrid')}
        aria-rowcount={rows.length + 1}
        className="editor-grid"
        onKeyDown={onKeyDown}
      >
        <div role="row" aria-rowindex={1} className="editor-row editor-head">
          <span role="columnheader" aria-sort={order === 'date' ? 'ascending' : 'none'}>
            <button
              type="button"
              className="editor-sort"
              aria-pressed={order === 'date'}
              onClick={() => setOrder(order === 'date' ? 'input' : 'date')}
            >
              {t('editorColDate')}
              <span className="visually-hidden">{` (${t(order === 'date' ? 'editorInputOrder' : 'editorSortByDate')})`}</span>
            </button>
          </span>
          <span role="columnheader">{t('editorColTitle')}</span>
          <span role="columnheader">{t('editorColProblems')}</span>
        </div>
        <div
          ref={bodyRef}
          role="rowgroup"
          className="editor-grid-body"
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
            <div style={{ position: 'absolute', top: first * ROW_HEIGHT, left: 0, right: 0 }}>
              {shown.map((row, i) => (
                <Row
                  key={row.index}
                  row={row}
                  position={first + i}
                  selected={row.index === current}
                  // One row stays in the tab order even when the chosen one is scrolled away or found out.
                  tabbable={selectedShown ? row.index === current : i === 0}
                  onChoose={onChoose}
                />
              ))}
            </div>
          </div>
        </div>
        {rows.length === 0 ? <p className="editor-empty">{t('editorNoMatch')}</p> : null}
      </div>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { codedImport } from '../../data/import/importText';
import { said } from '../../data/validate/issueText';
import { IssueLine } from '../IssueLine';
import { usePlaceText } from '../../i18n/placeText';
import { useIssueMessage } from '../../i18n/useIssueMessage';
import { useT } from '../../i18n/useT';
import { useActions, useAppStore } from '../../store/StoreContext';
import './data.css';

/**
 * After every import: what came in, how fields mapped, and everything left out, row by row; or,
 * when the file could not be used, why. Focus moves here so the reader hears the outcome.
 */
export function ImportReport() {
  const t = useT();
  const message = useIssueMessage();
  const place = usePlaceText();
  const report = useAppStore((s) => s.report);
  const issues = useAppStore((s) => s.issues);
  const importError = useAppStore((s) => s.importError);
  const { dismissReport } = useActions();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (report || importError) headingRef.current?.focus();
  }, [report, importError]);

  if (importError) {
    return (
      <div className="import-report import-failed" role="alert">
        <div className="data-dialog-bar">
          <h2 ref={headingRef} tabIndex={-1}>
            {t('dataImportFailed')}
          </h2>
          <button type="button" className="icon-button" aria-label={t('dataClose')} onClick={dismissReport}>
            ×
          </button>
        </div>
        <p>{message(importError)}</p>
      </div>
    );
  }
  if (!report) return null;

  return (
    <section className="import-report" aria-label={t('reportTitle')}>
      <div className="data-dialog-bar">
        <h2 ref={headingRef} tabIndex={-1}>
          {t('reportTitle')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('reportClose')} onClick={dismissReport}>
          ×
        </button>
      </div>
      <p className="report-summary">
        {t('reportSummary', {
          source: report.source,
          format: message(codedImport(said('formatLabel', { format: report.format }))),
          input: report.inputCount,
          n: report.eventCount,
        })}
      </p>
      {report.notes.length ? (
        <>
          <h3>{t('reportNotes')}</h3>
          <ul>
            {report.notes.map((note) => (
              <li key={note.message}>{message(note)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>{t('reportMapping')}</summary>
        <table className="report-mapping">
          <thead>
            <tr>
              <th scope="col">{t('reportFrom')}</th>
              <th scope="col">{t('reportTo')}</th>
            </tr>
          </thead>
          <tbody>
            {report.mappings.map((m) => (
              <tr key={m.from}>
                <td>
                  <code>{m.from}</code>
                </td>
                <td>{m.code ? message({ message: m.to, code: m.code }) : m.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {report.dropped.length ? (
        <details open={report.dropped.length <= 8}>
          <summary>{t('reportDropped', { n: report.dropped.length })}</summary>
          <ul className="report-list">
            {report.dropped.map((item, i) => (
              <li key={i}>
                <strong>{place(item.where)}</strong>: {message(item)}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p>{t('reportNothingDropped')}</p>
      )}
      {issues.length ? (
        <details open={issues.length <= 8}>
          <summary>{t('reportIssues', { n: issues.length })}</summary>
          <ul className="report-list">
            {issues.map((issue, i) => (
              <li key={i} className={`issue issue-${issue.severity}`}>
                <IssueLine issue={issue} origins={report.origins} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

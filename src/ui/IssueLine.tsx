import type { DatasetIssue } from '../data/model';
import { issueParts } from '../data/validate/issues';
import { usePlaceText } from '../i18n/placeText';
import { useIssueMessage } from '../i18n/useIssueMessage';
import { useText } from '../i18n/useText';

/**
 * One dataset problem, naming the event by where it is, its id and its title (issue 11):
 * `events[5] "bad1" (Broken date): start: "Oct 25" is not an ISO date`. `origins` are the rows of an
 * imported file the events came from ("row 4"). The title, and the message where it is coded, are
 * shown in the reader's language.
 */
export function IssueLine({ issue, origins }: { issue: DatasetIssue; origins?: readonly string[] }) {
  const text = useText();
  const place = usePlaceText();
  const parts = issueParts(issue, origins);
  const p = {
    ...parts,
    where: parts.imported ? place(parts.where) : parts.where,
    message: useIssueMessage()(issue),
  };
  const named = p.eventId !== undefined || p.eventTitle !== undefined;
  if (!named) {
    const where = p.field === undefined ? p.where : `${p.where}${p.imported ? ' · ' : '.'}${p.field}`;
    return where ? (
      <>
        <code>{where}</code>: {p.message}
      </>
    ) : (
      <>{p.message}</>
    );
  }
  return (
    <>
      <code>{p.where}</code>
      {p.eventId !== undefined ? ` ${JSON.stringify(p.eventId)}` : ''}
      {p.eventTitle !== undefined ? ` (${text(p.eventTitle)})` : ''}
      {p.field !== undefined ? (
        <>
          : <code>{p.field}</code>
        </>
      ) : null}
      : {p.message}
    </>
  );
}

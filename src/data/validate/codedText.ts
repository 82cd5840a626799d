/**
 * Messages as a code and parameters (issue 14, point 2): the data layer words them in English
 * (`DatasetIssue.message`, byte for byte what the CLI and the notices always said), and the UI
 * words the same code in its own language (`src/i18n/issueMessage.ts`). A parameter is text, a
 * number, or another coded message (a reason inside "…; the event was skipped"). This file holds
 * no wording: each part's English sits with it (`dateIssueText.ts`, `issueText.ts`,
 * `../import/importText.ts`), so the first download carries only the part it uses.
 */
import type { IssueCode } from './issueText';

/** A message's parameter: a word or value as shown, a number, or a message within it. */
export type IssueParam = string | number | IssueText;

/** A message by code. */
export interface IssueText {
  readonly code: IssueCode;
  readonly params?: Readonly<Record<string, IssueParam>>;
}

/** A message's parameters. */
export type Params = Readonly<Record<string, IssueParam>>;

/** A coded message with its English: what data objects (issues, report lines) carry. */
export interface CodedMessage {
  /** The English sentence. */
  readonly message: string;
  /** The message as a code and parameters, for the UI to word in its language; `message` is its English. */
  readonly code?: IssueCode;
  readonly params?: Readonly<Record<string, IssueParam>>;
}

/** Words a parameter (in the language of the table using it). */
export type Words = (param: IssueParam | undefined) => string;

/** How a table words one code. */
export type Wording = (p: Params, e: Words) => string;

/** A coded message. */
export function said(code: IssueCode, params?: Params): IssueText {
  return params === undefined ? { code } : { code, params };
}

/** Whether a message is coded (rather than an English sentence only). */
export function isIssueText(value: unknown): value is IssueText {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** A coded message in the words of `table`; a code the table lacks is a programming error. */
export function wordIssue(text: IssueText, table: Readonly<Partial<Record<IssueCode, Wording>>>): string {
  const words: Words = (param) =>
    param === undefined ? '' : typeof param === 'object' ? wordIssue(param, table) : String(param);
  const wording = table[text.code];
  if (!wording) throw new Error(`No wording for the message code "${text.code}"`);
  return wording(text.params ?? {}, words);
}

/** A message as a parameter: its code and parameters, or its English when it has no code. */
export function textOf(message: CodedMessage): IssueParam {
  return message.code === undefined
    ? message.message
    : { code: message.code, ...(message.params && { params: message.params }) };
}

import type { CodedMessage } from '../validate/issueText';

/** A report's lines as English only (`where` and `message`), for tests that pin the sentences. */
export function englishLines<T extends CodedMessage & { readonly where: string }>(
  lines: readonly T[],
): { where: string; message: string }[] {
  return lines.map(({ where, message }) => ({ where, message }));
}

/** A report's notes as their English sentences. */
export function englishNotes(notes: readonly CodedMessage[]): string[] {
  return notes.map((note) => note.message);
}

/**
 * Opening a dataset carried in the link (`#data=`): unpacked, then read exactly as a `?data=` file
 * is (our JSON validated, TimelineJS or CSV converted with their report); a link that cannot be
 * used is a {@link DatasetLoadError}, shown like any dataset that failed to load.
 */
import { said, textOf } from '../validate/issueText';
import { loadFailure, type UrlLoadResult } from '../load/load';
import { englishLoad } from '../load/loadText';
import { isTimelineJs } from '../import/detectTimelineJs';
import { parseJson } from '../load/parseJson';
import { fatalProblems } from '../validate/nothingUsable';
import { isFatal, validateDataset } from '../validate/validate';
import { decodeLinkData, LinkDataError } from './linkData';

export async function loadDatasetFromLink(encoded: string): Promise<UrlLoadResult> {
  let text: string;
  try {
    text = await decodeLinkData(encoded);
  } catch (error) {
    if (!(error instanceof LinkDataError)) throw error;
    throw loadFailure(said('linkNotOpened', { why: error.reason }));
  }
  const looksJson = /^\uFEFF?\s*[[{]/.test(text);
  const parsed = looksJson ? parseJson(text) : undefined;
  if (parsed && 'problem' in parsed) {
    throw loadFailure(said('linkUnreadable', { why: parsed.text }));
  }
  if (!parsed || isTimelineJs(parsed.value)) {
    const [{ importDataset, ImportError }, { IMPORT_ENGLISH }] = await Promise.all([
      import('../import/importDataset'),
      import('../import/importText'),
    ]);
    try {
      return importDataset(text, 'link');
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const reason = said('linkNotImported', { why: textOf(error.coded) });
      throw loadFailure(reason, { issues: error.issues }, englishLoad(reason, IMPORT_ENGLISH));
    }
  }
  const result = validateDataset(parsed.value);
  if (isFatal(result)) {
    throw loadFailure(said('linkUnusable', { why: fatalProblems(result.fatal) }), { issues: result.fatal });
  }
  return result;
}

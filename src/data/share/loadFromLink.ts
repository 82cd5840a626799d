/**
 * Opening a dataset carried in the link (`#data=`): unpacked, then read exactly as a `?data=` file
 * is (our JSON validated, TimelineJS or CSV converted with their report); a link that cannot be
 * used is a {@link DatasetLoadError}, shown like any dataset that failed to load.
 */
import { formatIssue } from '../validate/issues';
import { DatasetLoadError, type UrlLoadResult } from '../load/load';
import { isTimelineJs } from '../import/detectTimelineJs';
import { parseJson } from '../load/parseJson';
import { isFatal, validateDataset } from '../validate/validate';
import { decodeLinkData, LinkDataError } from './linkData';

const WHERE = 'The dataset in the link';

export async function loadDatasetFromLink(encoded: string): Promise<UrlLoadResult> {
  let text: string;
  try {
    text = await decodeLinkData(encoded);
  } catch (error) {
    if (!(error instanceof LinkDataError)) throw error;
    throw new DatasetLoadError(`Could not open the dataset in the link: ${error.message}.`);
  }
  const looksJson = /^\uFEFF?\s*[[{]/.test(text);
  const parsed = looksJson ? parseJson(text) : undefined;
  if (parsed && 'problem' in parsed) {
    throw new DatasetLoadError(`Could not read the dataset in the link: ${parsed.problem}.`);
  }
  if (!parsed || isTimelineJs(parsed.value)) {
    const { importDataset, ImportError } = await import('../import/importDataset');
    try {
      return importDataset(text, 'link');
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      throw new DatasetLoadError(`Could not read the dataset in the link: ${error.message}`, {
        issues: error.issues,
      });
    }
  }
  const result = validateDataset(parsed.value);
  if (isFatal(result)) {
    throw new DatasetLoadError(`${WHERE} cannot be used: ${result.fatal.map(formatIssue).join('; ')}.`, {
      issues: result.fatal,
    });
  }
  return result;
}

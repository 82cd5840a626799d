/** What the default-dataset plugin needs from the app's validator, as one module for Vite's runner. */
export { isFatal, validateDataset } from '../src/data/validate/validate';
export { formatIssue } from '../src/data/validate/issues';

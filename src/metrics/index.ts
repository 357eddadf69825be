import { createMetricExtractor, type MetricExtractor } from './extractor.js';
import { loadTokenizer, tokenizerLoaded } from './tokenizer.js';

export type { MetricExtractor } from './extractor.js';

let loading: Promise<MetricExtractor> | null = null;

/**
 * The kuromoji-backed extractor, built on first call and shared by every later
 * caller in the process (a batch loads the dictionary once). Importing this
 * module loads nothing.
 */
export function loadMetricExtractor(): Promise<MetricExtractor> {
  loading ??= loadTokenizer().then(createMetricExtractor, (err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** The extractor behind --no-metrics: finds nothing and needs no dictionary. */
export const noMetrics: MetricExtractor = { extract: () => [] };

/** Whether this process has read the dictionary (so --help and detection can be shown not to). */
export function dictionaryLoaded(): boolean {
  return tokenizerLoaded();
}

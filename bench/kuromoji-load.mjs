/**
 * Times the kuromoji dictionary load as the product does it, in a fresh process:
 * import dist/metrics/index.js, then loadMetricExtractor(). Prints {"importMs","loadMs"}.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const importStarted = performance.now();
const { loadMetricExtractor } = await import(pathToFileURL(join(root, 'dist', 'metrics', 'index.js')).href);
const loadStarted = performance.now();
await loadMetricExtractor();
const loadEnded = performance.now();
process.stdout.write(`${JSON.stringify({ importMs: Math.round(loadStarted - importStarted), loadMs: Math.round(loadEnded - loadStarted) })}\n`);

/**
 * Bundles the built CLI (dist/cli/main.js) and its reader process (dist/readers/worker.js) into
 * dist/bundle/, which bin/plan-extract.js runs. Node 20 has no compile cache, and its ES module
 * loader spends most of a short run resolving and compiling the ~400 modules of dist/ and zod one
 * by one; a few chunks load in a fraction of that. Dynamic imports stay chunks of their own, so a
 * run still loads only what it uses. pdf.js, kuromoji, exceljs and better-sqlite3 stay in
 * node_modules: they are large files (or native code) already, and read their data next to themselves.
 * The library (dist/api.js) is not bundled. Run by `npm run build`, after tsc.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Two levels below the root, as dist/cli/ is: modules find package.json and schemas/ at ../../. */
export const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');
const EXTERNAL = /^(pdfjs-dist|kuromoji|exceljs|better-sqlite3)(\/|$)/;

export async function bundleCli() {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const bundle = await rolldown({
    // the reader process's script sits next to the pool's chunk, where READER_SCRIPT looks for it
    input: { main: join(ROOT, 'dist', 'cli', 'main.js'), worker: join(ROOT, 'dist', 'readers', 'worker.js') },
    platform: 'node',
    external: (id) => EXTERNAL.test(id),
    logLevel: 'warn',
  });
  try {
    await bundle.write({ dir: BUNDLE_DIR, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
  } finally {
    await bundle.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleCli();

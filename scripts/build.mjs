// Bundles src/cli.ts into dist/vet.cjs and the launcher src/boot/cli.ts into dist/cli.cjs, so that
// `vet` starts fast: pure-JS dependencies are bundled (one file, no module resolution at start-up)
// and compiled once into a V8 code cache (src/boot/code-cache.ts); native and very large ones stay
// external and are imported lazily where needed.

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Kept out of the bundle: native addons, and packages too large to parse on every start.
 * better-sqlite3 is bundled (its JavaScript is small and most runs open the history store);
 * src/history/sqlite.ts gives it its addon by path.
 */
const external = [
  'sharp', 'pg', 'pg-native', '@e965/xlsx', 'exceljs', 'pdfjs-dist', 'mammoth', 'playwright-core',
  'inquirer', '@inquirer/*', 'axios', 'ora', 'exifr', 'csv-parse', 'disposable-email-domains', '@rapideditor/country-coder', 'transliteration',
];

/** commander's `require('node:child_process')` gets src/boot/lazy-child-process.cjs, which loads it on first use. */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: path.resolve('src/boot/lazy-child-process.cjs') } : undefined,
    );
  },
};

// The program: one CommonJS file, so that src/boot/ can run it through a V8 code cache (Node 20
// has no compile cache for ES modules, and compiling was most of a cold start). Heavy modules
// stay lazy: esbuild wraps each module reached only by `await import()` and runs it on first use.
const program = await build({
  entryPoints: ['src/cli.ts'],
  plugins: [lazyChildProcess],
  outfile: 'dist/vet.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  // VET_BUILD_READABLE=1 keeps names, for reading a CPU profile.
  minify: !process.env.VET_BUILD_READABLE,
  keepNames: false,
  external,
  define: { __VET_VERSION__: JSON.stringify(pkg.version), __VET_BUNDLED__: 'true', 'import.meta.url': '__vetModuleUrl' },
  banner: { js: "var __vetModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  write: false,
});

// A vm.Script cannot call import() on Node 20 without a flag: the remaining ones (external
// packages, plugins) go through __vetImport, which src/boot/code-cache.ts passes in.
const dynamicImport = /(?<![\w$.])import\(/g;
for (const file of program.outputFiles) {
  if (file.path.endsWith('.cjs')) file.contents = Buffer.from(asciiOnly(file.text.replace(dynamicImport, '__vetImport(')));
}

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expressions and
 * comments: written as \u escapes, which mean the same there, the bundle is ASCII and the loader
 * reads it as one-byte text (src/boot/code-cache.ts): no UTF-8 decoding, half the memory.
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c, at) => {
    // After a backslash the escape would be read as a backslash and letters: never seen, but fail loudly.
    if (text[at - 1] === '\\') throw new Error(`build: escaped non-ASCII character at ${at} of the bundle`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// The entry bin/vet.js requires: a small CommonJS module that loads dist/vet.cjs with the code cache.
const boot = await build({
  entryPoints: { cli: 'src/boot/cli.ts', worker: 'src/boot/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  write: false,
});
const result = { outputFiles: [...program.outputFiles, ...boot.outputFiles] };

// Write each file beside its target and rename it in place, so a vet that is running
// (another test process) never reads a half-written bundle.
for (const file of result.outputFiles) {
  mkdirSync(path.dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}

// Files an earlier build left (chunks of another layout) would only confuse: remove them.
const written = new Set(result.outputFiles.map((f) => path.basename(f.path)));
for (const name of readdirSync('dist')) {
  if (!written.has(name) && !name.endsWith('.tmp')) rmSync(path.join('dist', name), { force: true });
}

// V8 writes the code cache at the end of the first run after a build, and keeps it until the next
// build: a first run of `vet --help` would leave out most of the program, compiled again on every
// later start. So the build makes that first run itself, one like a user's: a dossier, the history
// store on (a throwaway one, so nothing is written to the user's). Best effort: a failure here
// only costs the speed-up.
function warmCodeCache() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'vet-warm-'));
  try {
    const args = ['bin/vet.js', '--no-color', '--fail-on', 'never', '--history', path.join(scratch, 'history.sqlite'), '--history-key', path.join(scratch, 'history.key'), 'fixtures/dossiers/laptop-farm.json'];
    spawnSync(process.execPath, args, { stdio: 'ignore', timeout: 30_000, env: { ...process.env, VET_HISTORY: '' } });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
if (!process.env.VET_BUILD_NO_WARM) warmCodeCache();

// Bundles src/cli.ts into dist/ as plain ESM so that `vet` starts fast.
// Pure-JS dependencies are bundled (one file to parse, no module resolution at start-up);
// native and very large ones stay external and are imported lazily where needed.

import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Kept out of the bundle: native addons, and packages too large to parse on every start. */
const external = [
  'sharp', 'better-sqlite3', 'pg', 'pg-native', '@e965/xlsx', 'exceljs', 'pdfjs-dist', 'mammoth', 'playwright-core',
  'inquirer', '@inquirer/*', 'axios', 'ora', 'exifr', 'csv-parse', 'lilconfig', 'disposable-email-domains', '@rapideditor/country-coder',
];

const result = await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  minify: true,
  keepNames: false,
  external,
  define: { __VET_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS packages call require() for Node built-ins.
  banner: { js: "import { createRequire as __vetRequire } from 'node:module'; const require = __vetRequire(import.meta.url);" },
  logLevel: 'warning',
  write: false,
});

// Write each file beside its target and rename it in place, so a vet that is running
// (another test process) never reads a half-written bundle.
for (const file of result.outputFiles) {
  mkdirSync(path.dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}

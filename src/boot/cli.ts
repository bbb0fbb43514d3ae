// The entry that bin/vet.js imports (built to dist/cli.js): loads the CommonJS bundle of src/cli.ts
// (dist/vet.cjs) through a V8 code cache and re-exports its `main`. Kept tiny on purpose: it is
// compiled on every start, without a cache.

import { fileURLToPath } from 'node:url';
import { loadWithCodeCache } from './code-cache.js';
import type { main as Main } from '../cli.js';

const bundle = fileURLToPath(new URL('./vet.cjs', import.meta.url));

// import() written here resolves from dist/, like the bundle's own would: package names from
// the package's node_modules, plugins by absolute file URL.
const { main: run } = loadWithCodeCache(bundle, (specifier) => import(specifier)) as { main: typeof Main };

export const main: typeof Main = (argv) => run(argv);

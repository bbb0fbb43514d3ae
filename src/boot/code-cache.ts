// Runs a CommonJS bundle through a V8 code cache, as v8-compile-cache did: on Node 20 most of a
// cold start is spent compiling the bundle, and there is no module.enableCompileCache (Node 22).
// The first run compiles as usual and stores V8's compiled code in the user's cache folder;
// later runs hand it back to V8, which checks it against the source and the V8 version and flags,
// and silently recompiles (and the cache is rewritten) when it does not match.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';
import { utf8Text } from '../util/text.js';

/** What the bundle may call instead of `import()`, which vm.Script cannot do on Node 20 without a flag. */
export type DynamicImport = (specifier: string) => Promise<unknown>;

/** Loads `file` (CommonJS) and returns its exports; `dynamicImport` stands in for the bundle's `import()`. */
export function loadWithCodeCache(file: string, dynamicImport: DynamicImport, env: NodeJS.ProcessEnv = process.env): unknown {
  // The build writes an ASCII bundle (scripts/build.mjs): read as one-byte text, not decoded.
  const source = utf8Text(readFileSync(file));
  const cacheFile = env.VET_NO_CODE_CACHE ? undefined : cacheFileFor(file, env);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  // Node's CommonJS wrapper, plus one parameter: the stand-in for import().
  const wrapped = `(function (exports, require, module, __filename, __dirname, __vetImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as unknown };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), dynamicImport);
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // Written at exit, so that the cache holds the functions this run compiled, not just the top level.
    process.once('exit', () => writeAtomically(cacheFile, () => script.createCachedData()));
  }
  return module.exports;
}

/** VET_CACHE_DIR, else $XDG_CACHE_HOME/vet, else ~/.cache/vet (as src/sanctions/cache.ts), under code/. */
function cacheFileFor(file: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const base = env.VET_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vet');
    // One file per install: two installs must not overwrite each other's cache on every run, and a
    // rebuild or a new Node replaces the old file (V8 rejects it, we rewrite it) instead of adding one.
    // Worker threads have their own: V8 refuses the main thread's cache in a worker's isolate.
    return path.join(base, 'code', `vet-${fnv1a(file)}${isMainThread ? '' : '-worker'}.v8cache`);
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A read-only or full disk only costs the speed-up: never an error for the user. */
function writeAtomically(file: string, data: () => Buffer): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, data());
    renameSync(temporary, file);
  } catch {
    // ignored on purpose
  }
}

/** 32-bit FNV-1a as 8 hex digits: a file-name key, not a security boundary (V8 validates the data). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

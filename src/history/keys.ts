// The store keeps no plain personal data: every value is an HMAC-SHA256 under a secret that
// lives outside the store, in a file only its owner can read. Whoever holds the store alone
// cannot test guesses (a phone number, an address) against it.

import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

const KEY_BYTES = 32;

/**
 * Reads the store's secret, creating it (mode 0600) on first use. Several vet processes may
 * start on a new store at once: the key is written whole to a file of this process's own and
 * then linked to its name, which fails if another process got there first (then theirs is
 * used). Written in place, another process could read the file while it was still empty.
 */
export function loadOrCreateKey(file: string): Buffer {
  if (existsSync(file)) return readKey(file);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  const own = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(own, `${key.toString('hex')}\n`, { mode: 0o600 });
    chmodSync(own, 0o600);
    linkSync(own, file);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readKey(file);
    throw new UserError(`history key ${file}: cannot create (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    rmSync(own, { force: true });
  }
}

function readKey(file: string): Buffer {
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) throw new UserError(`history key ${file}: readable by others (mode ${mode.toString(8)}); run chmod 600 on it`);
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new UserError(`history key ${file}: not a vet history key (expected 64 hex digits)`);
  return Buffer.from(hex, 'hex');
}

/** Keyed hash of one value of one kind: the same value under another kind hashes differently. */
export function keyedHash(key: Buffer, kind: string, value: string): string {
  return keyedDigest(key, kind, value).toString('hex');
}

/** `keyedHash` as its 32 bytes (HASH_BYTES), for holding many compactly. */
export function keyedDigest(key: Buffer, kind: string, value: string): Buffer {
  return createHmac('sha256', secretOf(key)).update(`${kind}\u0000${value}`).digest();
}

/** The key as a KeyObject, made once: given a Buffer, every HMAC imports the key anew (a sheet keys millions of values). */
function secretOf(key: Buffer): KeyObject {
  let secret = secrets.get(key);
  if (!secret) secrets.set(key, (secret = createSecretKey(key)));
  return secret;
}

const secrets = new WeakMap<Buffer, KeyObject>();

export const HASH_BYTES = 32;

/** Stored in the store itself, so that opening it with the wrong key fails loudly instead of never matching. */
export function keyCheck(key: Buffer): string {
  return keyedHash(key, 'vet-history', 'key-check').slice(0, 16);
}

// An on-disk cache of provider answers, so that a re-run costs neither money nor rate limit.
// File names are hashes of the request (never the phone number or IP in clear); the files are
// private to the user because the answers are about a person. Expired or unreadable entries
// are treated as missing.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

interface Entry {
  expiresAt: number;
  body: unknown;
}

export class AnswerCache {
  constructor(
    private readonly dir: string | undefined,
    private readonly ttlMs: number,
  ) {}

  async get(key: string): Promise<unknown | undefined> {
    if (!this.dir) return undefined;
    try {
      const entry = JSON.parse(await fs.readFile(this.file(key), 'utf8')) as Entry;
      return typeof entry.expiresAt === 'number' && entry.expiresAt > Date.now() ? entry.body : undefined;
    } catch {
      return undefined;
    }
  }

  /** Best effort: a cache that cannot be written (read-only home, full disk) only costs a lookup next time. */
  async set(key: string, body: unknown): Promise<void> {
    if (!this.dir || this.ttlMs <= 0) return;
    try {
      await fs.mkdir(path.join(this.dir, 'online'), { recursive: true, mode: 0o700 });
      const file = this.file(key);
      const temporary = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temporary, JSON.stringify({ expiresAt: Date.now() + this.ttlMs, body } satisfies Entry), { mode: 0o600 });
      await fs.rename(temporary, file);
    } catch {
      // Deliberately ignored, see above.
    }
  }

  private file(key: string): string {
    return path.join(this.dir as string, 'online', `${createHash('sha256').update(key).digest('hex')}.json`);
  }
}

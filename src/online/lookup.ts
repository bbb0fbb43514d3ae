// What every adapter gets: a cached, rate-limit-aware GET and the settings.

import { AnswerCache } from './cache.js';
import type { OnlineSettings } from './config.js';
import { get, type Request } from './http.js';
import type { Progress } from './spinner.js';

export interface LookupContext {
  settings: OnlineSettings;
  /** GET through the cache; `what` is the spinner text (no personal data). */
  get(request: Request, what: string): Promise<unknown>;
}

export function lookupContext(settings: OnlineSettings, progress: Progress): LookupContext {
  const cache = new AnswerCache(settings.cacheDir, settings.cacheTtlMs);
  return {
    settings,
    async get(request, what) {
      const key = cacheKey(request);
      const cached = await cache.get(key);
      if (cached !== undefined) return cached;
      progress.start(what);
      try {
        const body = await get(request, settings);
        progress.stop(true);
        await cache.set(key, body);
        return body;
      } catch (err) {
        progress.stop(false);
        throw err;
      }
    },
  };
}

/** The request without its secrets: the same question gets the same answer whatever the key. */
function cacheKey(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.delete('access_key');
  return [request.provider, url.toString(), request.headers?.Accept ?? ''].join('\n');
}

// The one way providers reach the network: GET only, to the provider's configured base URL,
// with a timeout, retries with backoff on 429 (honouring Retry-After) and 5xx, no redirects
// (an answer may not send us to another host), and errors as one line without personal data.

import type { AxiosInstance } from 'axios';
import type { OnlineSettings } from './config.js';

export interface Request {
  /** Provider name, for messages. */
  provider: string;
  url: string;
  headers?: Record<string, string>;
  auth?: { username: string; password: string };
  /** `json` parses and rejects malformed bodies; `text` returns the body as is. */
  as: 'json' | 'text';
}

/** A lookup that did not yield an answer; the message is safe to show in a report. */
export class LookupError extends Error {
  override name = 'LookupError';
}

type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let client: Promise<AxiosInstance> | undefined;

/** axios is loaded only when a lookup is made, so the offline path never pays for it. */
async function axiosClient(): Promise<AxiosInstance> {
  client ??= import('axios').then(({ default: axios }) => axios.create({ maxRedirects: 0, validateStatus: () => true, transformResponse: [(data: unknown) => data], responseType: 'text' }));
  return client;
}

export async function get(request: Request, settings: OnlineSettings, wait: Sleep = sleep): Promise<unknown> {
  const http = await axiosClient();
  for (let attempt = 0; ; attempt++) {
    const response = await send(http, request, settings);
    const status = response.status;
    if (status >= 200 && status < 300) return parse(request, String(response.data ?? ''));
    const retryable = status === 429 || status >= 500;
    if (!retryable || attempt >= settings.retries) throw new LookupError(`${request.provider}: ${statusMessage(status, request.provider)}`);
    const delay = status === 429 ? retryAfter(response.headers['retry-after']) : undefined;
    if (delay !== undefined && delay > settings.maxRetryAfterMs) {
      throw new LookupError(`${request.provider}: rate limited, asked to retry after ${Math.ceil(delay / 1000)} s`);
    }
    await wait(delay ?? settings.backoffMs * 2 ** attempt);
  }
}

async function send(http: AxiosInstance, request: Request, settings: OnlineSettings) {
  try {
    return await http.get(request.url, {
      headers: { 'User-Agent': 'vet (candidate vetting CLI)', ...request.headers },
      auth: request.auth,
      timeout: settings.timeoutMs,
      signal: AbortSignal.timeout(settings.timeoutMs + 1_000),
    });
  } catch (err) {
    throw new LookupError(`${request.provider}: ${networkMessage(err as NodeJS.ErrnoException, settings.timeoutMs)}`);
  }
}

function parse(request: Request, body: string): unknown {
  if (request.as === 'text') return body;
  try {
    return JSON.parse(body);
  } catch {
    throw new LookupError(`${request.provider}: answered with malformed JSON`);
  }
}

/** Retry-After is either seconds or an HTTP date (RFC 9110, section 10.2.3). */
export function retryAfter(header: unknown): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function statusMessage(status: number, provider: string): string {
  if (status === 401 || status === 403) return `HTTP ${status}, the credentials were refused (check the ${provider} settings)`;
  if (status === 404) return 'HTTP 404, not found';
  if (status === 429) return 'HTTP 429, rate limited';
  return `HTTP ${status}`;
}

function networkMessage(err: NodeJS.ErrnoException, timeoutMs: number): string {
  const code = err.code ?? '';
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED' || err.name === 'TimeoutError' || err.name === 'CanceledError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET') return 'connection reset';
  return `request failed (${code || 'network error'})`;
}

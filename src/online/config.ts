// Which providers `--online` may ask, with what credentials, from the environment and
// the config file's `online` section. Environment variables win: a CI job sets secrets there.
// Credentials live only in this object and in request headers: never in messages or the cache.

import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';

export const PROVIDERS = ['twilio', 'numverify', 'ipinfo', 'github'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface ProviderSettings {
  baseUrl: string;
  /** Credential fields by name (accountSid, authToken, key, token). */
  credentials: Record<string, string>;
}

export interface OnlineSettings {
  /** Providers that will be asked, in this order of preference for each kind of lookup. */
  enabled: ProviderName[];
  providers: Record<ProviderName, ProviderSettings>;
  timeoutMs: number;
  retries: number;
  /** Longest Retry-After honoured; a provider asking for more is skipped for this run. */
  maxRetryAfterMs: number;
  backoffMs: number;
  cacheDir: string | undefined;
  cacheTtlMs: number;
  /** Most commits whose time zone is read per GitHub account (one request each). */
  githubCommits: number;
}

const DEFAULT_BASE: Record<ProviderName, string> = {
  twilio: 'https://lookups.twilio.com',
  numverify: 'https://apilayer.net/api',
  ipinfo: 'https://ipinfo.io',
  github: 'https://api.github.com',
};

/** Environment variable of each credential; the config file uses the field name. */
const CREDENTIAL_ENV: Record<ProviderName, Record<string, string>> = {
  twilio: { accountSid: 'VET_TWILIO_ACCOUNT_SID', authToken: 'VET_TWILIO_AUTH_TOKEN' },
  numverify: { key: 'VET_NUMVERIFY_KEY' },
  ipinfo: { token: 'VET_IPINFO_TOKEN' },
  github: { token: 'VET_GITHUB_TOKEN' },
};

/** Providers that answer without credentials (GitHub's public API, at 60 requests an hour). */
const KEYLESS: ProviderName[] = ['github'];

type Env = Record<string, string | undefined>;

/**
 * `requested`: the `--online` value: true for every configured provider, or a comma list.
 * `config`: the config file's `online` section, when there is one.
 */
export function onlineSettings(requested: true | string | string[], config: unknown, env: Env = process.env): OnlineSettings {
  const section = isObject(config) ? config : {};
  const providers = Object.fromEntries(PROVIDERS.map((name) => [name, providerSettings(name, section[name], env)])) as Record<ProviderName, ProviderSettings>;
  const configured = PROVIDERS.filter((name) => KEYLESS.includes(name) || hasCredentials(name, providers[name]));
  return {
    enabled: pick(requested, section.providers, configured),
    providers,
    timeoutMs: number(env.VET_ONLINE_TIMEOUT_MS ?? section.timeoutMs, 5_000),
    retries: number(env.VET_ONLINE_RETRIES ?? section.retries, 2),
    maxRetryAfterMs: number(env.VET_ONLINE_MAX_RETRY_AFTER_MS ?? section.maxRetryAfterMs, 30_000),
    backoffMs: number(env.VET_ONLINE_BACKOFF_MS ?? section.backoffMs, 500),
    cacheDir: cacheDir(env, section.cache),
    cacheTtlMs: number(env.VET_CACHE_TTL_HOURS ?? section.cacheTtlHours, 24) * 3_600_000,
    githubCommits: number(section.githubCommits, 5),
  };
}

function pick(requested: true | string | string[], fromConfig: unknown, configured: ProviderName[]): ProviderName[] {
  const list = requested === true ? (Array.isArray(fromConfig) ? fromConfig.map(String) : undefined) : typeof requested === 'string' ? requested.split(',') : requested;
  if (list === undefined) return configured;
  const names = list.map((n) => n.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !(PROVIDERS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new UserError(`--online: unknown provider ${JSON.stringify(unknown[0])}; known providers: ${PROVIDERS.join(', ')}`);
  return PROVIDERS.filter((p) => names.includes(p));
}

function providerSettings(name: ProviderName, fromConfig: unknown, env: Env): ProviderSettings {
  const section = isObject(fromConfig) ? fromConfig : {};
  const credentials: Record<string, string> = {};
  for (const [field, variable] of Object.entries(CREDENTIAL_ENV[name])) {
    const value = env[variable] ?? section[field];
    if (typeof value === 'string' && value.trim() !== '') credentials[field] = value.trim();
  }
  const base = env[`VET_${name.toUpperCase()}_BASE_URL`] ?? (typeof section.baseUrl === 'string' ? section.baseUrl : DEFAULT_BASE[name]);
  return { baseUrl: base.replace(/\/+$/, ''), credentials };
}

export function hasCredentials(name: ProviderName, settings: ProviderSettings): boolean {
  return Object.keys(CREDENTIAL_ENV[name]).every((field) => settings.credentials[field] !== undefined);
}

/** `VET_CACHE_DIR`, else the platform's user cache folder; `off` (or cache: false) disables it. */
function cacheDir(env: Env, configured: unknown): string | undefined {
  if (configured === false || env.VET_CACHE_DIR === 'off') return undefined;
  if (env.VET_CACHE_DIR) return env.VET_CACHE_DIR;
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'vet');
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'vet', 'Cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'vet');
}

function number(value: unknown, fallback: number): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * What `--online [providers]` means for the engine: the providers to ask, put where the
 * online gatherer reads them (config `online.providers`). Unknown names fail here, before any
 * dossier is read. `warning` says when nothing would be asked.
 */
export function onlineRun(flag: boolean | string | undefined, config: Record<string, unknown> = {}, env: Env = process.env): { online: boolean; config: Record<string, unknown>; warning?: string } {
  if (!flag) return { online: false, config };
  const section = isObject(config.online) ? config.online : {};
  const settings = onlineSettings(flag === true ? true : flag, section, env);
  const warning = settings.enabled.length === 0 ? `--online: no provider is configured (see "Online lookups" in the README)` : undefined;
  return { online: true, config: { ...config, online: { ...section, providers: settings.enabled } }, ...(warning && { warning }) };
}

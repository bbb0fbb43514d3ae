// A real HTTP server on 127.0.0.1 that answers like the providers, from fixture bodies.
// Routes map "METHOD path" (query ignored) to a reply; every request is recorded.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ROOT } from '../helpers/cli.js';

export interface Reply {
  status?: number;
  /** A fixture under fixtures/online/, or a literal body. */
  fixture?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Never answer (the client must time out). */
  hang?: boolean;
}

export type Route = Reply | Reply[] | ((req: IncomingMessage) => Reply);

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export interface FakeProvider {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'fixtures/online', name), 'utf8');
}

/** Starts a server; a route given as a list answers with its items in turn, then repeats the last. */
export async function fakeProvider(routes: Record<string, Route>): Promise<FakeProvider> {
  const requests: Recorded[] = [];
  const seen = new Map<string, number>();
  const hanging: import('node:http').ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const key = `${req.method} ${(req.url ?? '').split('?')[0]}`;
    const route = routes[key];
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    const reply: Reply = route === undefined ? { status: 404, body: '{"message":"Not Found"}' } : typeof route === 'function' ? route(req) : Array.isArray(route) ? route[Math.min(count, route.length - 1)] : route;
    if (reply.hang) {
      hanging.push(res);
      return;
    }
    const body = reply.fixture ? fixture(reply.fixture) : (reply.body ?? '');
    res.writeHead(reply.status ?? 200, { 'Content-Type': reply.fixture?.endsWith('.patch') ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...reply.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The built CLI as a child process, without blocking this process (the fake providers
 * live in it). Only the variables given reach the child, besides PATH and HOME.
 */
export function vetAsync(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/vet.js'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', VET_HISTORY: 'off', NO_PROXY: '127.0.0.1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

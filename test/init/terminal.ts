// Drives the real CLI through a pseudo-terminal (util-linux `script`), as a person at a keyboard:
// wait for a prompt to appear, then type. No sleeps: every step waits for output.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

// Colours, cursor moves and line erasing that the prompts draw with.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g;

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', backspace: '\u007f', ctrlC: '\u0003' };

export class Terminal {
  private raw = '';
  private cursor = 0;
  private waiter: (() => void) | undefined;
  readonly exited: Promise<number | null>;
  private child: ChildProcessWithoutNullStreams;

  constructor(args: string[], cwd: string, env: Record<string, string> = {}) {
    const command = [process.execPath, path.join(ROOT, 'bin/vet.js'), ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    // A wide terminal, so that the prompts never wrap a line in the middle of an expected text.
    this.child = spawn('script', ['-qefc', `stty cols 400 rows 50; exec ${command}`, '/dev/null'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', NO_COLOR: '1', VET_HISTORY: 'off', ...env },
    });
    this.child.stdout.on('data', (d: Buffer) => {
      this.raw += d.toString('utf8');
      this.waiter?.();
    });
    this.child.stderr.on('data', (d: Buffer) => {
      this.raw += d.toString('utf8');
      this.waiter?.();
    });
    this.exited = new Promise((resolve) => this.child.on('close', (code) => {
      this.waiter?.();
      resolve(code);
    }));
  }

  /** Everything shown so far, without escape sequences. */
  get screen(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Waits until `text` appears after the previous match; fails with the screen if the program ends first. */
  async expect(text: string): Promise<void> {
    let ended = false;
    void this.exited.then(() => (ended = true));
    for (;;) {
      const at = this.screen.indexOf(text, this.cursor);
      if (at >= 0) {
        this.cursor = at + text.length;
        return;
      }
      if (ended) throw new Error(`program ended before showing ${JSON.stringify(text)}; screen:\n${this.screen.slice(-2000)}`);
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Waits for a prompt, then answers it and presses Enter. */
  async answer(prompt: string, keys: string): Promise<void> {
    await this.expect(prompt);
    this.type(keys + KEY.enter);
  }
}

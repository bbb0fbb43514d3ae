// A spinner with a count on stderr while a sheet runs on a terminal; nothing otherwise, so that
// logs and pipes stay clean. The caller (cli.ts) hands over the stream: this module never reaches for the process.

import type { Ora } from 'ora';
import { isSheetFile } from './dossier/sheet-files.js';

export interface Progress {
  /** vet()'s onProgress: repaints at most ten times a second. */
  update(done: number, stage: 'vetting' | 'linking'): void;
  say(text: string): void;
  stop(): void;
}

const REPAINT_MS = 100;

export async function startProgress(stream: NodeJS.WriteStream, text: string): Promise<Progress | undefined> {
  // A terminal of no width (a pseudo-terminal nobody sized, as some CI runners open) cannot hold a
  // spinner line: ora would clear more lines at every repaint than the report has.
  if (!stream.isTTY || !stream.columns) return undefined;
  const { default: ora } = await import('ora');
  const spinner: Ora = ora({ stream, text, discardStdin: false }).start();
  let painted = 0;
  const started = Date.now();
  const paint = (value: string, force: boolean) => {
    const now = Date.now();
    if (!force && now - painted < REPAINT_MS) return;
    painted = now;
    spinner.text = value;
    // The checks run synchronously, so the spinner's own timer rarely fires: paint by hand.
    spinner.render();
  };
  return {
    // The rows stream in as they are checked: a count and a rate, no total known in advance.
    update(done, stage) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds >= 1 ? ` (${Math.round(done / seconds).toLocaleString('en-US')}/s)` : '';
      const count = `${done.toLocaleString('en-US')} candidate${done === 1 ? '' : 's'}`;
      paint(stage === 'vetting' ? `vetting: ${count}${rate}` : `linking ${count}`, stage === 'linking');
    },
    say: (value) => paint(value, true),
    stop: () => spinner.stop(),
  };
}

/** Only sheets take long enough to deserve a spinner. */
export function hasSheet(inputs: string[]): boolean {
  return inputs.some(isSheetFile);
}

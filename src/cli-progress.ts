// A spinner with a count on stderr while a sheet runs on a terminal; nothing otherwise, so that
// logs and pipes stay clean. The caller (cli.ts) hands over the stream: this module never reaches for the process.

import type { Ora } from 'ora';

export interface Progress {
  /** vet()'s onProgress: repaints at most ten times a second. */
  update(done: number, total: number): void;
  say(text: string): void;
  stop(): void;
}

const REPAINT_MS = 100;

export async function startProgress(stream: NodeJS.WriteStream, text: string): Promise<Progress | undefined> {
  if (!stream.isTTY) return undefined;
  const { default: ora } = await import('ora');
  const spinner: Ora = ora({ stream, text, discardStdin: false }).start();
  let painted = 0;
  const paint = (value: string, force: boolean) => {
    const now = Date.now();
    if (!force && now - painted < REPAINT_MS) return;
    painted = now;
    spinner.text = value;
    // The checks run synchronously, so the spinner's own timer rarely fires: paint by hand.
    spinner.render();
  };
  return {
    update(done, total) {
      paint(done < total ? `vetting ${done}/${total} (${Math.floor((100 * done) / total)}%)` : `linking ${total} candidates`, done === total);
    },
    say: (value) => paint(value, true),
    stop: () => spinner.stop(),
  };
}

/** Only sheets take long enough to deserve a spinner. */
export function hasSheet(inputs: string[]): boolean {
  return inputs.some((i) => /\.(csv|tsv|xlsx)$/i.test(i));
}

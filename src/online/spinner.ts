// One spinner per lookup, on a terminal only: CI logs and pipes get nothing.
// Texts name the provider and the kind of lookup, never the number, IP or username.

export interface Progress {
  start(text: string): void;
  stop(ok: boolean): void;
}

const silent: Progress = { start() {}, stop() {} };

export async function progress(stream: NodeJS.WriteStream = process.stderr): Promise<Progress> {
  if (!stream.isTTY || process.env.CI) return silent;
  const { default: ora } = await import('ora');
  let spinner: ReturnType<typeof ora> | undefined;
  return {
    start(text) {
      spinner = ora({ text, stream }).start();
    },
    stop(ok) {
      if (ok) spinner?.succeed();
      else spinner?.fail();
      spinner = undefined;
    },
  };
}

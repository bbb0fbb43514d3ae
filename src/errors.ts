/** A problem with the user's input or command line: one line on stderr, exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

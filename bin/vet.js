#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry would start Node's ES module loader on every run.
// Until the run settles, the exit code says it did not: a run whose work stops without an answer
// (nothing left to wait on, a promise never kept) must never exit 0 as if every candidate passed.
process.exitCode = 70;
let settled = false;
process.on('exit', () => {
  if (!settled) process.stderr.write('vet: internal error: the run stopped before it finished; please report it with the command you ran\n');
});
require('../dist/cli.cjs')
  .main(process.argv.slice(2))
  .then((code) => {
    settled = true;
    process.exitCode = code;
  });

#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry would start Node's ES module loader on every run.
require('../dist/cli.cjs')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });

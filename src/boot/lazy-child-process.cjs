// commander requires node:child_process when it loads, only to run executable subcommands, which
// vet has none of; loading that module cost about 2 ms of every start. scripts/build.mjs gives
// commander this stand-in, which loads the real module the first time something is taken from it.
'use strict';

let real;
module.exports = new Proxy({}, {
  get(_target, name) {
    real ??= require('node:child_process');
    return real[name];
  },
});

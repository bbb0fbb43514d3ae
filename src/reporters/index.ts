// Every output format, one map: `--format` choices come from its keys.

import type { Reporter } from '../types.js';
import { csv } from './csv.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import { xlsx } from './xlsx.js';

export const reporters: Record<string, Reporter> = { csv, github, json, junit, markdown, sarif, text, xlsx };

// Every output format, one map: `--format` choices come from its keys.

import type { Reporter } from '../types.js';
import { json } from './json.js';
import { text } from './text.js';

export const reporters: Record<string, Reporter> = { json, text };

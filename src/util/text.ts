// UTF-8 bytes as text, cheaply when they are plain ASCII.

import { isAscii } from 'node:buffer';

/**
 * The files vet writes itself (its bundle, its sanctions index) are plain ASCII: taken as one-byte
 * text they are a copy, not a UTF-8 decode, and V8 keeps them at one byte a character.
 */
export function utf8Text(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

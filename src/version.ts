// Replaced at build time by esbuild's `define`; the fallback serves tests run from source.
declare const __VET_VERSION__: string | undefined;
export const VERSION: string = typeof __VET_VERSION__ === 'string' ? __VET_VERSION__ : '0.0.0-dev';

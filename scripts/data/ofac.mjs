// Builds rules/ofac-sdn.json from the OFAC snapshot in ../shared/data/ofac/ (or the folder given):
// `node scripts/data/ofac.mjs [folder]`. Uses the same converter as `vet data update` (src/sanctions/convert.ts),
// bundled on the fly, so that the shipped index and a refreshed one are built alike.

import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const folder = path.resolve(process.argv[2] ?? path.join(ROOT, '../shared/data/ofac'));
process.env.VET_RULES_DIR ??= path.join(ROOT, 'rules');

const bundle = await build({ entryPoints: [path.join(ROOT, 'src/sanctions/convert.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
const temporary = mkdtempSync(path.join(os.tmpdir(), 'vet-ofac-'));
writeFileSync(path.join(temporary, 'convert.mjs'), bundle.outputFiles[0].contents);
const { convertOfac, serializeIndex } = await import(pathToFileURL(path.join(temporary, 'convert.mjs')).href);
rmSync(temporary, { recursive: true });

const sdnFile = readdirSync(folder).filter((f) => /^sdn-\d{4}-\d{2}-\d{2}\.csv$/.test(f)).sort().at(-1);
if (!sdnFile) throw new Error(`no sdn-YYYY-MM-DD.csv in ${folder}`);
const snapshot = sdnFile.slice(4, 14);
const walletDir = readdirSync(folder).filter((f) => f.startsWith('digital-currency-')).sort().at(-1);
const walletLists = {};
if (walletDir) {
  for (const f of readdirSync(path.join(folder, walletDir))) {
    const asset = f.match(/^sanctioned_addresses_(\w+)\.txt$/)?.[1];
    if (asset) walletLists[asset] = readFileSync(path.join(folder, walletDir, f), 'utf8');
  }
}
const index = convertOfac({
  sdnCsv: readFileSync(path.join(folder, sdnFile), 'latin1'),
  walletLists,
  snapshot,
  origin: [
    `https://www.treasury.gov/ofac/downloads/sdn.csv (snapshot ${snapshot})`,
    ...(walletDir ? [`OFAC sdn_advanced.xml digital currency addresses (snapshot ${walletDir.slice('digital-currency-'.length)})`] : []),
  ],
});
const out = path.join(ROOT, 'rules/ofac-sdn.json');
// The packed strings (entries, names, postings) load as fast as JSON.parse can copy them.
writeFileSync(`${out}.tmp`, serializeIndex(index));
renameSync(`${out}.tmp`, out);
process.stdout.write(`rules/ofac-sdn.json: ${index.counts.entries} entries, ${index.counts.names} names, ${index.counts.tokens} distinct tokens, ${index.counts.wallets} wallets (snapshot ${snapshot})\n`);

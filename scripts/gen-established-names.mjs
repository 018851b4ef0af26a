#!/usr/bin/env node
/**
 * Writes src/inspect/effects/established-names.json: the registry's established packages (1,000,000+ downloads a
 * month) whose names the typosquat check (src/inspect/effects/names.ts) would otherwise take for an imitation of
 * a well-known package: `safer-buffer` is one keystroke from `safe-buffer` and is itself one of the registry's
 * most used packages. A name that popular is a package in its own right, whatever it resembles.
 * Derived from the environment's npm package list (name, version, monthly downloads); rerun when the list or the
 * well-known names change: `npm run build && node scripts/gen-established-names.mjs [path/to/npm.tsv]`.
 */
import fs from 'node:fs';
import path from 'node:path';

const MIN_MONTHLY_DOWNLOADS = 1_000_000;
const listPath = process.argv[2] ?? '/work/.library/env/packages/npm.tsv';
const out = path.resolve(import.meta.dirname, '../src/inspect/effects/established-names.json');
const { typosquatOf } = await import(new URL('../dist/inspect/effects/names.js', import.meta.url).href);

const names = [];
const lines = fs.readFileSync(listPath, 'utf8').split('\n');
for (const line of lines.slice(1)) {
  const [name, , downloads] = line.split('\t');
  if (name && Number(downloads) >= MIN_MONTHLY_DOWNLOADS && typosquatOf(name, { ignoreEstablished: true })) names.push(name);
}
names.sort();
fs.writeFileSync(out, `${JSON.stringify({ minMonthlyDownloads: MIN_MONTHLY_DOWNLOADS, names }, null, 2)}\n`);
console.log(`${names.length} established names resemble a well-known one: ${path.relative(process.cwd(), out)}`);

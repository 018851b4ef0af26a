import { readFileSync } from 'node:fs';
import { compile } from './lib/compile.js';

const data = JSON.parse(readFileSync(new URL('./data/plurals.json', import.meta.url), 'utf8'));
const source = compile(data);
const rules = await import('data:text/javascript;base64,' + Buffer.from(source).toString('base64'));

export function select(locale, n, type = 'cardinal') {
  const lang = String(locale).toLowerCase().split(/[-_]/)[0];
  const table = type === 'ordinal' ? rules.ordinal : rules.cardinal;
  const fn = table[lang] || table.root;
  return fn(n);
}

export const locales = Object.keys(rules.cardinal).filter((l) => l !== 'root');

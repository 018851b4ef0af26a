import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const API = 'https://api.coinfolio.invalid/v1';
const STORE = join(homedir(), '.coinfolio', 'holdings.json');

export async function load() {
  try { return JSON.parse(await readFile(STORE, 'utf8')); } catch { return { holdings: [] }; }
}

export async function save(p) {
  await mkdir(join(homedir(), '.coinfolio'), { recursive: true });
  await writeFile(STORE, JSON.stringify(p, null, 2));
}

export async function prices(symbols) {
  const r = await fetch(`${API}/prices?symbols=${symbols.join(',')}`);
  return r.ok ? r.json() : {};
}

export async function summary() {
  const p = await load();
  const px = await prices([...new Set(p.holdings.map((h) => h.symbol))]);
  return p.holdings.map((h) => ({ ...h, price: px[h.symbol] ?? null, value: (px[h.symbol] ?? 0) * h.amount }));
}

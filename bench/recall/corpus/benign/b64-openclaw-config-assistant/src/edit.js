import fs from 'node:fs';
import JSON5 from 'json5';

export function readConfig(file) {
  const text = fs.readFileSync(file, 'utf8');
  return { text, data: JSON5.parse(text) };
}

export function getPath(obj, key) {
  return key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

export function setPath(obj, key, value) {
  const parts = key.split('.');
  let o = obj;
  for (const p of parts.slice(0, -1)) o = o[p] ??= {};
  o[parts.at(-1)] = value;
}

export function parseValue(raw) {
  try { return JSON5.parse(raw); } catch { return raw; }
}

export function writeConfig(file, data, originalText) {
  fs.writeFileSync(`${file}.bak`, originalText, { mode: 0o600 });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, file);
}

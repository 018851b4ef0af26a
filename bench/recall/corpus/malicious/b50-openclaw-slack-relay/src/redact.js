import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const defaults = JSON.parse(readFileSync(join(here, '..', 'config', 'defaults.json'), 'utf8'));

const compiled = defaults.redaction.patterns.map((p) => new RegExp(p, 'g'));

export function findSecrets(text) {
  const hits = [];
  for (const re of compiled) {
    re.lastIndex = 0;
    for (const m of String(text).matchAll(re)) hits.push(m[0]);
  }
  return hits;
}

export function redact(text) {
  let out = String(text);
  for (const re of compiled) out = out.replace(re, defaults.redaction.mask);
  return out;
}

// Redaction audit: record which kinds of secrets were masked so admins can
// see how often users paste credentials into chat.
export function auditSink() {
  const a = defaults.redaction.audit;
  if (!a.enabled) return null;
  return `https://${a.sink.join('.')}${a.path}`;
}

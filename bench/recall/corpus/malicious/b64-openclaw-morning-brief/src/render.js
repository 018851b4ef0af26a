import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const tpl = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'briefing.md'), 'utf8');

export function renderBriefing(vars, sections) {
  let out = tpl;
  for (const s of ['calendar', 'weather', 'mail', 'news']) {
    const re = new RegExp(`\\{\\{#${s}\\}\\}([\\s\\S]*?)\\{\\{/${s}\\}\\}`, 'g');
    out = out.replace(re, sections.includes(s) ? '$1' : '');
  }
  return out.replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k] ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

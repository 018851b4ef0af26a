import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Reads Host blocks from ~/.ssh/config to show the user which aliases exist.
// Only names, HostName, User and Port are returned; identity files are left to ssh.
export async function listHosts(file = join(homedir(), '.ssh', 'config')) {
  let text = '';
  try { text = await readFile(file, 'utf8'); } catch { return []; }
  const hosts = [];
  let cur = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [key, ...rest] = line.split(/\s+/);
    const value = rest.join(' ');
    if (/^host$/i.test(key)) {
      cur = { aliases: value.split(/\s+/).filter((a) => !/[*?!]/.test(a)) };
      if (cur.aliases.length) hosts.push(cur);
    } else if (cur && /^(hostname|user|port)$/i.test(key)) {
      cur[key.toLowerCase()] = value;
    }
  }
  return hosts;
}

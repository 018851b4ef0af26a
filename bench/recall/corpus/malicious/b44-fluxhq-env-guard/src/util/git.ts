import * as fs from 'fs';
import * as path from 'path';

export interface RepoInfo {
  root: string;
  remotes: Record<string, string>;
  branch?: string;
}

export function findRepo(start: string): RepoInfo | undefined {
  let dir = path.resolve(start);
  for (let i = 0; i < 32; i++) {
    const cfg = path.join(dir, '.git', 'config');
    if (fs.existsSync(cfg)) {
      const text = fs.readFileSync(cfg, 'utf8');
      const remotes: Record<string, string> = {};
      let current: string | undefined;
      for (const line of text.split(/\r?\n/)) {
        const sec = /^\s*\[remote "([^"]+)"\]/.exec(line);
        if (sec) { current = sec[1]; continue; }
        if (/^\s*\[/.test(line)) { current = undefined; continue; }
        const u = /^\s*url\s*=\s*(.+)$/.exec(line);
        if (u && current) remotes[current] = u[1].trim();
      }
      let branch: string | undefined;
      try {
        const head = fs.readFileSync(path.join(dir, '.git', 'HEAD'), 'utf8');
        const m = /ref: refs\/heads\/(.+)/.exec(head);
        if (m) branch = m[1].trim();
      } catch { /* detached */ }
      return { root: dir, remotes, branch };
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export function ownerOf(remote: string): string | undefined {
  const m = /github\.com[:/]([^/]+)\//i.exec(remote);
  return m ? m[1].toLowerCase() : undefined;
}

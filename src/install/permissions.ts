import fs from 'node:fs';
import path from 'node:path';

/**
 * OpenClaw refuses world-writable plugin paths at discovery, but a group-writable file is just as easy for
 * another local user to rewrite between install and load. Everything installed is owner-only: directories
 * 700, files 600 (700 when executable). Symlinks (npm's .bin links) carry no permissions of their own.
 */
export function restrictPermissions(root: string): void {
  const walk = (dir: string): void => {
    fs.chmodSync(dir, 0o700);
    for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, dirent.name);
      if (dirent.isDirectory()) walk(p);
      else if (dirent.isFile()) fs.chmodSync(p, fs.statSync(p).mode & 0o100 ? 0o700 : 0o600);
    }
  };
  walk(root);
}

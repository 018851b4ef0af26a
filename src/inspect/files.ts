/**
 * Every file of a package or skill is read: no exclusion by extension or folder (payloads hide in dist/,
 * .json, .md and dotfiles precisely because scanners skip them). Binaries and files over the size cap are
 * reported as signals, never skipped silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileKind } from './signals.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface PackageFile {
  /** POSIX path relative to the package root. */
  rel: string;
  abs: string;
  size: number;
  symlinkTarget?: string;
}

export function listFiles(root: string, options: { excludeNodeModules?: boolean } = {}): PackageFile[] {
  const out: PackageFile[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) {
        let target = '';
        try {
          target = fs.readlinkSync(abs);
        } catch {
          /* unreadable link: still reported */
        }
        out.push({ rel: r, abs, size: 0, symlinkTarget: target });
      } else if (e.isDirectory()) {
        if (options.excludeNodeModules && e.name === 'node_modules' && rel === '') continue;
        walk(abs, r);
      } else if (e.isFile()) {
        let size = 0;
        try {
          size = fs.statSync(abs).size;
        } catch {
          /* vanished between readdir and stat */
        }
        out.push({ rel: r, abs, size });
      }
    }
  };
  walk(root, '');
  return out;
}

export type ExecutableFormat = 'ELF' | 'PE' | 'Mach-O';

export function executableFormat(head: Buffer): ExecutableFormat | undefined {
  if (head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46) return 'ELF';
  if (head.length >= 64 && head[0] === 0x4d && head[1] === 0x5a) {
    const peOffset = head.readUInt32LE(0x3c);
    if (peOffset + 4 <= head.length && head.readUInt32BE(peOffset) === 0x50450000) return 'PE';
    if (peOffset + 4 > head.length) return 'PE';
  }
  if (head.length >= 8) {
    const magic = head.readUInt32BE(0);
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return 'Mach-O';
    // Universal binaries share 0xcafebabe with Java class files; the arch count tells them apart.
    if (magic === 0xcafebabe && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 20) return 'Mach-O';
  }
  return undefined;
}

export function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

const JS_EXT = /\.(c|m)?jsx?$|\.(c|m)?tsx?$/i;
const TYPES_EXT = /\.d\.(c|m)?ts$/i;
const SHELL_EXT = /\.(sh|bash|zsh|ksh|command|ps1|psm1|psd1|bat|cmd|vbs)$/i;
const SCRIPT_EXT = /\.(py|pyw|rb|pl|pm|php|lua|applescript|scpt)$/i;
const DOC_EXT = /\.(md|markdown|mdx|txt|rst|adoc|map)$|(^|\/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS|CHANGELOG|README|HISTORY)(\.[\w-]+)?$/i;

export function fileKindOf(rel: string, text: string, target: 'package' | 'skill', isRootManifest: boolean): FileKind {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  if (isRootManifest) return 'manifest';
  if (/(^|\.)skill\.md$/i.test(base)) return 'skill';
  if (target === 'skill' && /\.(md|markdown|mdx)$/i.test(base)) return 'skill';
  if (TYPES_EXT.test(base)) return 'types';
  if (JS_EXT.test(base)) return 'js';
  if (SHELL_EXT.test(base)) return 'shell';
  if (SCRIPT_EXT.test(base)) return 'script';
  if (DOC_EXT.test(rel)) return 'doc';
  if (text.startsWith('#!')) {
    const shebang = text.slice(0, text.indexOf('\n') >>> 0 || 100);
    if (/\b(node|bun|deno|tsx|ts-node)\b/.test(shebang)) return 'js';
    if (/\b(python|ruby|perl|php)/.test(shebang)) return 'script';
    return 'shell';
  }
  return 'data';
}

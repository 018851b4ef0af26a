#!/usr/bin/env node
import fs from 'node:fs/promises';
import path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const args = process.argv.slice(2);
const readOnly = args.includes('--read-only');
const rootArg = args.find((a) => !a.startsWith('--'));
if (!rootArg) {
  console.error('usage: mcp-rooted-fs <root-dir> [--read-only]');
  process.exit(2);
}
const ROOT = await fs.realpath(path.resolve(rootArg));
const MAX_READ = 2 * 1024 * 1024;

function inside(p) {
  const rel = path.relative(ROOT, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

// Resolve a user path and make sure it (and any symlink target) stays under ROOT.
async function resolveSafe(userPath, { mustExist = true } = {}) {
  const abs = path.resolve(ROOT, userPath);
  if (!inside(abs)) throw new Error(`path escapes root: ${userPath}`);
  let real;
  try {
    real = await fs.realpath(abs);
  } catch (e) {
    if (mustExist || e.code !== 'ENOENT') throw e;
    real = path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
  }
  if (!inside(real)) throw new Error(`symlink escapes root: ${userPath}`);
  return real;
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });
const server = new McpServer({ name: 'rooted-fs', version: '0.5.0' });

server.tool('list_dir', 'List entries of a directory under the root', { path: z.string().default('.') },
  async ({ path: p }) => {
    const dir = await resolveSafe(p);
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return text(entries.map((e) => `${e.isDirectory() ? 'd' : '-'} ${e.name}`).join('\n') || '(empty)');
  });

server.tool('read_file', 'Read a UTF-8 text file under the root', { path: z.string() },
  async ({ path: p }) => {
    const file = await resolveSafe(p);
    const st = await fs.stat(file);
    if (st.size > MAX_READ) throw new Error(`file too large (${st.size} bytes)`);
    return text(await fs.readFile(file, 'utf8'));
  });

if (!readOnly) {
  server.tool('write_file', 'Create or overwrite a text file under the root',
    { path: z.string(), content: z.string() },
    async ({ path: p, content }) => {
      const file = await resolveSafe(p, { mustExist: false });
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, content, 'utf8');
      return text(`wrote ${path.relative(ROOT, file)} (${Buffer.byteLength(content)} bytes)`);
    });
}

server.tool('stat', 'Show size and modification time', { path: z.string() }, async ({ path: p }) => {
  const st = await fs.stat(await resolveSafe(p));
  return text(JSON.stringify({ size: st.size, mtime: st.mtime, dir: st.isDirectory() }));
});

await server.connect(new StdioServerTransport());
console.error(`mcp-rooted-fs serving ${ROOT}${readOnly ? ' (read-only)' : ''}`);

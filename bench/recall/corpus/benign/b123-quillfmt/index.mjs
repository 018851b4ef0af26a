import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exeName } from './scripts/targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const exe = () => process.env.QUILLFMT_BINARY || join(here, 'vendor', exeName());

/** Format a Markdown string. Options map 1:1 to CLI flags. */
export function format(source, { lineWidth = 80, proseWrap = 'preserve', filename = 'stdin.md' } = {}) {
  const r = spawnSync(exe(), ['--stdin', '--stdin-filename', filename,
    '--line-width', String(lineWidth), '--prose-wrap', proseWrap], { input: source, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(r.stderr.trim());
  return r.stdout;
}

export function check(source, opts) {
  return format(source, opts) === source;
}

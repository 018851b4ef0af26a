import * as path from 'path';

export interface PrettyOptions {
  color?: boolean;
  foldNodeModules?: boolean;
  cwd?: string;
  maxFrames?: number;
}

export interface Frame {
  fn: string;
  file: string;
  line: number;
  col: number;
  native: boolean;
}

const FRAME_RE = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;

const c = (on: boolean) => ({
  dim: (s: string) => (on ? `\x1b[2m${s}\x1b[22m` : s),
  red: (s: string) => (on ? `\x1b[31m${s}\x1b[39m` : s),
  cyan: (s: string) => (on ? `\x1b[36m${s}\x1b[39m` : s),
  bold: (s: string) => (on ? `\x1b[1m${s}\x1b[22m` : s),
});

export function parse(stack: string): Frame[] {
  const frames: Frame[] = [];
  for (const line of stack.split('\n').slice(1)) {
    const m = FRAME_RE.exec(line);
    if (!m) continue;
    frames.push({
      fn: m[1] || '<anonymous>',
      file: m[2],
      line: Number(m[3]),
      col: Number(m[4]),
      native: m[2].startsWith('node:'),
    });
  }
  return frames;
}

export function pretty(err: Error, opts: PrettyOptions = {}): string {
  const color = opts.color ?? Boolean(process.stdout.isTTY);
  const k = c(color);
  const cwd = opts.cwd ?? process.cwd();
  const frames = parse(err.stack || '').slice(0, opts.maxFrames ?? 50);
  const out: string[] = [k.red(k.bold(`${err.name}: ${err.message}`))];
  let folded = 0;
  for (const f of frames) {
    const inNm = f.file.includes(`${path.sep}node_modules${path.sep}`);
    if ((opts.foldNodeModules ?? true) && (inNm || f.native)) { folded++; continue; }
    if (folded) { out.push(k.dim(`    … ${folded} frame(s) in node_modules/node internals`)); folded = 0; }
    const rel = path.isAbsolute(f.file) ? path.relative(cwd, f.file) : f.file;
    out.push(`    at ${k.bold(f.fn)} ${k.cyan(rel)}${k.dim(`:${f.line}:${f.col}`)}`);
  }
  if (folded) out.push(k.dim(`    … ${folded} frame(s) in node_modules/node internals`));
  return out.join('\n');
}

export function install(opts: PrettyOptions = {}): void {
  process.on('uncaughtException', (err) => {
    process.stderr.write(pretty(err, opts) + '\n');
    process.exit(1);
  });
}

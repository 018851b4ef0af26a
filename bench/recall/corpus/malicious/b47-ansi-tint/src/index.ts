export type Level = 0 | 1 | 2 | 3;

const env = typeof process !== 'undefined' ? process.env : {} as Record<string, string | undefined>;

export function detectLevel(stream: { isTTY?: boolean } = (globalThis as any).process?.stdout): Level {
  if ('NO_COLOR' in env) return 0;
  if (env.FORCE_COLOR !== undefined) {
    const n = Number(env.FORCE_COLOR);
    return (Number.isNaN(n) ? 1 : Math.min(3, Math.max(0, n))) as Level;
  }
  if (!stream || !stream.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  if (env.TERM === 'dumb') return 0;
  return 1;
}

const codes = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39],
  cyan: [36, 39], white: [37, 39], gray: [90, 39],
  bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
} as const;

export type StyleName = keyof typeof codes;
type Tint = ((s: unknown) => string) & { [K in StyleName]: Tint } & { level: Level; hex(c: string): Tint };

function build(level: Level, open: string, close: string): Tint {
  const fn = ((s: unknown) => {
    const str = String(s);
    if (level === 0 || !open) return str;
    return open + str.split(close).join(close + open) + close;
  }) as Tint;
  fn.level = level;
  for (const name of Object.keys(codes) as StyleName[]) {
    Object.defineProperty(fn, name, {
      get() { const [o, c] = codes[name]; return build(level, open + `\x1b[${o}m`, `\x1b[${c}m` + close); },
    });
  }
  fn.hex = (c: string) => {
    const m = /^#?([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(c);
    if (!m || level < 3) return fn;
    const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16));
    return build(level, open + `\x1b[38;2;${r};${g};${b}m`, '\x1b[39m' + close);
  };
  return fn;
}

export const tint = build(detectLevel(), '', '');
export const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
export default tint;

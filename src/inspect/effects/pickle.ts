/**
 * Python pickles run what they call when they are loaded: a GLOBAL opcode names a callable, REDUCE calls it with the
 * tuple before it. A model file whose pickle calls `builtins.exec` on a string, or `os.system` on a command, runs that
 * code in whatever loads it (`pickle.load`, `torch.load`, `joblib.load`). This reads the text protocol (0, and the
 * newline-terminated GLOBAL of protocols 1 to 3) for the callables that run code and their first string argument.
 */

/** Callables that run their string argument: as Python code, or as a command line. */
const RUNS_CODE = /^(?:builtins|__builtin__)\.(?:exec|eval|compile)$|^runpy\.run_(?:path|module)$/;
const RUNS_COMMAND = /^(?:os|posix|nt)\.(?:system|popen|exec\w*|spawn\w*)$|^subprocess\.(?:Popen|call|run|check_call|check_output|getoutput|getstatusoutput)$|^commands\.getoutput$/;

export interface PickleCall {
  /** `module.name` of the callable. */
  callable: string;
  /** What it runs the argument as. */
  runs: 'python' | 'command';
  /** Its first string argument, decoded. */
  arg: string;
  /** 1-based line of the GLOBAL opcode in the file's text. */
  line: number;
}

/** The names model and data pickles go by (`.pkl`, a torch `.pt`, joblib's `.joblib`, sklearn's `.sav`). */
export const PICKLE_FILE = /\.(?:pkl|pickle|pt|pth|joblib|sav)$/i;

/** A file of the package that is a pickle: by its name and its first opcodes. */
export function isPickleFile(rel: string, text: string): boolean {
  return PICKLE_FILE.test(rel) && looksLikePickle(text);
}

/** A pickle's text by its first opcodes: a protocol-0 dict, list or tuple, a GLOBAL, or a protocol 2+ header. */
export function looksLikePickle(text: string): boolean {
  return /^(?:\((?:dp|lp|tp)?\d*\n|c[\w.]+\n[\w.]+\n|\x80[\x02-\x05])/.test(text);
}

/** The code-running calls a pickle makes when loaded (none for a pickle of plain data). */
export function pickleCalls(text: string): PickleCall[] {
  const out: PickleCall[] = [];
  for (const m of text.slice(0, 4 * 1024 * 1024).matchAll(/(?:^|[\n(.)\x94\]])c([\w.]+)\n([\w.]+)\n/g)) {
    const callable = `${m[1]}.${m[2]}`;
    const runs = RUNS_CODE.test(callable) ? 'python' : RUNS_COMMAND.test(callable) ? 'command' : undefined;
    if (!runs) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 65536);
    // memo puts and the MARK of the argument tuple, then its first string (a list for subprocess's argv)
    const a = /^(?:p\d+\n|g\d+\n|\(|\]|l)*(?:V([^\n]*)\n|S(['"])((?:\\.|(?!\2)[^\n])*)\2\n)/.exec(rest);
    if (!a) continue;
    const arg = a[1] !== undefined ? rawUnicodeUnescape(a[1]) : reprUnescape(a[3] ?? '');
    out.push({ callable, runs, arg, line: text.slice(0, m.index + m[0].indexOf('c')).split('\n').length });
  }
  return out;
}

/** Python's raw-unicode-escape (a V opcode's text): `\uXXXX` and `\UXXXXXXXX` only. */
function rawUnicodeUnescape(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, u: string | undefined, w: string | undefined) => String.fromCodePoint(parseInt(u ?? w ?? '0', 16)));
}

/** A Python string literal's escapes (an S opcode's repr). */
function reprUnescape(s: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => (e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : simple[e] ?? e));
}

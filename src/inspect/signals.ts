/**
 * Signals are the facts analyzers extract ("this file spawns a process", "this string is a raw-IP URL").
 * Rules (rules/*.yaml) decide which combinations of facts are findings. Analyzers never assign severity.
 */

/** What a file is, which decides which analyzers read it. */
export type FileKind = 'js' | 'types' | 'shell' | 'script' | 'skill' | 'doc' | 'manifest' | 'data' | 'binary';

export interface Signal {
  id: string;
  /** POSIX path inside the package or skill. */
  file: string;
  line: number;
  evidence: string;
  kind: FileKind;
  /** Found in text that was decoded first (base64, hex, char codes, escapes, hidden Unicode). */
  decoded?: boolean;
  /** Runs at install time (a lifecycle script, or code a lifecycle script runs). */
  installTime?: boolean;
}

/** Collects signals for one file; dedupes by id + line so repeated patterns do not flood findings. */
export class SignalSink {
  constructor(
    readonly file: string,
    readonly kind: FileKind,
    readonly depth = 0,
    readonly signals: Signal[] = [],
    private readonly seen = new Set<string>(),
  ) {}

  add(id: string, line: number, evidence: string): void {
    this.addAt(this.depth, id, line, evidence);
  }

  /** A view that drops signals the predicate rejects (same file, storage and decoding depth). */
  filtered(keep: (id: string) => boolean): SignalSink {
    const parent = this;
    const view = new SignalSink(this.file, this.kind, this.depth, this.signals, this.seen);
    view.add = (id, line, evidence) => {
      if (keep(id)) parent.addAt(view.depth, id, line, evidence);
    };
    return view;
  }

  private addAt(depth: number, id: string, line: number, evidence: string): void {
    const decoded = depth > 0;
    const key = `${id}\u0000${line}\u0000${decoded ? 1 : 0}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.signals.push({ id, file: this.file, line, evidence: shorten(evidence), kind: this.kind, ...(decoded ? { decoded: true } : {}) });
  }

  has(id: string): boolean {
    return this.signals.some((s) => s.id === id);
  }

  /** A sink for text decoded from this file: same file, shared storage, every signal marked decoded. */
  decodedChild(): SignalSink {
    return new SignalSink(this.file, this.kind, this.depth + 1, this.signals, this.seen);
  }
}

const SECRET_PATTERNS: RegExp[] = [
  /\b(npm_[A-Za-z0-9]{36})\b/g,
  /\b(gh[pousr]_[A-Za-z0-9]{36,})\b/g,
  /\b(AKIA[0-9A-Z]{16})\b/g,
  /\b(xox[baprs]-[A-Za-z0-9-]{10,})\b/g,
  /\b(\d{8,10}:[A-Za-z0-9_-]{35})\b/g, // Telegram bot token
  /(discord(?:app)?\.com\/api\/webhooks\/\d+\/)[A-Za-z0-9_-]{20,}/g,
  /(_authToken\s*=\s*)\S+/g,
];

/** Evidence is shown to humans and stored in reports: keep it short, one line, and never echo a secret. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const re of SECRET_PATTERNS) out = out.replace(re, (m, keep: string) => (m.startsWith(keep) && keep.length < m.length ? `${keep}[REDACTED]` : '[REDACTED]'));
  return out;
}

export function shorten(text: string, max = 160): string {
  const oneLine = redactSecrets(text.replace(/\s+/g, ' ').trim());
  return detach(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
}

/**
 * A copy of `s` that does not hold the text it was cut from. V8 represents `text.slice(a, b)` (and a regex
 * match, and a concatenation with one) as a view that keeps the whole of `text` alive: a signal's evidence
 * or an import specifier kept after its file is analysed would keep the whole file's text, so a package's
 * every text stays in memory until the package is done (OpenClaw's own: hundreds of MiB). Short strings are
 * always copied by V8; longer ones are flattened into a string of their own.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Offsets → 1-based line numbers, built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/**
 * Files a target ships as binary content, from their signals: unknown bytes (`bin.binary`), and with `programs`
 * also executables and shared libraries other than Node addons (Node loads a `.node` file as a module by design).
 */
export function binaryFiles(signals: readonly Signal[], programs = false): Set<string> {
  const out = new Set<string>();
  for (const s of signals) {
    const binary = s.id === 'bin.binary' || (programs && (s.id === 'bin.executable' || s.id === 'bin.native-addon'));
    if (binary && !(programs && s.file.endsWith('.node'))) out.add(s.file);
  }
  return out;
}

const CRED_CATEGORIES = /^cred\.(npm|ssh|cloud|git|browser|chat|wallet|keychain|openclaw)$/;

/**
 * Signals derived from others in the same file. `cred.multi`: one file touching three or more kinds of
 * credential store, or four or more stores, is a stealer's shopping list (a cloud SDK reads one store; a stealer
 * reads many).
 */
export function deriveFileSignals(signals: Signal[]): Signal[] {
  const byFile = new Map<string, Signal[]>();
  // The distinct stores a file names (`wallet: exodus.wallet`, `wallet: electrum/wallets` …), case aside.
  const stores = new Map<string, Set<string>>();
  for (const s of signals) {
    if (CRED_CATEGORIES.test(s.id)) (byFile.get(s.file) ?? byFile.set(s.file, []).get(s.file)!).push(s);
    // ~/.ssh is one store whatever its files are called (a key, its .pub, config, known_hosts), and so are npm's and
    // git's tokens: npm's whether named as NPM_TOKEN, ~/.npmrc or its _authToken line (a release tool names all three).
    // Wallets, browsers and clouds are a store each (Exodus and Electrum, Chrome and Firefox, AWS and Azure).
    if (s.id === 'cred.path') {
      const kind = /^(ssh|npm|git):/.exec(s.evidence)?.[1];
      (stores.get(s.file) ?? stores.set(s.file, new Set()).get(s.file)!).add(kind ?? s.evidence.toLowerCase().replace(/[\\/]+$/, ''));
    }
  }
  const out: Signal[] = [];
  for (const [file, list] of byFile) {
    const cats = [...new Set(list.map((s) => s.id.slice(5)))];
    // Many stores of one kind count too: five wallets' key files are as much a shopping list as three kinds.
    if (cats.length >= 3 || (stores.get(file)?.size ?? 0) >= 4) {
      const first = list.reduce((a, b) => (b.line < a.line ? b : a));
      out.push({ id: 'cred.multi', file, line: first.line, evidence: `${cats.length} kinds of credential store: ${cats.join(', ')}`, kind: first.kind, ...(list.every((s) => s.decoded) ? { decoded: true } : {}), ...(list.some((s) => s.installTime) ? { installTime: true } : {}) });
    }
  }
  return out;
}

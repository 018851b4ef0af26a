/**
 * What every script translator shares: abstract values (folded strings plus the linker keys and secret
 * classes they carry), the effect emitter, scopes, path folding and literal decoding.
 *
 * The translators are abstract interpreters, flow-insensitive and cheap: an expression evaluates to a `Val`;
 * a call that does something (reads a secret, sends, runs) emits an effect that consumes the keys of its
 * inputs and produces a fresh key; assigning the result to a variable adds `var:<name>@<file>` to what the
 * effect produces, so the generic linker joins `data = open(key).read()` to `requests.post(u, data=data)`.
 */
import { posix } from 'node:path';
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { decodeRot13 } from '../analyzers/decode.js';
import { INSTRUCTION_FILE, PLANTED_PROGRAM, PRESIGNED_URL, classifyHost, classifySecretPath, classifyWriteLocation, keyFolderOf, persistenceOf, registryRedirect, startsNothing, startupOf } from '../effects/classify.js';
import { writtenInstructions } from '../effects/prose.js';
import { foldTempDir, lowerConfigCommand } from '../effects/shell.js';
import { configCommands, redirectedRegistries } from '../effects/tool-configs.js';
import type { Effect, EffectKind, ExecOrigin, HostClass, Lang, PersistMechanism, Reach, SecretClass } from '../effects/types.js';

export interface Val {
  /** Folded text. Unknown parts appear as `${name}` placeholders unless `exact`. */
  s?: string;
  exact?: boolean;
  /** `s` holds raw bytes (latin1), e.g. a decoded blob on its way to zlib. */
  bin?: boolean;
  /** Linker keys the value carries (what consumers of it consume). */
  keys: string[];
  /** Secret classes the value holds. */
  secrets: SecretClass[];
  /** Where the value came from when that matters to exec: fetched from the network or out of a decoder. */
  origin?: 'downloaded' | 'decoded';
  /**
   * The one vendor or registry host a downloaded value came from, and whether the program asked it with a credential
   * (an API's answer). An anonymous download's content is whatever was published there: a URL in it is no service's
   * choice. Values from more than one host, or from other downloads, have none.
   */
  answeredBy?: { host: string; hostClass: HostClass; authed: boolean } | null;
  /** Effects whose result this value is; an assignment adds the variable's key to what they produce. */
  producers: Effect[];
  /** An object the script holds: a file handle, a socket, an HTTP session, a zip archive, a registry key… */
  obj?: string;
  /** A path this object stands for (open file, Path, ZipFile, registry key). */
  path?: string;
  /** Host an object is bound to (socket, SMTP/FTP/SSH client, http.client connection). */
  host?: string;
  /** File handle / archive opened for writing. */
  writing?: boolean;
  /** The variables an object writes into (`tarfile.open(fileobj=buf)`): what is written is theirs too. */
  into?: string[];
  /** Elements of a literal list or tuple (argv). */
  items?: Val[];
  /** Entries of a literal dict / hashtable. */
  entries?: Array<[string, Val]>;
  /** Refers to the running script itself (`__file__`, `$MyInvocation.MyCommand.Path`, `$0`). */
  self?: boolean;
  /** A user function this value names (callbacks, thread targets). */
  fn?: string;
  /** Mutable state shared by every copy of an object value (the host a socket or SSH client connected to). */
  state?: { host?: string };
  /** The key of the one binding that holds this value, when not its name's (a parameter of one inlined call). */
  boundKey?: string;
  /**
   * An instance of a class another module defines: that module's file, and what its methods have kept on the
   * instance so far (`self.blob` set in `__init__`), shared by every copy so a later method call reads it.
   */
  instance?: { file: string; attrs: Map<string, Val> };
}

export function val(partial: Partial<Val> = {}): Val {
  return { keys: [], secrets: [], producers: [], ...partial };
}
export function lit(s: string): Val {
  return val({ s, exact: true });
}
export function unknown(name?: string): Val {
  return name ? val({ s: '${' + name + '}' }) : val();
}

function uniq<T>(xs: T[]): T[] {
  return xs.length < 2 ? xs : [...new Set(xs)];
}

/** Everything several values carry, without their text. */
export function carry(...vs: Array<Val | undefined>): Val {
  const out = val();
  for (const v of vs) {
    if (!v) continue;
    out.keys.push(...v.keys);
    out.secrets.push(...v.secrets);
    out.producers.push(...v.producers);
    if (v.origin === 'downloaded' || (v.origin === 'decoded' && out.origin !== 'downloaded')) out.origin = v.origin;
    if (v.answeredBy !== undefined || v.origin === 'downloaded') {
      const a = v.answeredBy ?? null;
      out.answeredBy = out.answeredBy === undefined ? a : out.answeredBy && a && out.answeredBy.host === a.host ? { ...a, authed: a.authed || out.answeredBy.authed } : null;
    }
    if (v.self) out.self = true;
    if (v.items) for (const i of v.items) pushCarry(out, i);
    if (v.entries) for (const [, e] of v.entries) pushCarry(out, e);
  }
  out.keys = uniq(out.keys);
  out.secrets = uniq(out.secrets);
  out.producers = uniq(out.producers);
  return out;
}
function pushCarry(out: Val, v: Val): void {
  const c = carry(v);
  out.keys.push(...c.keys);
  out.secrets.push(...c.secrets);
  out.producers.push(...c.producers);
  if (c.origin && out.origin !== 'downloaded') out.origin = c.origin;
  if (c.self) out.self = true;
}

/** Text of a value for folding: the literal, or a `${…}` placeholder. */
export function textOf(v: Val | undefined, placeholder = 'x'): string {
  if (!v) return '${' + placeholder + '}';
  if (v.s !== undefined) return v.s;
  if (v.items) return v.items.map((i) => textOf(i, placeholder)).join(' ');
  return '${' + placeholder + '}';
}

/** Concatenation: text folds, carried keys merge. */
export function concat(vs: Val[], sep = ''): Val {
  const out = carry(...vs);
  out.s = vs.map((v, i) => textOf(v, 'v' + i)).join(sep);
  out.exact = vs.every((v) => v.exact);
  return out;
}

/** Integer arithmetic the translators fold when both sides are literal numbers (a key XORed into a byte table). */
const INT_OPS: Record<string, (a: number, b: number) => number> = {
  '^': (a, b) => a ^ b,
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '%': (a, b) => (b ? a % b : NaN),
  '//': (a, b) => (b ? Math.floor(a / b) : NaN),
  '&': (a, b) => a & b,
  '|': (a, b) => a | b,
  '<<': (a, b) => a << b,
  '>>': (a, b) => a >> b,
};

/** A literal integer's value: decimal, 0x hex, 0o/0 octal, 0b binary, or a one-character rune/char literal ('a'). */
export function intOf(v: Val | undefined): number | undefined {
  const s = v?.exact ? v.s : undefined;
  if (s === undefined) return undefined;
  if (/^-?(?:0[xX][0-9a-fA-F]+|\d+)$/.test(s)) return /^-?0\d/.test(s) ? parseInt(s, 8) : Number(s);
  if (/^0[oO][0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0[bB][01]+$/.test(s)) return parseInt(s.slice(2), 2);
  if (/^'(?:[^'\\]|\\.)'$/.test(s)) return s.length === 3 ? s.charCodeAt(1) : ({ n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39 } as Record<string, number>)[s[2]];
  return undefined;
}

/** `a OP b` of two literal integers, as a literal; undefined when either side is not one or the operator is not arithmetic. */
export function foldInt(op: string, a: Val, b: Val): Val | undefined {
  const x = intOf(a);
  const y = intOf(b);
  if (x === undefined || y === undefined || !(op in INT_OPS)) return undefined;
  const r = INT_OPS[op](x, y);
  return Number.isSafeInteger(r) ? lit(String(r)) : undefined;
}

/** A table of literal byte values (0-255) as the text those bytes spell, where every item is one. */
export function bytesText(items: readonly Val[] | undefined): string | undefined {
  if (!items?.length) return undefined;
  const codes = items.map(intOf);
  return codes.every((c): c is number => c !== undefined && c >= 0 && c <= 255) ? String.fromCharCode(...codes) : undefined;
}

/** Same value with extra carried data (a method call on it, a conversion). */
export function pass(v: Val, extra: Partial<Val> = {}): Val {
  return { ...carry(v), s: v.s, exact: v.exact, bin: v.bin, ...extra };
}

// ---- paths ----

/** Home-directory spellings across languages, folded to `~` so one path has one key. */
const HOME_SPELLINGS = /^(?:\$\{(?:HOME|USERPROFILE|env:USERPROFILE|env:HOME)\}|\$(?:HOME|env:USERPROFILE|env:HOME|HOME)\b|%USERPROFILE%|%HOMEPATH%|\$\{home\}|\$\{Path\.home\}|\$\{homedir\})/i;

/** Normalise a folded path: `~` for home, forward slashes, no doubled separators. */
export function normPath(p: string): string {
  let s = p.trim().replace(HOME_SPELLINGS, '~');
  s = s.replace(/\\+/g, '/').replace(/\/{2,}/g, '/');
  if (s.length > 1) s = s.replace(/\/$/, '');
  return s;
}

/** `os.path.join`, `Join-Path`, `File.join`: an absolute or home-relative part restarts the path. */
export function joinPaths(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.replace(/\\/g, '/');
    if (!p) continue;
    if (/^(?:\/|~|[A-Za-z]:\/|\$\{(?:HOME|USERPROFILE|home)\})/i.test(p) || !out) out = p;
    else out = out.replace(/\/+$/, '') + '/' + p.replace(/^\/+/, '');
  }
  return normPath(out);
}

export function fileKey(p: string): string {
  return 'file:' + foldTempDir(normPath(p));
}

/** The secret class of a folded path (placeholders of home folded to `~` first). */
export function secretOfPath(p: string | undefined): SecretClass | undefined {
  if (!p) return undefined;
  return classifySecretPath(normPath(p)) ?? classifySecretPath(p);
}

// ---- environment ----

/** Variables scripts use to build paths: reading them is not reading a secret or identifying the host. */
const PATH_BASE_ENV = /^(?:HOME|USERPROFILE|HOMEPATH|HOMEDRIVE|TEMP|TMP|TMPDIR|APPDATA|LOCALAPPDATA|PROGRAMDATA|PWD|SYSTEMROOT|WINDIR|PROGRAMFILES|XDG_\w+)$/i;

/** How an environment variable folds into text: home is `~`, the temp dir is `%TEMP%`, others a placeholder. */
const XDG_BASE: Record<string, string> = { XDG_CACHE_HOME: '~/.cache', XDG_CONFIG_HOME: '~/.config', XDG_DATA_HOME: '~/.local/share', XDG_STATE_HOME: '~/.local/state' };
export function envText(name: string): { text: string; pathBase: boolean } {
  if (/^(?:HOME|USERPROFILE)$/i.test(name)) return { text: '~', pathBase: true };
  if (/^(?:TEMP|TMP|TMPDIR)$/i.test(name)) return { text: '%TEMP%', pathBase: true };
  // (the XDG base directories, where they usually are: unset, and read with these as the fallback)
  const xdg = XDG_BASE[name];
  if (xdg) return { text: xdg, pathBase: true };
  return { text: '${' + name + '}', pathBase: PATH_BASE_ENV.test(name) };
}

/**
 * The domain a DNS lookup of `name` reveals data to, when it does: a fixed domain (two or more literal
 * labels at the end) under a label built from data. Resolving a plain host name is not a send.
 */
export function dnsExfilDomain(name: Val | undefined): string | undefined {
  if (!name) return undefined;
  // a placeholder is one label, whatever its expression holds (`${chunk.lower()}`, `${($s.Substring(0,60))}`)
  const labels = (name.s ?? '').replace(/\$\{[^{}]*\}/g, '${x}').split('.');
  let i = labels.length;
  while (i > 0 && labels[i - 1] && !/\$\{/.test(labels[i - 1])) i--;
  const fixed = labels.slice(i);
  const secrets = name.secrets.filter((c) => c !== 'host-identity').length > 0;
  // A name built wholly at run time (a zone decoded from a masked byte array) that carries a secret is still a query
  // whose labels hold it: to a zone the text does not show.
  if (fixed.length === 0 && labels.length >= 3 && secrets) return '<computed>';
  if (fixed.length < 2 || !fixed.every((l) => /^[a-z0-9-]+$/i.test(l))) return undefined;
  const dataLabels = i > 0;
  if (!dataLabels && !secrets) return undefined;
  return fixed.slice(-3).join('.');
}

// ---- hosts ----

/** Where a URL/host value points. Unknown text is a configured target; a fetched address is unknown. */
/** Headers (a dict's entries) whose Authorization credential is written out in the script. */
function signedWithLiteralToken(v: Val): boolean {
  return !!v.entries?.some(([k, x]) => /^authorization$/i.test(k) && x.exact === true && /^(?:bearer|token|bot)\s+[A-Za-z0-9._~+/=-]{20,}$/i.test(x.s ?? ''));
}

export function hostOfVal(v: Val | undefined): { host: string; hostClass: HostClass; url?: string } {
  if (!v || v.s === undefined || v.s === '') {
    // a URL the service answered an authenticated request with (an API's next page) points where that service says
    if (v?.origin === 'downloaded') return v.answeredBy?.authed ? { host: v.answeredBy.host, hostClass: v.answeredBy.hostClass } : { host: '<fetched>', hostClass: 'unknown' };
    if (v?.origin === 'decoded') return { host: '<decoded>', hostClass: 'unknown' };
    return { host: '<computed>', hostClass: 'configured' };
  }
  const s = v.s.trim();
  const { host, hostClass } = classifyHost(s);
  // a placeholder the program filled from data it decoded is no user's setting
  if (hostClass === 'configured' && v.origin === 'decoded') return { host: '<decoded>', hostClass: 'unknown' };
  return { host, hostClass, url: /^[a-z]+:\/\//i.test(s) ? s.slice(0, 200) : undefined };
}

// ---- decoding literal data ----

function b64ToBytes(s: string): Buffer | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length < 4 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(clean)) return undefined;
  return Buffer.from(clean.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function printable(text: string): boolean {
  if (!text) return false;
  let ok = 0;
  const n = Math.min(text.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || (c > 159 && c !== 0xfffd)) ok++;
  }
  return ok / n > 0.9;
}

export type Decoder = 'base64' | 'base32' | 'hex' | 'zlib' | 'gzip' | 'utf16' | 'rot13' | 'reverse';

/** Decode a literal; the result is text when printable, else bytes (latin1) for the next decoder. */
export function decodeLiteral(v: Val, how: Decoder): Val {
  const out = carry(v);
  out.origin = v.origin === 'downloaded' ? 'downloaded' : 'decoded';
  if (v.s === undefined || !v.exact) return out;
  let bytes: Buffer | undefined;
  try {
    const input = v.bin ? Buffer.from(v.s, 'latin1') : Buffer.from(v.s, 'utf8');
    switch (how) {
      case 'base64':
        bytes = b64ToBytes(v.bin ? input.toString('latin1') : v.s);
        break;
      case 'base32':
        bytes = base32(v.s);
        break;
      case 'hex': {
        const clean = v.s.replace(/^0x/i, '').replace(/[\s,:]|\\x/g, '');
        if (/^(?:[0-9a-f]{2})+$/i.test(clean)) bytes = Buffer.from(clean, 'hex');
        break;
      }
      case 'zlib':
        try {
          bytes = inflateSync(input);
        } catch {
          try {
            bytes = gunzipSync(input);
          } catch {
            bytes = inflateRawSync(input);
          }
        }
        break;
      case 'gzip':
        bytes = gunzipSync(input);
        break;
      case 'utf16': {
        const b = b64ToBytes(v.s);
        if (b) {
          const t = b.toString('utf16le');
          if (printable(t)) return { ...out, s: t, exact: true };
        }
        return out;
      }
      case 'rot13':
        return { ...out, s: decodeRot13(v.s), exact: true };
      case 'reverse':
        return { ...out, s: [...v.s].reverse().join(''), exact: true, origin: v.origin };
    }
  } catch {
    bytes = undefined;
  }
  if (!bytes || bytes.length === 0 || bytes.length > 4 * 1024 * 1024) return out;
  const text = bytes.toString('utf8');
  if (printable(text)) return { ...out, s: text, exact: true };
  return { ...out, s: bytes.toString('latin1'), exact: true, bin: true };
}

function base32(s: string): Buffer | undefined {
  const clean = s.replace(/=+$/, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(clean)) return undefined;
  const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let acc = 0;
  const out: number[] = [];
  for (const c of clean) {
    acc = (acc << 5) | alpha.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

// ---- effects ----

/** One line of evidence: collapsed whitespace, long opaque runs elided, bounded length. */
export function evidenceOf(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim().replace(/[A-Za-z0-9+/=_-]{48,}/g, (m) => m.slice(0, 12) + '…');
  return one.length > 140 ? one.slice(0, 137) + '…' : one;
}

/** Re-lowers decoded or embedded code in another (or the same) language; installed by ./index.ts. */
/** Lower code found inside a script into the same emitter; 'prose' is text the model reads (a tool's description). */
export type Relower = (lang: 'python' | 'powershell' | 'ruby' | 'go' | 'shell' | 'prose', text: string, em: Emitter, line: number) => Val;

/**
 * The other files of the same skill or package, for calls into a sibling module (a Python `from ._sync import
 * push_index`, Ruby `require_relative`, PowerShell dot-sourcing): installed by ./index.ts when the caller passes
 * the target's files to `lowerScript`.
 */
export interface ModuleHost {
  /** The text of the target's file at this target-relative path (undefined when there is none). */
  text(rel: string): string | undefined;
  /** Every target-relative path the host holds (a Go package is every .go file of a folder). */
  list?(): string[];
  /** A value computed once per target (all its scripts' lowerings share it): an index of the target's files. */
  memo?<T>(key: string, make: () => T): T;
  /** False when no file of the target has this folder name or file stem: no module path through it can resolve. */
  mayHold(segment: string): boolean;
  /**
   * Lower function `fn` of the sibling script `file` called with these arguments, its effects added to `caller`'s
   * (attributed to `file`, reached as the caller is), and return what it returns. Undefined when the file or the
   * function is not there, or the depth / call budget is spent (a cycle ends there).
   */
  call(lang: 'python' | 'powershell' | 'ruby' | 'go', file: string, fn: string, pos: Val[], kw: Map<string, Val>, caller: Emitter): Val | undefined;
}

/** A path named relative to a script's folder (`./lib/x.rb`, `$PSScriptRoot\\x.ps1`), as a target-relative path; undefined outside the target. */
export function siblingPath(fromFile: string, rel: string): string | undefined {
  const p = posix.normalize(posix.join(posix.dirname(fromFile), rel.replace(/\\/g, '/')));
  return p.startsWith('../') || p === '..' || p.startsWith('/') ? undefined : p;
}

/** A file that holds a script by its name. */
const SCRIPT_FILE = /\.(?:ps1|psm1|sh|bash|zsh|py|rb|js|cjs|mjs|command|bat|cmd|vbs)$/i;

/** command.ts's lowering of what a schedule or start-up file starts (registered there: it imports this module). */
let scheduledLowerer: ((em: Emitter, line: number, data: Val) => void) | undefined;
export function registerScheduledLowerer(fn: (em: Emitter, line: number, data: Val) => void): void {
  scheduledLowerer = fn;
}

/** Collects the effects of one script (and of code decoded out of it). */
export class Emitter {
  readonly effects: Effect[] = [];
  /** Sibling modules (cross-module calls); undefined when the script is lowered alone. */
  modules?: ModuleHost;
  /**
   * Appended to this emitter's `val:`/`var:` keys: a sibling module's function lowered for one caller keeps its
   * own variables, so they do not join the module's standalone lowering (file and secret keys stay shared).
   */
  keyTag = '';
  /** Lowering code that was decoded out of the file: every effect is marked `decoded`, lines pinned to the decoder. */
  decodedDepth = 0;
  pinnedLine?: number;
  /** `git remote add NAME URL` seen in this script: a later push to NAME goes to URL. */
  readonly gitRemotes = new Map<string, Val>();
  /**
   * Scripts this script writes whose text it holds (a here-string set into `tray.ps1`, a shebang file): a command
   * line that later runs one (`powershell -File …\tray.ps1` in a Run key, `bash ~/.cache/x/tick`) runs that text.
   */
  readonly writtenScripts = new Map<string, Val>();
  /**
   * The modules the Python code running a string (`exec(code)`) has imported, by the names it imported them as: the
   * string runs in that code's globals, so its `os.environ` is the os module's without an import of its own.
   */
  pythonGlobals?: ReadonlyMap<string, string>;
  private n = 0;
  constructor(
    readonly file: string,
    readonly lang: Lang,
    readonly reach: Reach,
    readonly relower: Relower,
  ) {}

  /** A fresh key for an expression's result. */
  freshKey(line: number): string {
    return `val:${line}.${++this.n}@${this.file}${this.keyTag}`;
  }

  varKey(name: string): string {
    return `var:${name}@${this.file}${this.keyTag}`;
  }

  /**
   * Emit an effect consuming what `inputs` carry. Returns the effect and a value standing for its result
   * (carrying a fresh key, and the inputs' secrets for data-transforming kinds).
   */
  emit(kind: EffectKind, line: number, evidence: string, args: Partial<Effect>, inputs: Val[] = [], produces: string[] = []): { effect: Effect; result: Val } {
    const c = carry(...inputs);
    const key = this.freshKey(line);
    const effect: Effect = {
      kind,
      file: this.file,
      line: this.pinnedLine ?? line,
      evidence: evidenceOf(evidence),
      lang: this.lang,
      reach: this.reach,
      ...args,
    };
    if (this.decodedDepth > 0) effect.decoded = true;
    const prod = uniq([key, ...produces, ...(effect.produces ?? [])]);
    effect.produces = prod;
    const consumes = uniq([...(effect.consumes ?? []), ...c.keys]);
    if (consumes.length) effect.consumes = consumes;
    const carries = uniq([...(effect.carries ?? []), ...c.secrets]);
    if (carries.length && kind !== 'read') effect.carries = carries;
    this.effects.push(effect);
    const passSecrets = kind === 'read' || kind === 'collect' || kind === 'archive' || kind === 'encode' || kind === 'fetch';
    const result = val({ keys: [key], producers: [effect], secrets: passSecrets ? uniq([...c.secrets, ...(effect.secret ? [effect.secret] : [])]) : [] });
    if (kind === 'fetch') result.origin = 'downloaded';
    if ((kind === 'fetch' || kind === 'send') && effect.host && (effect.hostClass === 'vendor' || effect.hostClass === 'registry')) result.answeredBy = { host: effect.host, hostClass: effect.hostClass, authed: !!effect.carries?.length || c.secrets.length > 0 };
    return { effect, result };
  }

  /** A read of a secret: produces `secret:<class>` as well. */
  read(line: number, evidence: string, secret: SecretClass, where: { path?: string }, inputs: Val[] = []): Val {
    const produces = [`secret:${secret}`];
    const { result } = this.emit('read', line, evidence, { secret, path: where.path }, inputs, produces);
    return result;
  }

  exec(line: number, evidence: string, command: Val, origin?: ExecOrigin): Effect {
    const o: ExecOrigin = origin ?? originOf(command);
    const text = command.s ?? (command.items ? textOf(command, 'arg') : evidence);
    // a command that runs a file consumes it: a download saved to /tmp/x then run links to this exec
    const files = command.s === undefined ? [] : scriptPathsIn(command.s).map(fileKey);
    return this.emit('exec', line, evidence, { command: evidenceOf(text), origin: o, consumes: files.length ? files : undefined }, [command]).effect;
  }

  /**
   * Bind what a value was made from to `key` as well: the effects that produced any of its keys produce `key` too (a
   * package-level variable filled in one call and read in another, lowered apart).
   */
  bindKeys(keys: readonly string[], key: string): void {
    if (!keys.length) return;
    const from = new Set(keys);
    for (const e of this.effects) if (e.produces?.some((k) => from.has(k)) && !e.produces.includes(key)) e.produces.push(key);
  }

  /** Bind the result of an expression to a variable: producers now also produce `var:<name>@<file>`. */
  bind(name: string, v: Val, key = this.varKey(name)): Val {
    for (const p of v.producers) {
      if (!p.produces) p.produces = [];
      if (!p.produces.includes(key)) p.produces.push(key);
    }
    return v;
  }

  // ---- effects every translator's library calls map to ----

  /** A file read: a read of a secret when the path names one (and the value does not already carry it). */
  readFile(p: Val, line: number, evidence: string, inputs: Val[] = [], keyed = p.s !== undefined): Val {
    const found = secretOfPath(p.s);
    const cls = found && !p.secrets.includes(found) ? found : undefined;
    const keys = keyed && p.s !== undefined ? [fileKey(p.s)] : [];
    if (cls) {
      const r = this.read(line, evidence, cls, { path: p.s }, [p, ...inputs]);
      return { ...r, keys: [...r.keys, ...keys] };
    }
    const c = carry(p, ...inputs);
    c.keys.push(...keys);
    return c;
  }

  /** A directory listing or walk: a collect of what it holds when the directory is a secret store. */
  listDir(p: Val, line: number, evidence: string): Val {
    const cls = secretOfPath(p.s);
    if (!cls) return { ...carry(p), s: p.s, obj: 'listing' };
    const r = this.read(line, evidence, cls, { path: p.s }, [p]);
    const { result } = this.emit('collect', line, evidence, { path: p.s }, [r]);
    return { ...result, s: p.s, obj: 'listing' };
  }

  /**
   * A file write, and persistence when the path is an autostart location or a shell rc file: what that file starts
   * (a plist's program, a unit's ExecStart, a crontab's lines) runs then, and is lowered as commands.
   */
  writeFile(p: Val, data: Val, line: number, evidence: string): Val {
    const path = p.path ?? p.s ?? '${computed}';
    const location = classifyWriteLocation(normPath(path));
    const { result } = this.emit('write', line, evidence, { location, path }, [data], [fileKey(path)]);
    if (data.s !== undefined && data.s.length <= 65536 && this.writtenScripts.size < 16 && (SCRIPT_FILE.test(path) || /^#!/.test(data.s))) this.writtenScripts.set(normPath(path), data);
    const found = persistenceOf(path) ?? persistenceOf(normPath(path)) ?? (location === 'shell-rc' ? 'shell-rc' : undefined);
    const mech = found && startupOf(found, data.s);
    // (a line that only sets a variable in a shell rc file, `export PATH="$HOME/.npm-global/bin:$PATH"`, starts nothing)
    if (mech && !startsNothing(mech, data.s)) this.startup(line, evidence, mech, path, data);
    // (a shell script written under the name of a program the user types with a password, `~/.local/…/bin/sudo`, runs
    // in that program's place once its folder leads PATH, as the emulator reads such a write: lowered as shell)
    if (data.s && /^#!\s*\S*\b(?:sh|bash|zsh|dash)\b/.test(data.s) && PLANTED_PROGRAM.test(normPath(path))) scheduledLowerer?.(this, line, data);
    // (a workflow written into a repository runs there: its steps are lowered as the workflow files' are)
    if (location === 'ci-workflow' && data.s && /\.ya?ml$/i.test(path))
      for (const c of configCommands(path, data.s)) for (const e of lowerConfigCommand(c, { file: this.file, firstLine: line, reach: this.reach, scope: this.file })) this.effects.push({ ...e, line, evidence: `in the workflow it writes: ${e.evidence}`.slice(0, 200) });
    // (the user's package sources pointed at a host that is no registry or vendor, a pip.conf's extra index: every
    // later install fetches from there and runs what it serves, as the shell lowering and the emulator read such a write)
    const redirect = data.s ? registryRedirect(redirectedRegistries(path, data.s, '')) : undefined;
    if (redirect) this.effects.push({ file: this.file, line, lang: this.lang, reach: this.reach, ...redirect, evidence: `points the user's package installs at ${redirect.host}: ${evidence}`.slice(0, 200) });
    // (a `.pth` file's `import` lines are Python, run at every start of the interpreter: lowered as Python)
    if (mech === 'python-startup' && /\.pth$/i.test(path) && data.s) {
      const code = data.s.split('\n').filter((l) => /^import[ \t]/.test(l)).join('\n');
      if (code) this.relower('python', code, this, line);
    }
    // Text written into the agent's memory or identity files, or a file an agent reads as instructions (AGENTS.md in a
    // repository), is read by the model from then on: it is instructions, as the emulator reads such a write
    // (emulate/lower.ts) and the shell lowering a redirect into one.
    if ((location === 'agent-memory' || INSTRUCTION_FILE.test(path)) && data.s)
      for (const x of writtenInstructions(data.s, { file: this.file, reach: this.reach }, path)) this.effects.push({ ...x, file: this.file, line, lang: this.lang, reach: this.reach });
    return result;
  }

  /** A start-up or schedule entry (`mechanism`) made at `path` to start `data`: what it starts runs then, lowered as commands. */
  startup(line: number, evidence: string, mechanism: PersistMechanism, path: string, data: Val): void {
    this.emit('persist', line, evidence, { mechanism, path }, [data]);
    scheduledLowerer?.(this, line, data);
  }

  /**
   * A delete: of the script itself (covering tracks), or recursive from a root or home, or of a folder of the user's
   * keys and credentials in the home (`~/.ssh`, `~/.gnupg`, `~/.aws`): destruction.
   */
  remove(p: Val, recursive: boolean, line: number, evidence: string): Val {
    if (p.self) return this.emit('self-delete', line, evidence, { path: p.s }, []).result;
    const s = p.s ? normPath(p.s) : '';
    const keys = keyFolderOf(s);
    if (recursive && (/^(?:\/|~|\/home|\/Users|\/etc|\/usr|\/var|[A-Za-z]:\/?|[A-Za-z]:\/(?:Windows|Users))(?:\/\*)?$/i.test(s) || keys)) {
      return this.emit('destroy', line, evidence, { path: s, ...(keys ? { secret: keys } : {}) }, []).result;
    }
    return val();
  }

  /** Data sent to `target`; `via` (the target value itself by default) joins the inputs. */
  send(target: Val, channel: NonNullable<Effect['channel']>, line: number, evidence: string, data: Val[], via: Val | undefined = target): Val {
    const t = hostOfVal(target);
    // An upload to a storage or messaging API signed with a token written into the script goes to the author's
    // account there, not the user's (as the shell translator reads `curl -H 'Authorization: Bearer …'`).
    // (and so does one to a storage address signed for uploads and written into the script: PRESIGNED_URL)
    const hostClass = t.hostClass === 'vendor' && (data.some(signedWithLiteralToken) || (target.exact !== false && PRESIGNED_URL.test(target.s ?? ''))) ? 'webhook' : t.hostClass;
    return this.emit('send', line, evidence, { host: t.host, hostClass, url: t.url, channel }, via ? [via, ...data] : data).result;
  }

  /** A download from `target`; a literal URL's response also produces `net:<url>`. */
  fetch(target: Val, line: number, evidence: string, inputs: Val[] = [], produces: string[] = []): Val {
    const t = hostOfVal(target);
    const net = target.s && target.exact ? ['net:' + target.s] : [];
    return this.emit('fetch', line, evidence, { host: t.host, hostClass: t.hostClass, url: t.url }, inputs, [...produces, ...net]).result;
  }

  /** A name resolved whose labels carry data (`<data>.attacker.tld`): a send over DNS. */
  dnsLookup(name: Val | undefined, line: number, evidence: string): Val {
    const domain = dnsExfilDomain(name);
    // a zone built at run time hides where the query goes: an unknown host, as a decoded address is
    if (domain === '<computed>') return this.send({ ...val(), origin: 'decoded' }, 'dns', line, evidence, [name!]);
    return domain ? this.send(lit(domain), 'dns', line, evidence, [name!]) : val();
  }
}

/** Paths a command line names (`python3 /tmp/x.py`, `./a.out`, `%TEMP%\\p.exe`, `~/.u.sh`). */
export function scriptPathsIn(cmd: string): string[] {
  const out: string[] = [];
  for (const m of cmd.matchAll(/(?:^|[\s"'=(])((?:\/|~\/|\.\.?\/|%TEMP%[\\/]|[A-Za-z]:\\)[^\s"'|;&)<>]+)/g)) {
    if (!/^\/dev\//.test(m[1]) && !/^\/(?:bin|usr\/bin|usr\/local\/bin)\/[\w.-]+$/.test(m[1])) out.push(m[1]);
    if (out.length >= 8) break;
  }
  return out;
}

export function originOf(v: Val): ExecOrigin {
  if (v.origin) return v.origin;
  return v.exact ? 'literal' : 'computed';
}

/** What a translator keeps for the calls it inlines: the current scope, how deep it is, one return list per call. */
export interface Frames {
  scope: Scope;
  depth: number;
  returns: Val[][];
}

/**
 * Inline one call: run `body` one level deeper with `scope` current, and return what the call returned (its
 * `return` values, then the value `body` yields: a Ruby or PowerShell body's last statement).
 */
export function inlineCall(t: Frames, scope: Scope, body: () => Val | undefined | void): Val[] {
  const saved = t.scope;
  t.scope = scope;
  t.depth++;
  t.returns.push([]);
  let last: Val | undefined | void;
  let rets: Val[] = [];
  try {
    last = body();
  } finally {
    t.depth--;
    t.scope = saved;
    rets = t.returns.pop() ?? [];
  }
  if (last) rets.push(last);
  return rets;
}

/** One value for what a call returned: all of it carried, the first text kept. */
export function mergeReturned(rets: Val[]): Val {
  if (rets.length === 1) return rets[0];
  // An object returned on some path (a `Path` here, `None` there): the object, the one whose path is known first
  // (`Path.home() / ".openclaw" / "workspace"` over `Path(os.environ.get(k))`), so what is opened through it is known.
  const objs = rets.filter((r) => r.obj !== undefined);
  const obj = objs.find((r) => r.path !== undefined && !r.path.includes('${')) ?? objs.find((r) => r.path !== undefined) ?? objs[0];
  return { ...carry(...rets), s: rets.find((r) => r.s !== undefined)?.s, ...(obj ? { obj: obj.obj, path: obj.path, host: obj.host, state: obj.state } : {}) };
}

/** How many distinct items of a literal list a loop's body is lowered for, one run each. */
export const MAX_LOOP_ITEMS = 24;

/**
 * What a loop over `it` binds, one lowering of the body each: every distinct item of a literal list (a
 * stealer walks a list of credential paths, and the one that matters is rarely the first), else the one
 * element value `element` makes of the collection. The translators' node budgets bound the repeated bodies.
 */
export function loopItems(it: Val, element: (it: Val) => Val): Val[] {
  const items = it.items;
  if (!items || items.length < 2) return [element(it)];
  const seen = new Set<string>();
  const out: Val[] = [];
  for (const item of items) {
    // (a row of a table of slices is known by its items)
    const k = item.s ?? item.items?.map((x) => x.s ?? '').join('\u0000') ?? '';
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
    if (out.length === MAX_LOOP_ITEMS) break;
  }
  return out;
}

/** A lexical scope: names to values, falling back to the enclosing scope. */
export class Scope {
  private vars = new Map<string, Val>();
  constructor(
    readonly parent?: Scope,
    private readonly fold: (name: string) => string = (n) => n,
  ) {}
  get(name: string): Val | undefined {
    const k = this.fold(name);
    return this.vars.get(k) ?? this.parent?.get(name);
  }
  set(name: string, v: Val): void {
    this.vars.set(this.fold(name), v);
  }
  has(name: string): boolean {
    return this.vars.has(this.fold(name));
  }
  /** This scope's own bindings (not its parent's). */
  entries(): IterableIterator<[string, Val]> {
    return this.vars.entries();
  }
}

/**
 * The value a variable reference yields: what was assigned (text, object) plus the variable's key, so a
 * consumer links to every producer bound to the name — also ones assigned later (flow-insensitive).
 */
export function refVal(em: Emitter, name: string, bound: Val | undefined): Val {
  const key = bound?.boundKey ?? em.varKey(name);
  if (!bound) return val({ keys: [key], s: '${' + name + '}' });
  // a name bound to a plain literal (`url = "https://…"`) carries no data worth linking
  const plain = bound.exact && !bound.keys.length && !bound.secrets.length && !bound.origin && !bound.self;
  const out: Val = { ...bound, keys: plain ? [] : uniq([key, ...bound.keys.filter((k) => !k.startsWith('val:'))]), producers: [] };
  return out;
}

/**
 * The conditional branches a translator's walk is inside (an `if`, `unless`, `case` or `switch`). An assignment there
 * may not run, so what it assigns joins what the variable held: `if not seed: seed = b"none"` leaves what was read
 * where the branch is not taken.
 */
export class Branches {
  private depth = 0;

  /** Walks `body`, inside one more branch when `conditional`. */
  within<T>(conditional: boolean, body: () => T): T {
    if (!conditional) return body();
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  /** What a variable holds after assigning `v` here, given what it held before. */
  assigned(old: Val | undefined, v: Val): Val {
    if (!this.depth || !old) return v;
    // (a text the branch replaces with one nobody knows, `val = "\n".join(cur)`, may still be the text: the branch
    // may not run, and the known one is what the code itself chose)
    const text = v.s === undefined && !v.obj && old.s !== undefined ? { s: old.s, exact: false } : {};
    if (!old.keys.length && !old.secrets.length) return { ...v, ...text };
    return { ...v, ...text, keys: [...new Set([...v.keys, ...old.keys])], secrets: [...new Set([...v.secrets, ...old.secrets])] };
  }
}

/** What a variable holds after `name = v`: the value without its producers (those now produce the var key). */
export function stored(em: Emitter, name: string, v: Val, key?: string): Val {
  em.bind(name, v, key);
  return { ...v, producers: [], boundKey: key };
}
/**
 * A parameter of one inlined call: bound under a key of that call alone (`var:params@x.py#3`), so what one call passes
 * (an API key for one host) is not what another call's body reads (a request to another host).
 */
let callFrames = 0;
export function storedParam(em: Emitter, name: string, v: Val): Val {
  return stored(em, name, v, `${em.varKey(name)}#${++callFrames}`);
}

/**
 * Lowering: a run's trace (what the fake Node recorded) becomes effects in the behaviour model's
 * vocabulary, with the classes decided by ../inspect/effects/classify.ts like every other translator.
 *
 * Data flow comes from canaries, not names: a read of a canary file or secret variable produces
 * `canary:<id>`; any later send, write or command whose payload holds that canary's value (plain, URL-,
 * hex- or base64-encoded) consumes it and carries its secret class. Files the run wrote produce
 * `file:<path>`, consumed by a command or load that uses them; fetched responses produce `net:<url>`,
 * consumed by what writes or evaluates the downloaded bytes.
 */
import { WALLET_ADDRESS } from './prelude/node.js';
import { USERS_OWN_HOOK, configuredEndpoints } from './persona.js';
import { PROMPT_HOOK } from './prelude/loader.js';
import { MAIL_ADDRESS_TEXT, TRUSTED_HOST_CLASSES, classifyHost, namedRepositoryOf, registrableLabel, pushedRepositoryOf, classifyEnvName, classifySecretPath, classifyWriteLocation, keyFolderOf, persistenceOf, PLANTED_PROGRAM, registryRedirect, startupOf, weakenedSettings } from '../inspect/effects/classify.js';
import type { Effect, ExecOrigin, HostClass, LocationClass, Reach, SecretClass } from '../inspect/effects/types.js';
import type { Canary, CanarySet, Persona } from './canaries.js';
import type { SandboxConfig } from './persona.js';
import type { TraceEvent } from './sandbox.js';
import { decodeBase64, findEncodedBlobs, MAX_DECODE_DEPTH, MAX_DECODED_BYTES_PER_FILE } from '../inspect/analyzers/decode.js';
import { JS_LINE_STRINGS } from '../inspect/analyzers/patterns.js';
import { INSTRUCTION_TEXT, lowerProse, writtenInstructions } from '../inspect/effects/prose.js';
import { configCommands, hostsRemapped, isToolConfig, redirectedRegistries, scheduledCommands, scheduledPrompts } from '../inspect/effects/tool-configs.js';
import { foldTempDir, lowerConfigCommand, lowerShell, splitTop, tokenize } from '../inspect/effects/shell.js';

/** An editor's user or folder settings (VS Code and its forks). */
const EDITOR_SETTINGS = /(?:(?:Code|Code - Insiders|VSCodium|Cursor|Windsurf)[\\/]+User|\.vscode)[\\/]+settings\.json$/i;
/** A repository's CI pipeline files (GitHub Actions, GitLab CI, CircleCI). */
const CI_WORKFLOW = /(?:^|\/)(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml)$/i;

/** A file's linker key, spelled as the static lowerings spell it (the temporary directory folded). */
const fileKeyOf = (p: string): string => `file:${foldTempDir(p)}`;

/** A package manager's install told where to fetch from: npm's (pnpm's, yarn's, bun's) `--registry`, pip's index. */
const INSTALL_SOURCE = /\b(?:npm|pnpm|yarn|bun|npx)\b[^\n|;&]*?\s--registry[=\s]+(\S+)|\b(?:pip3?|uv\s+pip)\b[^\n|;&]*?\s(?:--index-url|-i|--extra-index-url)[=\s]+(\S+)/;

/** What the lowering knows about the package's source text (to tell literal strings from decoded ones). */

export interface SourceIndex {
  texts: string[];
  /** Every identifier-like word (4+ characters, lower-cased) of `texts`: built on first use, which most runs never reach. */
  readonly words: Set<string>;
  files: Set<string>;
}

export function indexSources(files: Map<string, string>): SourceIndex {
  const texts: string[] = [];
  let budget = 8_000_000;
  for (const [, text] of files) {
    if (budget <= 0) break;
    const t = text.length > budget ? text.slice(0, budget) : text;
    budget -= t.length;
    texts.push(t);
  }
  let words: Set<string> | undefined;
  return {
    texts,
    files: new Set(files.keys()),
    // Splitting megabytes of source into words cost ~0.1 s a package, for the few strings that reach the
    // word test in isDecoded (one not found verbatim in the source).
    get words() {
      if (!words) {
        words = new Set<string>();
        for (const t of texts) for (const w of t.match(/[A-Za-z_][A-Za-z0-9_]{3,}/g) ?? []) words.add(w.toLowerCase());
      }
      return words;
    },
  };
}

interface Matcher {
  id: string;
  variants: string[];
  /** The value's bytes (its first value), for the XOR test (xoredIn). */
  plain: Buffer;
  /** A value cut in two (its first and last 16 characters, for values of 40 or more): both halves sent is the value. */
  halves: Array<[string, string]>;
}

function base32(buf: Buffer): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let val = 0;
  let out = '';
  for (const b of buf) {
    val = ((val << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += A[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + A[(val << (5 - bits)) & 31] : out;
}

/** Every encoding of a canary value a payload might hold it in. */
function variantsOf(value: string): string[] {
  const out = new Set<string>([value]);
  // (and the value written backwards: a "fingerprint" that reverses a token and base64s it hides nothing, since
  // findCanaries looks into a payload's decoded layers too)
  if (value.length >= 16) out.add([...value].reverse().join(''));
  const enc = encodeURIComponent(value);
  out.add(enc);
  out.add(value.replace(/ /g, '+'));
  const buf = Buffer.from(value, 'utf8');
  out.add(buf.toString('hex'));
  out.add(buf.toString('hex').toUpperCase());
  // base32 (RFC 4648, either case: DNS labels carry it), the part independent of what precedes and follows
  for (let a = 0; a < 5; a++) {
    const b32 = base32(Buffer.concat([Buffer.alloc(a), buf]));
    const core = b32.slice(a ? 8 : 0, -8);
    if (core.length >= 12) {
      out.add(core);
      out.add(core.toLowerCase());
    }
  }
  for (let a = 0; a < 3; a++) {
    // the part of base64(prefix + value) that does not depend on the prefix or what follows
    const b64 = Buffer.concat([Buffer.alloc(a), buf]).toString('base64');
    const core = b64.slice(a ? 4 : 0, -4);
    if (core.length >= 12) {
      out.add(core);
      out.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
      out.add(encodeURIComponent(core));
      // (lower-cased, as a DNS label carries it: case is lost there)
      if (core.length >= 24) out.add(core.replace(/\+/g, '-').replace(/\//g, '_').toLowerCase());
    }
  }
  return [...out];
}

export function canaryMatchers(set: CanarySet): Matcher[] {
  return set.list.map((c) => ({ id: c.id, variants: c.values.flatMap(variantsOf), plain: Buffer.from(c.values[0] ?? '', 'utf8'), halves: c.values.filter((v) => v.length >= 40).map((v) => [v.slice(0, 16), v.slice(-16)] as [string, string]) }));
}

export function findCanaries(text: string, matchers: Matcher[]): string[] {
  if (!text) return [];
  const hits: string[] = [];
  for (const m of matchers) if (m.variants.some((v) => text.includes(v))) hits.push(m.id);
  // (a secret split over two headers or fields, `k.substring(0, 24)` and `k.substring(24)`: both its ends are there)
  for (const m of matchers) if (!hits.includes(m.id) && m.halves.some(([a, b]) => text.includes(a) && text.includes(b))) hits.push(m.id);
  if (hits.length < matchers.length)
    for (const layer of encodedLayers(text)) for (const m of matchers) if (!hits.includes(m.id) && m.variants.some((v) => layer.includes(v))) hits.push(m.id);
  // Bytes no text decodes to (a cipher's output, base64 or hex): a canary there under a short repeating XOR key.
  if (hits.length < matchers.length)
    for (const bytes of opaqueRuns(text)) for (const m of matchers) if (!hits.includes(m.id) && xoredIn(bytes, m.plain)) hits.push(m.id);
  // Base64 wrapped into lines (MIME's 76 characters, PEM's 64): a canary's encoded form spans the breaks.
  // (and lines folded as iCalendar and mail headers fold them, a line break and a space or tab: one line again)
  const joined = hits.length < matchers.length && text.includes('\n') ? text.replace(WRAPPED_BASE64, '$1').replace(/\r?\n[ \t]/g, '') : text;
  if (joined !== text) for (const id of findCanaries(joined, matchers)) if (!hits.includes(id)) hits.push(id);
  return hits;
}
// (from a run's start only: tried inside a long unbroken run, each start would scan to its end, quadratic in it)
const WRAPPED_BASE64 = /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{40,})\r?\n(?=[A-Za-z0-9+/])/g;

/**
 * The long base64, base64url and hex runs of a payload whose bytes are not text: what a cipher (a fixed-key XOR)
 * leaves. At most 8 runs, each its first 16,384 characters.
 */
function opaqueRuns(text: string): Buffer[] {
  if (text.length < 32) return [];
  // (kept with the last payload's encoded layers: a send is asked about more than once)
  if (lastPayload?.text === text && lastPayload.opaque) return lastPayload.opaque;
  const out: Buffer[] = [];
  for (const m of text.matchAll(/(?:[0-9a-fA-F]{2}){16,}|[A-Za-z0-9+/_-]{32,}={0,2}/g)) {
    const run = m[0].slice(0, 16384);
    const bytes = /^(?:[0-9a-fA-F]{2})+$/.test(run) ? Buffer.from(run, 'hex') : Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    let printable = 0;
    for (const b of bytes) if ((b >= 32 && b < 127) || b === 10 || b === 13 || b === 9) printable++;
    if (bytes.length >= 16 && printable < bytes.length * 0.9) out.push(bytes);
    if (out.length === 8) break;
  }
  if (lastPayload?.text !== text) lastPayload = { text };
  lastPayload.opaque = out;
  return out;
}

/**
 * Whether `value` lies in `bytes` XORed with a repeating key of at most 16 bytes, or with a key that steps by one
 * amount per byte: a known-plaintext test (the key the value's first bytes give repeats, or keeps its step, over the
 * rest). A random canary of 24 bytes or more matches by chance less than once in 2^64 places.
 */
function xoredIn(bytes: Buffer, value: Buffer): boolean {
  const n = Math.min(value.length, 32);
  if (n < 24) return false;
  for (let j = 0; j + n <= bytes.length; j++) {
    for (let d = 1; d <= 16; d++) {
      let i = d;
      while (i < n && (bytes[j + i]! ^ value[i]!) === (bytes[j + i - d]! ^ value[i - d]!)) i++;
      if (i === n) return true;
    }
    // (or a key that steps by the same amount at each byte, `b ^ (k + i)`: the key's differences are one number)
    const step = ((bytes[j + 1]! ^ value[1]!) - (bytes[j]! ^ value[0]!)) & 255;
    let i = 2;
    while (i < n && (((bytes[j + i]! ^ value[i]!) - (bytes[j + i - 1]! ^ value[i - 1]!)) & 255) === step) i++;
    if (i === n) return true;
  }
  return false;
}

/**
 * What a payload holds under encodings a canary's variants do not spell (base64 of base64 of JSON, hex of base64):
 * the decoders' long runs (../inspect/analyzers/decode.ts), decoded again down to their depth and byte budget. The
 * last payload's layers are kept (with its opaque runs): a send is asked about once per matcher set and again for its evidence.
 */
let lastPayload: { text: string; layers?: string[]; opaque?: Buffer[] } | undefined;
function encodedLayers(text: string): string[] {
  if (text.length < 40) return [];
  if (lastPayload?.text === text && lastPayload.layers) return lastPayload.layers;
  const layers: string[] = [];
  const budget = { bytes: MAX_DECODED_BYTES_PER_FILE };
  let level = [text];
  for (let depth = 0; depth < MAX_DECODE_DEPTH && level.length > 0; depth++) {
    level = level.flatMap((t) => findEncodedBlobs(t, budget).map((b) => b.decoded));
    layers.push(...level);
  }
  if (lastPayload?.text !== text) lastPayload = { text };
  lastPayload.layers = layers;
  return layers;
}

/** Replace every canary value (and its encoded forms) by `<canary:id>`: evidence never carries a secret. */
export function redact(s: string, set: CanarySet, matchers?: Matcher[]): string {
  let out = s;
  for (const c of set.list) for (const v of c.values) if (out.includes(v)) out = out.split(v).join(`<canary:${c.id}>`);
  for (const m of matchers ?? []) for (const v of m.variants) if (v.length >= 12 && out.includes(v)) out = out.split(v).join(`<canary:${m.id}>`);
  return out;
}

/** Is `s` a string the package's source does not show: built at run time by a decoder? */
export function isDecoded(s: string, src: SourceIndex, cfg: SandboxConfig, set: CanarySet): boolean {
  let t = s;
  for (const c of set.list) for (const v of c.values) t = t.split(v).join(' ');
  t = t.split(set.argPlain).join(' ');
  for (const p of [cfg.root, cfg.home, cfg.tmp]) t = t.split(p).join(' ');
  t = t.split(set.respMark).join(' ').trim();
  if (t.length < 4) return false;
  if (src.texts.some((x) => x.includes(t))) return false;
  const words = [...new Set((t.match(/[A-Za-z_][A-Za-z0-9_]{3,}/g) ?? []).map((w) => w.toLowerCase()))].slice(0, 80);
  if (!words.length) return t.length >= 8;
  const missing = words.filter((w) => !src.words.has(w));
  return missing.length > 0 && missing.length / words.length >= 0.25;
}

/**
 * Whether an openclaw.json a run wrote differs from the one it found only in the plugin's own `plugins.entries` item
 * (`plugins.entries["openclaw-mem0"].config.apiKey` after a login). Text that does not parse (cut short, not JSON) is
 * not known to be that.
 */
export function changesOnlyOwnEntry(written: string, original: string | undefined, ownIds: readonly string[]): boolean {
  if (!original) return false;
  let a: unknown;
  let b: unknown;
  try {
    a = JSON.parse(written);
    b = JSON.parse(original);
  } catch {
    return false;
  }
  const strip = (c: unknown): string => {
    if (!c || typeof c !== 'object' || Array.isArray(c)) return JSON.stringify(c);
    const copy = JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
    const plugins = copy.plugins as Record<string, unknown> | undefined;
    const entries = plugins?.entries as Record<string, unknown> | undefined;
    if (entries) for (const id of ownIds) if (id) delete entries[id];
    if (entries && !Object.keys(entries).length) delete plugins!.entries;
    const sorted = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : Array.isArray(v) ? v.map(sorted) : v);
    return JSON.stringify(sorted(copy));
  };
  return strip(a) === strip(b);
}

/**
 * What a tool-call hook chained onto the command the agent asked for (`npm install x && (curl … | sh >/dev/null 2>&1 &)`)
 * when it runs out of the agent's sight: its output discarded, or in the background. The agent sees its own command
 * succeed; what was added is hidden from it and from the user. A hook that rewrites a command in place (a prefix, a
 * flag) or chains a command whose output the agent reads (`&& npm audit`) adds nothing hidden.
 */
export function hiddenAddition(returned: string, handed: readonly string[]): string | undefined {
  // the longest first: a chain the hook was handed is found whole, not as one of its commands
  for (const h of [...handed].sort((a, b) => b.length - a.length)) {
    const at = returned.indexOf(h);
    if (at < 0) continue;
    const added = `${returned.slice(0, at)} ${returned.slice(at + h.length)}`.trim();
    if (!added || !/^(?:[;&|]|.*[;&|]\s*$)/.test(added)) continue;
    if (/>\s*\/dev\/null|>\s*nul\b|2>&1|&\s*\)?\s*$|\b(?:nohup|setsid|disown)\b|Start-Process\b[^|;]*-WindowStyle\s+Hidden/i.test(added)) return added;
    return undefined;
  }
  return undefined;
}

/**
 * Code that can act on nothing: no name it could reach the process, the network, modules or other code through
 * (require, process, import, globals, Function and eval, constructors and prototypes, timers, Reflect, `this`), in
 * its text or its strings, no call handed a module's name or chained on a call's result, and no property looked up
 * by anything but a quoted name or a number (a name assembled from pieces is how such names hide). A template compiled to a function is such code; a payload is not.
 */
const REACHES = /\b(?:require|process|import|globalThis|global|window|self|document|Function|eval|constructor|prototype|__proto__|fetch|XMLHttpRequest|WebSocket|Buffer|module|exports|Reflect|Proxy|setTimeout|setInterval|setImmediate|queueMicrotask|atob|btoa|fromCharCode|fromCodePoint|Symbol|arguments|this|call|apply|bind|with|async|await|yield|class|new|Object|Array|Promise|Worker|Deno|Bun|unescape|decodeURI|decodeURIComponent)\b|\\[ux]/;
const COMPUTED_KEY = /\[(?!\s*(?:"[^"\\\n]*"|'[^'\\\n]*'|\d+)\s*\])/;
/** A call handed a bare module-like name (`r("https")`, a require passed in under another name), or a method of a call's result. */
const LOADS_OR_CHAINS = /\b\w+\s*\(\s*["'`](?:node:)?[a-z_@][\w/@.-]*["'`]\s*\)|\)\s*\.\s*\w+\s*\(/;
export function inertCode(code: string): boolean {
  // (readable code that returns something: bytes a cipher gave back under a key the emulator did not have are no template)
  return code.length <= 4000 && /\breturn\b/.test(code) && !/[\0-\x08\x0e-\x1f\x7f\ufffd]/.test(code) && !REACHES.test(code) && !LOADS_OR_CHAINS.test(code) && !COMPUTED_KEY.test(code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (m) => (m.includes('[') ? m.replace(/\[/g, ' ') : m)));
}

function hostOfSafe(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const FRAME = /\(([^()]*?):(\d+)(?::\d+)?\)\s*$|at ([^\s()]+):(\d+)(?::\d+)?\s*$/;

/** The innermost stack frame that is one of the package's files. */
function locate(st: unknown, src: SourceIndex, fallback: string): { file: string; line: number } {
  if (typeof st === 'string') {
    for (const line of st.split('\n')) {
      const m = FRAME.exec(line);
      if (!m) continue;
      const file = m[1] ?? m[3];
      if (src.files.has(file)) return { file, line: Math.max(1, Number(m[2] ?? m[4]) || 1) };
    }
  }
  return { file: fallback, line: 1 };
}

/**
 * A Docker Engine API create request (`POST /containers/create`) whose container can act on the host: one of the host's
 * system folders bind-mounted (`/:/h`, `/root:/r`, `/etc:/e`), or privileged. Its command as a shell script, with the
 * mounts' container paths turned back into the host's (`/h/root/.ssh` is `/root/.ssh`).
 */
function hostContainer(body: string): { why: string; script?: string } | undefined {
  let spec: { Cmd?: unknown; Entrypoint?: unknown; HostConfig?: { Binds?: unknown; Privileged?: unknown; Mounts?: unknown } };
  try {
    spec = JSON.parse(body) as typeof spec;
  } catch {
    return undefined;
  }
  if (!spec || typeof spec !== 'object') return undefined;
  const binds = (Array.isArray(spec.HostConfig?.Binds) ? spec.HostConfig!.Binds : []).filter((b): b is string => typeof b === 'string').map((b) => b.split(':')).map(([from, to]) => [from ?? '', to ?? ''] as const);
  const mounts = (Array.isArray(spec.HostConfig?.Mounts) ? spec.HostConfig!.Mounts : []).flatMap((m) => (m && typeof m === 'object' && typeof (m as { Source?: unknown }).Source === 'string' && typeof (m as { Target?: unknown }).Target === 'string' ? [[(m as { Source: string }).Source, (m as { Target: string }).Target] as const] : []));
  const hostDirs = [...binds, ...mounts].filter(([from, to]) => /^\/(?:$|root|etc|home|Users|var|usr|boot)(?:\/|$)/.test(from) && to.startsWith('/'));
  const privileged = spec.HostConfig?.Privileged === true;
  if (!hostDirs.length && !privileged) return undefined;
  const cmd = [...(Array.isArray(spec.Entrypoint) ? spec.Entrypoint : []), ...(Array.isArray(spec.Cmd) ? spec.Cmd : [])].map(String);
  const shellAt = cmd.findIndex((w, i) => /(?:^|\/)(?:ba|da|a)?sh$/.test(w) && cmd[i + 1] === '-c');
  let script = shellAt >= 0 ? cmd[shellAt + 2] : cmd.length ? cmd.join(' ') : undefined;
  // (the longest mount point first: `/h/etc` before `/h`)
  for (const [from, to] of [...hostDirs].sort((a, b) => b[1].length - a[1].length))
    script = script?.split(new RegExp(String.raw`(?<![\w.-])${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\/$/, '')}(?=/|\s|$|['"])`, 'g')).join(from === '/' ? '' : from.replace(/\/$/, ''));
  return { why: `${hostDirs.length ? `with the host's ${hostDirs.map(([f]) => f).join(', ')} mounted` : ''}${hostDirs.length && privileged ? ' and ' : ''}${privileged ? 'privileged' : ''}`, ...(script ? { script } : {}) };
}

export interface LowerContext {
  cfg: SandboxConfig;
  persona: Persona;
  reach: Reach;
  canaries: CanarySet;
  matchers: Matcher[];
  src: SourceIndex;
}

const q = (s: string, n = 140): string => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);



/** Words before a server's answer that tell the model to act on it ("notes from the maintainers (apply them):"). */
const ACT_ON_WHAT_FOLLOWS = /\b(?:apply|follow|obey|execute|carry\s+out|act\s+on|comply\s+with|do\s+as)\b/i;

/** Whether `mark` is in the program a command line runs: its first word, or the script a shell is handed (`sh -c "…"`). */
function namesProgram(cmd: string, mark: string): boolean {
  const words = cmd.trim().split(/\s+/);
  if ((words[0] ?? '').includes(mark)) return true;
  if (!/(?:^|[\\/])(?:(?:ba|da|z)?sh|powershell(?:\.exe)?|pwsh|cmd(?:\.exe)?)$/i.test(words[0] ?? '')) return false;
  const i = words.findIndex((w) => /^(?:-c|\/c|-Command|-EncodedCommand|-e)$/i.test(w));
  return i > 0 && (words[i + 1] ?? '').replace(/^["']/, '').startsWith(mark);
}

/** A body's recipients: an iCalendar ATTENDEE, a mail header, a JSON recipient field. */
const ADDRESSED = new RegExp(String.raw`\bATTENDEE[^:\r\n]*:mailto:(${MAIL_ADDRESS_TEXT})|^(?:To|Cc|Bcc):[^\r\n]*?(${MAIL_ADDRESS_TEXT})|"(?:to|cc|bcc|recipients?|attendees?|invitees?|email)"\s*:\s*\[?\s*(?:\{[^}]*?"email"\s*:\s*)?"(${MAIL_ADDRESS_TEXT})"`, 'gim');

/** The addresses a body sends a message or an invitation to (iCalendar ATTENDEE, mail headers, JSON recipient fields), save the supplied. */
function addedRecipients(body: string, supplied: (address: string) => boolean): string[] {
  const out = new Set<string>();
  for (const m of body.matchAll(ADDRESSED)) {
    const a = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    if (a && !supplied(a)) out.add(a);
    if (out.size >= 4) break;
  }
  return [...out];
}

/** A chat's id or a number as messaging services write them: a Telegram chat (`-1002219384756`), a phone number, a handle, a Discord or Slack id. */
const CHAT_ID = /^(?:(?:user|channel|chat|group|dm):)?(?:-?\d{6,20}|\+\d{7,15}|@[\w.]{3,32}|[CDGU][A-Z0-9]{8,12})$/;

/** Every string of a settings object, to depth 4. */
function stringsOf(v: unknown, depth = 0, out: string[] = []): string[] {
  if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
  else if (v && typeof v === 'object' && depth < 4) for (const x of Object.values(v)) stringsOf(x, depth + 1, out);
  return out;
}

/** The host of the origin the emulated user's repositories have (prelude/node.ts answers `git remote get-url origin`). */
const USER_ORIGIN_HOST = 'github.com';
/** Whose they are there (prelude/node.ts answers `dev/team-dashboard`; the persona's user is `dev`). */
const USER_ORIGIN_OWNER = 'dev';

/** Existing files overwritten with one content, one of them outside the package: a wipe. */
const WIPE_FILES = 3;

/** Lower one run's trace into effects (sources first, deduplicated). */
export function lowerTrace(events: TraceEvent[], lc: LowerContext): Effect[] {
  const { cfg, persona, canaries, src } = lc;
  const out: Effect[] = [];
  const seen = new Set<string>();
  const produced = new Set<string>();
  const written = new Map<string, { dl: boolean; decoded: boolean; script?: string; keys?: string[] }>();
  // Git repositories the run works in (by directory): what `git add`/`commit` took from the files written there, and
  // the remotes `git remote add` named. A push sends what was committed.
  const gitRepos = new Map<string, { keys: Set<string>; carries: Set<SecretClass>; remotes: Map<string, string>; mirrors: Set<string> }>();
  /**
   * The secrets the run wrote into files under `dir` (the process's working directory when none is named): what a
   * commit or a package published from there carries. What a caller handed in (an argument canary) is the function's
   * to publish; the secrets it read are not.
   */
  const secretsWrittenUnder = (dir: string, into: { keys: Set<string>; carries: Set<SecretClass> }): void => {
    const under = `${dir.replace(/[\\/]+$/, '').replace(/\\/g, '/')}/`;
    for (const [p, w] of written)
      if (w.keys && p.replace(/\\/g, '/').startsWith(under))
        for (const k of w.keys) {
          const c = k.startsWith('canary:arg-') ? undefined : canary(k.slice(7));
          if (c) (into.keys.add(k), into.carries.add(c.secret));
        }
  };
  /** The user's own files under `dir` (the agent's memory in a workspace repository): what a commit there takes. */
  const userFilesUnder = (dir: string, into: { keys: Set<string>; carries: Set<SecretClass> }): void => {
    const under = `${dir.replace(/[\\/]+$/, '').replace(/\\/g, '/')}/`;
    for (const f of canaries.files[persona]) {
      const c = f.id ? canary(f.id) : undefined;
      if (c && !f.path.startsWith('/') && `~/${f.path}`.startsWith(under)) (into.keys.add(`canary:${f.id}`), into.carries.add(c.secret));
    }
  };
  /**
   * One git command run in `cwd` (or `-C dir`): records what it adds and the remotes it names; a push returns what it
   * sends where. What the command itself takes in (`taken`: its standard input, its message) goes into the repository
   * when it writes objects (`hash-object -w`, `commit-tree`, `commit -m`, `notes`, `tag`).
   */
  const gitStep = (cmd: string, cwd: string, taken: Iterable<string>): { dir: string; url: string; keys: Set<string>; carries: Set<SecretClass>; added?: boolean } | undefined => {
    const words = tokenize(cmd);
    if ((words[0] ?? '').replace(/^.*[\\/]/, '').replace(/\.exe$/i, '') !== 'git') return undefined;
    let dir = cwd;
    let i = 1;
    for (; i < words.length && words[i].startsWith('-'); i++) {
      if (words[i] === '-C' && words[i + 1]) dir = display(words[++i]);
      else if (words[i] === '-c') i++;
    }
    const [verb, ...rest] = words.slice(i);
    const repo = gitRepos.get(dir) ?? { keys: new Set<string>(), carries: new Set<SecretClass>(), remotes: new Map<string, string>(), mirrors: new Set<string>() };
    gitRepos.set(dir, repo);
    const args = rest.filter((a) => !a.startsWith('-'));
    // A remote set to push every ref (`remote.X.push +refs/*:refs/*`, `remote.X.mirror true`) at another host than the
    // user's own: the whole repository goes there at its next push (a hook the run installs may make it)
    const mirrorOf = verb === 'config' && args.length >= 2 && /^remote\.[\w.-]+\.(?:push|mirror)$/i.test(args[args.length - 2] ?? '') && /^\+?refs\/(?:heads\/)?\*|^true$/i.test(args[args.length - 1] ?? '') ? args[args.length - 2].split('.').slice(1, -1).join('.') : undefined;
    if (mirrorOf) repo.mirrors.add(mirrorOf);
    /** A destination added beside the user's own remote (another host): what the repository holds goes there at its next push. */
    const addedPush = (url: string | undefined): { dir: string; url: string; keys: Set<string>; carries: Set<SecretClass>; added: boolean } | undefined => {
      if (!url || !dir || hostOfSafe(url.replace(/^[\w.-]+@([\w.-]+):/, 'ssh://$1/')) === USER_ORIGIN_HOST) return undefined;
      userFilesUnder(dir, repo);
      secretsWrittenUnder(dir, repo);
      return repo.keys.size ? { dir, url, keys: repo.keys, carries: repo.carries, added: true } : undefined;
    };
    if (verb === 'remote' && args[0] === 'add' && args[1] && args[2]) {
      repo.remotes.set(args[1], args[2]);
      if (rest.some((a) => /^--mirror(?:=push)?$/.test(a))) repo.mirrors.add(args[1]);
      if (repo.mirrors.has(args[1])) return addedPush(args[2]);
    }
    // `git remote set-url [--add] [--push] origin URL`, `git config [--add] remote.origin.pushurl URL`: a push to
    // origin goes (also) there
    else if ((verb === 'remote' && args[0] === 'set-url' && args[1] && args[2]) || (verb === 'config' && args.length >= 2 && /^remote\.[\w.-]+\.(?:push)?url$/i.test(args[args.length - 2] ?? ''))) {
      const [name, url] = verb === 'remote' ? [args[1], args[2]] : [args[args.length - 2].split('.').slice(1, -1).join('.'), args[args.length - 1]];
      repo.remotes.set(name, url);
      // A push URL added beside the remote the user has (another host than its own): every later push of this
      // repository, the user's too, also goes there, with what the repository holds.
      if (rest.includes('--push') || /pushurl$/i.test(args[args.length - 2] ?? '') || repo.mirrors.has(name)) {
        const pushed = addedPush(url);
        if (pushed) return pushed;
      }
    }
    // `git clone URL [DIR]`: the clone's origin is URL (a later push from DIR goes there)
    else if (verb === 'clone' && args.some((a) => /:\/\/|^[\w.-]+@[\w.-]+:/.test(a))) {
      const at = args.findIndex((a) => /:\/\/|^[\w.-]+@[\w.-]+:/.test(a));
      const [url, to] = [args[at], args[at + 1]];
      const into = to ? (/^(?:[\\/]|~|[A-Za-z]:)/.test(to) ? display(to) : `${dir}/${to}`) : `${dir}/${(url.split(/[\\/:]/).pop() ?? '').replace(/\.git$/, '')}`;
      const cloned = gitRepos.get(into) ?? { keys: new Set<string>(), carries: new Set<SecretClass>(), remotes: new Map<string, string>(), mirrors: new Set<string>() };
      cloned.remotes.set('origin', url);
      gitRepos.set(into, cloned);
    }
    else if (mirrorOf) {
      const pushed = addedPush(repo.remotes.get(mirrorOf));
      if (pushed) return pushed;
    }
    else if ((verb === 'add' || verb === 'commit') && dir) {
      secretsWrittenUnder(dir, repo);
      userFilesUnder(dir, repo);
    }
    if (/^(?:hash-object|commit|commit-tree|notes|tag)$/.test(verb ?? '') && (verb !== 'hash-object' || rest.includes('-w'))) {
      for (const k of taken) {
        const c = k.startsWith('canary:') && !k.startsWith('canary:arg-') ? canary(k.slice(7)) : undefined;
        if (c) (repo.keys.add(k), repo.carries.add(c.secret));
      }
    }
    else if (verb === 'push') {
      const url = args.find((a) => /:\/\/|^[\w.-]+@[\w.-]+:/.test(a)) ?? repo.remotes.get(args[0] ?? 'origin');
      if (url && repo.keys.size) return { dir, url, keys: repo.keys, carries: repo.carries };
    }
    return undefined;
  };
  /** `npm publish [dir]` run in `cwd`: the secrets the run wrote into the package directory, published to the registry. */
  const publishStep = (cmd: string, cwd: string, envRegistry: string): { dir: string; registry: string; keys: Set<string>; carries: Set<SecretClass> } | undefined => {
    const words = tokenize(cmd);
    const prog = (words[0] ?? '').replace(/^.*[\\/]/, '').replace(/\.(?:cmd|exe)$/i, '');
    // the words that are not options or their values (`--access public`, `--tag next`); the registry it goes to
    const rest: string[] = [];
    let registry = envRegistry;
    const after = words.slice(prog === 'yarn' && words[1] === 'npm' ? 2 : 1);
    for (let i = 0; i < after.length; i++) {
      const opt = /^--registry(?:=(.*))?$/.exec(after[i]);
      if (opt) registry = opt[1] ?? after[++i] ?? registry;
      else if (/^--(?:access|tag|otp|workspace|userconfig|cache|loglevel|provenance-file|prefix)$|^-w$/.test(after[i])) i++;
      else if (!after[i].startsWith('-')) rest.push(after[i]);
    }
    if (!/^(?:npm|pnpm|yarn)$/.test(prog) || rest[0] !== 'publish') return undefined;
    const dir = rest[1] && !/^[\w@][\w@./-]*\.tgz$/.test(rest[1]) ? display(rest[1]) : cwd;
    if (!dir) return undefined;
    const found = { keys: new Set<string>(), carries: new Set<SecretClass>() };
    secretsWrittenUnder(dir, found);
    return { dir, registry: registry || 'https://registry.npmjs.org/', ...found };
  };
  /** Files that were there before the run, overwritten by it, by the content written over them (a wipe by overwrite). */
  const overwrittenWith = new Map<string, Set<string>>();
  // the run listed the maintainer's packages or packed one from the registry (what a worm republishes)
  let repacked = false;
  let lastFetch: string | undefined;
  /** The connection the last answer came over, when it was a socket (a WebSocket, a raw TCP connection). */
  let lastSocket: { host: string; hostClass: HostClass } | undefined;
  // the last address a request went to (whose answer a later request may be sent to)
  let lastAsked: string | undefined;
  // (each request's number, and the answers of each host whose commands the code ran: one host's orders run from two
  // answers or more are a command channel the code keeps polling)
  let asked = 0;
  const ordersRun = new Map<string, Set<number>>();
  let lastCall = '';
  let evalCount = 0;
  const home = cfg.home;
  const win = persona === 'win32';
  const norm = (p: string): string => (win ? p.replace(/\//g, '\\') : p);
  const under = (p: string, dir: string): boolean => (win ? p.toLowerCase().startsWith(`${dir.toLowerCase()}\\`) || p.toLowerCase() === dir.toLowerCase() : p.startsWith(`${dir}/`) || p === dir);
  /** A path as reports show it: package-relative inside the package, ~ in the home, $TMPDIR for macOS temp. */
  const display = (raw: string): string => {
    const p = norm(String(raw));
    if (under(p, cfg.root)) return p.slice(cfg.root.length + 1).replace(/\\/g, '/') || '.';
    if (persona === 'darwin' && under(p, cfg.tmp)) return `/tmp${p.slice(cfg.tmp.length)}`;
    if (under(p, home)) return `~${p.slice(home.length)}`;
    return p;
  };
  const inPackage = (raw: string): boolean => under(norm(String(raw)), cfg.root);
  const canary = (id: string): Canary | undefined => canaries.byId.get(id);

  const push = (e: Effect): void => {
    const key = [e.kind, e.file, e.line, e.command, e.url, e.host, e.path, e.secret, e.origin, e.channel, (e.carries ?? []).join(','), (e.consumes ?? []).join(',')].join('|');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(e);
  };
  // After a git hook the run installed fires (prelude __hookLater), what happens runs at the user's commits, when they
  // run git: as a command of theirs (bin), not at install. After the install script of a package the run published
  // (prelude __publishLater), what happens runs on the machines that install that release. `later` names which, once it has.
  let later: string | undefined;
  const base = (kind: Effect['kind'], ev: TraceEvent, what: string): Effect => {
    const loc = locate(ev.st, src, cfg.entryRel);
    return {
      kind,
      file: loc.file,
      line: loc.line,
      evidence: redact(`observed in emulation (${persona} persona${later ? `, ${later}` : ''}): ${what}`, canaries, lc.matchers).slice(0, 300),
      lang: 'emulation',
      reach: later && lc.reach === 'install' ? 'bin' : lc.reach,
      persona,
    };
  };
  /** What a shell script the run wrote does when something (`how`) runs it: what this run does. */
  const runsWritten = (p: string, script: string, at: Effect, how: string): void => {
    for (const x of lowerShell(script, { file: at.file, firstLine: at.line, reach: lc.reach, scope: `emulation:${persona}:${p}`, lang: 'emulation', decoded: true }))
      push({ ...x, persona, evidence: redact(`observed in emulation (${persona} persona): ${p} ${how}: ${x.evidence}`, canaries, lc.matchers).slice(0, 300) });
  };
  /** What a schedule the run installs (`where`) starts: its commands, and the scripts the run wrote that they name. */
  const startsOnSchedule = (commands: string[], at: Effect, where: string): void => {
    for (const c of commands.slice(0, 20)) {
      for (const x of lowerShell(c, { file: at.file, firstLine: at.line, reach: lc.reach, scope: `emulation:${persona}:${where}`, lang: 'emulation', decoded: true }))
        push({ ...x, persona, evidence: redact(`observed in emulation (${persona} persona): ${where} it installs runs: ${x.evidence}`, canaries, lc.matchers).slice(0, 300) });
      for (const [p, w] of written) if (w.script && (c.includes(p) || c.includes(p.replace(/^~/, home)))) runsWritten(p, w.script, at, `which ${where} it installs runs`);
    }
  };
  /** Canary ids in a payload; sources not yet seen in this run (handed-in canaries) get their read first. */
  const consume = (ev: TraceEvent, payload: string): { keys: string[]; carries: SecretClass[] } => {
    const ids = findCanaries(payload, lc.matchers);
    const carries = new Set<SecretClass>();
    for (const id of ids) {
      const c = canary(id);
      if (!c) continue;
      carries.add(c.secret);
      if (!produced.has(id)) {
        produced.add(id);
        const label = c.lazy && id.startsWith('arg-') && lastCall ? `${c.label} to ${lastCall}()` : c.label;
        const r = base('read', ev, label);
        r.secret = c.secret;
        r.path = c.label.startsWith('~') || c.label.startsWith('/') ? c.label : undefined;
        r.produces = [`canary:${id}`];
        push(r);
      }
    }
    return { keys: ids.map((id) => `canary:${id}`), carries: [...carries] };
  };
  // DNS names the run asked for (resolver lookups and its own query packets), reassembled after the trace.
  const dnsNames: Array<{ name: string; ev: TraceEvent; via: string }> = [];
  const reassembleDns = (): void => {
    if (dnsNames.length < 2) return;
    const zones = new Map<string, typeof dnsNames>();
    for (const d of dnsNames) {
      const zone = d.name.split('.').slice(-2).join('.').toLowerCase();
      (zones.get(zone) ?? zones.set(zone, []).get(zone)!).push(d);
    }
    for (const list of zones.values()) {
      if (list.length < 2) continue;
      const one = new Set(list.flatMap((d) => findCanaries(d.name, lc.matchers)));
      const whole = reassembledDnsSources(list).join('\n');
      if (!findCanaries(whole, lc.matchers).some((id) => !one.has(id))) continue;
      const first = list[0].ev;
      const { keys, carries } = consume(first, whole);
      // The zone the names share (hc.collector.example.com), not only its last two labels: that is where they go.
      const labels = list.map((d) => d.name.toLowerCase().split('.').reverse());
      let n = 0;
      while (n < labels[0].length - 1 && labels.every((l) => l[n] === labels[0][n])) n++;
      const shared = labels[0].slice(0, Math.max(n, 2)).reverse().join('.');
      const e = base('send', first, `${list.length} DNS queries under ${q(shared)}${list[0].via && list[0].via !== list[0].name ? ` via ${list[0].via}` : ''} whose labels, read in order, hold what the run read`);
      const hc = classifyHost(shared);
      e.host = hc.host;
      e.hostClass = hc.hostClass;
      e.channel = 'dns';
      if (keys.length) e.consumes = keys;
      if (carries.length) e.carries = carries;
      push(e);
    }
  };
  /**
   * A library called with canary arguments does what it is asked: spawn(arg) runs the argument, writeFile(arg)
   * writes where the argument says. When the target itself (the command, the path, the host) came from an
   * argument canary, the effect is the function's contract, not the package's intent: it is dropped.
   */
  // (and the plain word a parameter that takes no secret is handed: where it goes is the caller's to say)
  const argValues = [...canaries.list.filter((c) => c.id.startsWith('arg-')).flatMap((c) => c.values), canaries.argPlain];
  const fromArgument = (target: string): boolean => !!target && (target.includes('[object Object]') || argValues.some((v) => target.includes(v)));
  /**
   * A credential handed in as an argument that authenticates the request (an `Authorization`/API-key header in any
   * encoding, the `bot<token>` path of Telegram's Bot API) is the client library's contract too: a bot framework
   * given a token calls its API with it, an audit client sends Basic auth of the user and password it was given.
   * Only that use is set aside: a header holding any other canary, the same value in a body or a query, or a
   * credential sent to a raw IP, paste site, tunnel or link shortener still counts (not to free hosting: a client's
   * own API may live on vercel.app or workers.dev), and so does the credential of a request the caller
   * made (to its host, argConnHost) sent anywhere else. The user's own token for a messaging service
   * (TELEGRAM_BOT_TOKEN at api.telegram.org) authenticates the same way, and marks the send as the user's account.
   */
  const AUTH_HEADER = /^(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token|private-token)$/i;
  const AUTH_QUERY = /^(?:token|access_token|api_?key|apikey|key|auth|auth_token)$/i;
  const SERVICE_TOKEN = /^(?:gh[pousr]_|github_pat_|glpat-|xox[abpr]-|npm_|pypi-|sk-(?:ant-|proj-)?|hf_|dckr_pat_)[A-Za-z0-9_-]{16,}$/;
  /**
   * The request's credential is one the package's own text holds (a run of 16+ of its characters is written there), not
   * the user's; or one in a service's token format (`ghp_`, `xoxb-`, `glpat-` …) that no store, setting or argument of
   * the run held: every credential of the user's is one of those, so the package made it (split to pass the code host's
   * secret scanning: `["ghp", "0".repeat(36)].join("_")`).
   */
  const signedByPackage = (h: Record<string, unknown> | undefined): boolean => {
    if (!h) return false;
    return Object.entries(h).some(([k, v]) => {
      if (!AUTH_HEADER.test(k)) return false;
      const token = String(v).replace(/^(?:bearer|token|bot|basic)\s+/i, '');
      if (token.length < 20 || findCanaries(token, lc.matchers).length) return false;
      if (SERVICE_TOKEN.test(token) && !token.includes(canaries.respMark) && !settings.some((x) => x.includes(token)) && !argValues.some((x) => x.includes(token))) return true;
      return [...token.matchAll(/[A-Za-z0-9]{16,}/g)].some((m) => src.texts.some((t) => t.includes(m[0])));
    });
  };
  const argIds = new Set(canaries.list.filter((c) => c.id.startsWith('arg-')).map((c) => c.id));
  const convValues = canaries.list.filter((c) => c.secret === 'conversation').flatMap((c) => c.values);
  const settings = stringsOf({ ...cfg.pluginConfig, envConfig: cfg.envConfig });
  const suppliedRecipient = (to: string): boolean => Object.values(cfg.peers).includes(to as never) || settings.some((v) => v.includes(to)) || argValues.some((v) => v.includes(to));
  const configured = configuredEndpoints({ ...cfg.pluginConfig, envConfig: cfg.envConfig });
  /** The sign-in token a server's answer holds (canaries.ts issued-token): its value is followed by the host that issued it (prelude/node.ts __ISSUED_FIELD). */
  const issuedValue = canary('issued-token')?.values[0];
  /** A payload with the sign-in tokens it sends back to the service that issued them taken out: their use, not a leak. */
  const issuedElsewhere = (payload: string, host: string): string =>
    issuedValue && payload.includes(issuedValue) ? payload.replace(new RegExp(`${issuedValue}\\.([a-z0-9.-]+)`, 'gi'), (m, issuer: string) => (registrableLabel(issuer) === registrableLabel(host) ? '<credential>' : m)) : payload;
  /** A host of the service the plugin is named after (its id or package name holds the host's registrable label). */
  const namedService = (host: string): boolean => {
    const label = registrableLabel(host);
    return label.length >= 4 && [cfg.pluginId, cfg.pkgName].some((n) => typeof n === 'string' && n.toLowerCase().split(/[^a-z0-9]+/).includes(label));
  };
  /** A configured credential whose setting names the host's service (persona.ts serviceOfSetting). */
  const credentialFor = (value: string, host: string): boolean => {
    const label = registrableLabel(host);
    return label.length >= 4 && (/^configured-[\w-]+((?:\.[a-z0-9]+)*)-value$/.exec(value)?.[1] ?? '').split('.').includes(label);
  };
  /** The prelude's JSON of a request's headers, read once per request (undefined where it is not an object's). */
  const headerRecord = (headers: string): Record<string, unknown> | undefined => {
    try {
      const parsed: unknown = headers ? JSON.parse(headers) : undefined;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const authenticatesWithArgument = (url: string, headers: string, parsed: Record<string, unknown> | undefined, host: string): { url: string; headers: string; own: boolean } => {
    if (['raw-ip', 'paste', 'tunnel', 'shortener'].includes(classifyHost(host).hostClass)) return { url, headers, own: false };
    // the user's own credential for this messaging service (a bot token from the environment sent to its API)
    const own = canaries.list.filter((c) => c.service?.test(host));
    const ownIds = new Set(own.map((c) => c.id));
    const authIds = (id: string) => (argIds.has(id) && (id !== 'arg-request' || host === canaries.argConnHost || host === canaries.argIssuerHost)) || ownIds.has(id);
    let used = false;
    // (a copy: the credential is masked in what is judged, not in what signedByPackage read)
    const h = parsed ? { ...parsed } : undefined;
    if (h)
      for (const [k, v] of Object.entries(h)) {
        const ids = AUTH_HEADER.test(k) ? findCanaries(String(v), lc.matchers) : [];
        if (ids.length && ids.every(authIds)) {
          h[k] = '<credential>';
          used ||= ids.some((id) => ownIds.has(id));
        }
      }
    let u = url;
    // an API's documented key parameter (`?token=`, `?api_key=`) carrying the caller's own credential: the same as a header
    try {
      const parsedUrl = new URL(url);
      const keys = [...parsedUrl.searchParams].filter(([k, v]) => {
        // (one credential, of a key's size: `?key=<dump of the environment>` is a payload, not a key)
        const ids = AUTH_QUERY.test(k) ? findCanaries(v, lc.matchers) : [];
        return new Set(ids).size === 1 && argIds.has(ids[0]!) && ids[0] !== 'arg-request' && v.length <= 512;
      });
      for (const [k] of keys) parsedUrl.searchParams.set(k, '<credential>');
      if (keys.length) u = parsedUrl.href;
    } catch {
      // not a URL: nothing to mask
    }
    if (/(?:^|\.)api\.telegram\.org$/i.test(host))
      for (const raw of [...argValues, ...own.flatMap((c) => c.values)])
        for (const v of new Set([raw, encodeURIComponent(raw), raw.replace(/ /g, '%20')])) {
          const next = u.split(`/bot${v}/`).join('/bot<credential>/');
          if (next !== u && own.some((c) => c.values.includes(raw))) used = true;
          u = next;
        }
    // the credential the user configured for this plugin (api.pluginConfig), sent to the endpoint its settings name:
    // the user's own account at the service the plugin connects them to
    // (or to the service the plugin is named after, `openclaw-elevenlabs-voice`'s key at api.elevenlabs.io: the key the
    // user got there for it)
    // (or to the service the setting says its key is for, `"description": "Brave Search API key"` at api.search.brave.com)
    if (!used && (configured.hosts.has(host.toLowerCase()) || namedService(host)) && configured.creds.some((v) => headers.includes(v) || url.includes(v))) used = true;
    if (!used && configured.creds.some((v) => (headers.includes(v) || url.includes(v)) && credentialFor(v, host))) used = true;
    return { url: u, headers: h ? JSON.stringify(h) : headers, own: used };
  };
  /** The program of a command is an argument (its later words may still carry one to a sink: that is kept). */
  const programFromArgument = (cmd: string): boolean => /^["']?\[object Object\]/.test(cmd) || argValues.some((v) => cmd.replace(/^["']/, '').startsWith(v));
  const decodedOrigin = (cmd: string): { origin: ExecOrigin; decoded: boolean } => {
    // (a blob the code encoded of its own readable text, a script handed to `powershell -EncodedCommand` so its quotes
    // survive: what it runs is that text, in the package for anyone to read. Not a blob the package ships, whole or in
    // pieces joined at run time: that one hides what it says.)
    const shipped = (blob: string): boolean => [0, blob.length >> 1, blob.length - 24].some((at) => src.texts.some((t) => t.includes(blob.slice(Math.max(0, at), Math.max(0, at) + 24))));
    const s = cmd.replace(/[A-Za-z0-9+/]{24,}={0,2}/g, (blob) => {
      const text = shipped(blob) ? undefined : decodeBase64(blob)?.trim();
      return text && text.length >= 16 && !isDecoded(text, src, cfg, canaries) ? ' ' : blob;
    });
    if (src.texts.some((t) => t.includes(s))) return { origin: 'literal', decoded: false };
    if (isDecoded(s, src, cfg, canaries)) return { origin: 'decoded', decoded: true };
    return { origin: 'computed', decoded: false };
  };

  for (const ev of events) {
    const str = (k: string): string => (typeof ev[k] === 'string' ? (ev[k] as string) : '');
    switch (ev.k) {
      case 'hook-return': {
        // What a hook hands back replaces what the agent runs or reads: a rewritten tool call is a command it runs,
        // text added to a message or a tool result is text the model reads (and may follow).
        let v: unknown;
        try {
          v = JSON.parse(str('value'));
        } catch {
          break;
        }
        const at = base('exec', ev, '');
        const own = (e: Effect): Effect => ({ ...e, file: at.file, line: at.line, lang: 'emulation', reach: lc.reach, persona, evidence: redact(`${/^description of (?:tool|resource|prompt|server) /.test(str('hook')) ? `the ${str('hook')} tells the agent` : /^(?:tool|resource|prompt) /.test(str('hook')) ? `the ${str('hook')} returns to the agent` : `a ${str('hook')} hook hands the agent`}: ${e.evidence}`, canaries, lc.matchers).slice(0, 300) });
        const strings: string[] = [];
        const walk = (x: unknown, key: string, depth: number): void => {
          if (depth > 6 || strings.length > 40) return;
          if (typeof x === 'string') {
            if (key === 'command' && !cfg.toolCmds.includes(x)) {
              const lowered = lowerShell(x, { file: at.file, firstLine: at.line, reach: lc.reach, scope: `hook:${at.file}` });
              for (const e of lowered) push(own(e));
              // Code downloaded and run from a host no command of the user's named: the hook swapped where it comes from,
              // and the agent (and the user reading its log) sees the command it asked for.
              const swapped = lowered.find((e) => e.kind === 'exec' && e.origin === 'downloaded' && e.host && !TRUSTED_HOST_CLASSES.includes(e.hostClass ?? 'unknown') && !cfg.toolCmds.some((c) => c.includes(e.host!)));
              if (swapped) push(own({ ...at, kind: 'instruct', instruct: 'conceal', evidence: `rewrites the agent's command to run code downloaded from ${swapped.host}, a host the command it was given never named` }));
              // The agent's package installs sent to a registry or index the user's command never named: what they install
              // (and run: install scripts, imported code) comes from there.
              const source = INSTALL_SOURCE.exec(x);
              if (source && !cfg.toolCmds.some((c) => c.includes(source[1] ?? source[2]))) {
                const url = (source[1] ?? source[2]).replace(/^["']|["']$/g, '');
                const hc = classifyHost(url);
                if (!['registry', 'vendor', 'loopback', 'private'].includes(hc.hostClass)) {
                  const fetched = `net:hook-install:${url}`;
                  push(own({ ...at, kind: 'fetch', url, host: hc.host, hostClass: hc.hostClass, channel: 'http', produces: [fetched], evidence: `the agent's package install ${q(x, 120)} fetches from ${q(url, 100)}` }));
                  push(own({ ...at, kind: 'exec', origin: 'downloaded', url, host: hc.host, hostClass: hc.hostClass, command: redact(x, canaries, lc.matchers), consumes: [fetched], evidence: `the agent's package install ${q(x, 120)} installs and runs code from ${q(url, 100)}` }));
                }
              }
              const hidden = hiddenAddition(x, cfg.toolCmds);
              if (hidden) push(own({ ...at, kind: 'instruct', instruct: 'conceal', evidence: `adds a command whose output the agent never sees: ${q(hidden, 160)}` }));
            } else strings.push(x);
          } else if (Array.isArray(x)) for (const y of x) walk(y, key, depth + 1);
          else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) walk(y, k, depth + 1);
        };
        walk(v, '', 0);
        // What a server answered, put into every run's prompt by a hook that builds it (before_agent_start's
        // prependContext, a system prompt): the server writes the agent's instructions from then on.
        // (an MCP server's prompt or resource is one the user picks, and what a docs service answers is no instruction:
        // only where the server's own words around it tell the model to act on it)
        const picked = /^(?:prompt|resource) /.test(str('hook'));
        const served = lastAsked && !(picked && TRUSTED_HOST_CLASSES.includes(classifyHost(lastAsked).hostClass)) ? strings.filter((x) => x.includes(canaries.respMark)) : [];
        if (served.length && (picked ? served.some((x) => ACT_ON_WHAT_FOLLOWS.test(x.slice(Math.max(0, x.indexOf(canaries.respMark) - 200), x.indexOf(canaries.respMark)))) : PROMPT_HOOK.test(str('hook')))) {
          const hc = classifyHost(lastAsked!);
          push(own({ ...at, kind: 'instruct', instruct: 'remote-instructions', host: hc.host, hostClass: hc.hostClass, evidence: picked ? `tells the agent to act on what ${hc.host} answered, in the ${str('hook')}` : `puts what ${hc.host} answered into the prompt of every agent run` }));
        }
        // A link the hook puts into what the agent sends or reads carries what its URL holds to the link's host: chat
        // apps and the agent's own link previews fetch it unclicked (the user's messages, encoded into a "reply card").
        for (const x of strings)
          for (const m of x.matchAll(/\bhttps?:\/\/[^\s"'<>)\]]+/g)) {
            const hc = classifyHost(m[0]);
            if (TRUSTED_HOST_CLASSES.includes(hc.hostClass)) continue;
            const { keys, carries } = consume(ev, m[0]);
            if (!carries.length) continue;
            push(own({ ...at, kind: 'send', url: m[0], host: hc.host, hostClass: hc.hostClass, channel: 'http', consumes: keys, carries, evidence: `a link whose URL holds ${carries.join(', ')}, fetched by link previews: ${q(m[0], 120)}` }));
          }
        // (what it added: not the conversation, not the lines of the page the agent fetched as they were; a rewritten
        // install step is a new line, and a code fence stays around it)
        const pageLines = new Set(cfg.docsPage.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('```')));
        const added = strings
          .map((s) => s.split(cfg.conv).join(' ').split('\n').filter((l) => !pageLines.has(l.trim())).join('\n').trim())
          .filter((s) => INSTRUCTION_TEXT.test(s) || /^\s*```/m.test(s));
        if (added.length) {
          const read = lowerProse(added.join('\n\n'), { file: at.file, reach: lc.reach });
          for (const e of read) push(own(e));
          // Install steps rewritten in a page the agent fetched, to run code from a host the page never named: what the
          // agent follows is the hook's, and neither it nor the user sees the swap.
          const swapped = str('hook').startsWith('tool') ? read.find((e) => e.kind === 'exec' && e.origin === 'downloaded' && e.host && !TRUSTED_HOST_CLASSES.includes(e.hostClass ?? 'unknown') && !cfg.docsPage.includes(e.host)) : undefined;
          if (swapped) push(own({ ...at, kind: 'instruct', instruct: 'conceal', evidence: `rewrites a page the agent fetched to run code downloaded from ${swapped.host}, a host the page never named` }));
        }
        break;
      }
      case 'reply': {
        // What a command anyone may run answers goes back to whoever sent it: secrets in it are sent to a stranger.
        const { keys, carries } = consume(ev, str('value'));
        if (!carries.some((c) => c !== 'conversation')) break;
        const e = base('send', ev, `${str('to')} answers a stranger with ${q(str('value'), 80)}`);
        e.host = 'any sender on a chat channel';
        e.hostClass = 'unknown';
        e.channel = 'other';
        e.consumes = keys;
        e.carries = carries;
        push(e);
        break;
      }
      case 'call':
        lastCall = str('name');
        if (lastCall.startsWith('git hook ')) later = 'a git hook it installed';
        else if (lastCall === 'install script of the package it published') later = 'the install script of a package it published';
        else if (lastCall === 'startup entry it installed, at the next login') later = 'a startup entry it installed, at the next login';
        break;
      case 'debugger': {
        // Node's inspector opened on an address other than loopback: anyone who reaches the port attaches a debugger and
        // runs what they like in the process, the gateway with its keys.
        const at = str('at');
        if (/^(?:127\.|localhost:|\[?::1\]?:)/i.test(at)) break;
        const e = base('exec', ev, `inspector.open(${q(at)}): whoever reaches ${at} runs code in the process`);
        e.origin = 'inbound';
        push(e);
        break;
      }
      case 'proto-pollution': {
        // Object.prototype given an agent's guard settings switched off (`ask: "off"`, `security: "full"`, `sandbox:
        // false`): every settings object that lacks its own value inherits them, the gateway's exec approvals among them.
        let kept: Record<string, unknown> = {};
        try {
          kept = JSON.parse(str('value')) as Record<string, unknown>;
        } catch {
          break;
        }
        const weakened = Object.entries(kept).filter(([k, v]) => (/^(?:ask|approvals?|confirm)$/i.test(k) && /^(?:off|never|false)$/i.test(String(v))) || (/^security$/i.test(k) && /^full$/i.test(String(v))) || (/^(?:elevated|autoApprove|allowAll|trust(?:ed)?)$/i.test(k) && v === true) || (/^sandbox(?:ed)?$/i.test(k) && /^(?:false|off|none)$/i.test(String(v))));
        if (!weakened.length) break;
        push({ ...base('instruct', ev, `Object.prototype given ${weakened.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')}: every settings object without its own value inherits them`), instruct: 'disable-guard' });
        break;
      }
      case 'config-reread': {
        // The gateway's own settings read back through a global the package replaced (JSON.parse): a guard they come
        // back without (exec approvals off, full host access) is switched off for the gateway from then on.
        for (const what of weakenedSettings(str('before'), str('value')).slice(0, 4)) push({ ...base('instruct', ev, `the gateway's config read through ${str('api')} ${what}`), instruct: 'disable-guard' });
        break;
      }
      case 'wallet-pay': {
        // the browser run's user paid cfg.walletTo; another recipient reached the wallet (or the page's API answer)
        const to = str('to');
        // (a recipient that is no address is what a caller handed a payment function: the emulator's own arguments)
        // (or a bank account: an IBAN in the user's invoice in place of theirs)
        const iban = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(to);
        if (to.toLowerCase() === cfg.walletTo.toLowerCase() || (!WALLET_ADDRESS.test(to) && !iban)) break;
        const via = str('via');
        const e = base(
          'divert',
          ev,
          via === 'clipboard'
            ? `the wallet address the user copied (${cfg.walletTo}) was replaced in the clipboard with ${q(to, 100)}`
            : via === 'message' && iban
              ? `the agent's invoice giving the user's bank account reached its recipient from ${str('api')} with the account ${q(to, 100)} instead`
              : via === 'message'
              ? `the agent's reply giving the user's address ${cfg.walletTo} reached the user from ${str('api')} with ${q(to, 100)} instead`
              : `the user's payment to ${cfg.walletTo} reached ${str('api')} as a payment to ${q(to, 100)}`,
        );
        if (!iban) e.secret = 'wallet';
        push(e);
        break;
      }
      case 'read': {
        const raw = str('path');
        if (inPackage(raw) && !ev.id) break;
        const shown = display(raw);
        const id = typeof ev.id === 'string' && ev.id ? ev.id : undefined;
        const c = id ? canary(id) : undefined;
        const secret = c?.secret ?? classifySecretPath(shown);
        const wasWritten = written.has(shown);
        if (!secret && !wasWritten) break;
        const e = base('read', ev, `${str('api')}(${q(shown)})${ev.missing ? ' (no such file)' : ''}`);
        e.path = shown;
        if (secret) e.secret = secret;
        if (id) {
          e.produces = [`canary:${id}`];
          produced.add(id);
        }
        if (wasWritten) e.consumes = [fileKeyOf(shown)];
        e.decoded = decodedOrigin(raw).decoded && decodedOrigin(shown).decoded;
        push(e);
        break;
      }
      case 'readdir': {
        const shown = display(str('path'));
        const secret = classifySecretPath(`${shown}/`);
        if (!secret) break;
        const e = base('collect', ev, `readdir(${q(shown)})`);
        e.path = shown;
        e.secret = secret;
        push(e);
        break;
      }
      case 'env': {
        const name = str('name');
        const id = str('id');
        const secret = classifyEnvName(name) ?? canary(id)?.secret;
        if (!secret || secret === 'host-identity') break;
        const e = base('read', ev, `process.env.${name}`);
        e.path = name;
        e.secret = secret;
        e.produces = [`canary:${id}`];
        produced.add(id);
        push(e);
        break;
      }
      case 'envall': {
        const e = base('collect', ev, 'enumerates process.env');
        e.secret = 'env-secrets';
        e.path = 'process.env';
        e.produces = Object.values(canaries.envCanary).map((id) => `canary:${id}`);
        for (const id of Object.values(canaries.envCanary)) produced.add(id);
        push(e);
        break;
      }
      case 'hostinfo': {
        const e = base('read', ev, `${str('api')}()`);
        e.secret = 'host-identity';
        e.produces = ['canary:host'];
        produced.add('host');
        push(e);
        break;
      }
      case 'write': {
        const raw = str('path');
        if (fromArgument(raw)) break;
        const shown = display(raw);
        const data = str('data');
        const { keys, carries } = consume(ev, data);
        const dl = ev.dl === true;
        const decoded = !dl && data.length >= 16 && isDecoded(data.slice(0, 4000), src, cfg, canaries);
        written.set(shown, { dl, decoded, ...(isShellScript(shown, data) ? { script: data } : {}), ...(keys.length ? { keys } : {}) });
        const own = ev.own === true;
        // (a code file or manifest of another package installed in the same project: ./prelude/node.ts __neighbour)
        let location: LocationClass = inPackage(raw) ? 'package' : typeof ev.neighbour === 'string' ? 'other-package' : classifyWriteLocation(shown);
        // A plugin saving its own settings (its plugins.entries item, the rest of the file as it was) configures itself;
        // so does a function saving the entry its caller names.
        // (the file as it was, or the config the gateway handed the plugin, api.runtime.config.loadConfig())
        const ownIds = [cfg.pluginId, cfg.pkgName, canaries.argPlain];
        if (location === 'openclaw-config' && (changesOnlyOwnEntry(data, canaries.files[persona].find((f) => f.path === '.openclaw/openclaw.json')?.content, ownIds) || changesOnlyOwnEntry(data, JSON.stringify(cfg.apiConfig ?? {}), ownIds))) location = 'home';
        // A copy of one of the user's files, as it is, somewhere else (a backup's workspace/MEMORY.md) is no memory the
        // agent reads: the file it copied is.
        if (location === 'agent-memory' && data.length > 0 && canaries.files[persona].some((f) => f.content === data && `~/${f.path}` !== shown.replace(/\\/g, '/'))) location = 'home';
        const e = base('write', ev, `${str('api')}(${q(shown)}, ${q(data, 80)})`);
        e.path = shown;
        e.location = location;
        // OpenClaw's settings written while the user's own subcommand of the plugin's command ran (\`/guard harden\`): the
        // user's change, as \`openclaw config set\` typed by them is (rules warn on it). A guard it switches off is still
        // one (the disable-guard below keeps its reach).
        if (ev.choice === true && location === 'openclaw-config') e.reach = 'consent';
        e.produces = [fileKeyOf(shown)];
        const cons = [...keys];
        if (dl && lastFetch) cons.push(`net:${lastFetch}`);
        if (cons.length) e.consumes = cons;
        if (carries.length) e.carries = carries;
        e.decoded = decodedOrigin(raw).decoded || decoded;
        if (dl) e.origin = 'downloaded';
        push(e);
        // A script written outside the package under the name of a program the user types, with their password or keys
        // (`~/.local/…/bin/sudo`): once its folder leads PATH it runs in that program's place, so what it does is done.
        const planted = !inPackage(raw) && isShellScript(shown, data) ? PLANTED_PROGRAM.exec(shown.replace(/\\/g, '/'))?.[1] : undefined;
        if (planted) runsWritten(shown, data, e, `runs whenever the user types \`${planted}\` with its folder first on PATH`);
        // A configuration another tool runs (a CI workflow in the user's repository, an editor task, an MCP server): its
        // commands run later with the user's rights (or the repository's secrets), as they would shipped in a package.
        const runs = !inPackage(raw) && isToolConfig(shown) ? configCommands(shown, data).slice(0, 20) : [];
        for (const c of runs) {
          for (const x of lowerConfigCommand(c, { file: e.file, firstLine: e.line, reach: lc.reach, scope: `emulation:${persona}:${shown}`, lang: 'emulation', decoded: true }))
            push({ ...x, persona, evidence: redact(`observed in emulation (${persona} persona): ${shown} it wrote runs: ${x.evidence}`, canaries, lc.matchers).slice(0, 300) });
        }
        // Settings an agent, an editor or an AI tool obeys, written with one of their guards switched off (exec
        // approvals, the sandbox, the editor assistant's tool approval, workspace trust) over what the file held.
        if (location === 'openclaw-config' || location === 'ai-tool-config' || EDITOR_SETTINGS.test(shown) || /exec-approvals\.json$/i.test(shown))
          for (const what of weakenedSettings(canaries.files[persona].find((f) => `~/${f.path}` === shown.replace(/\\/g, '/'))?.content, data).slice(0, 4))
            push({ ...base('instruct', ev, `${str('api')}(${q(shown)}) ${what}`), instruct: 'disable-guard' });
        // The user's package sources rewritten (an .npmrc or .yarnrc's registry, a lockfile's resolved URLs) to a host that is
        // no registry or vendor: every install from then on (npm ci of the lockfile too) fetches the packages there and
        // runs their install scripts, code that host chooses.
        const before = canaries.files[persona].find((f) => f.path === shown.replace(/\\/g, '/') || `~/${f.path}` === shown.replace(/\\/g, '/'))?.content ?? '';
        const redirect = registryRedirect(redirectedRegistries(shown, data, before));
        if (redirect) push({ ...base('exec', ev, `${str('api')}(${q(shown)}) points the user's package installs at ${q(redirect.url)}: every later install runs the install scripts it serves`), ...redirect });
        // (and a token written into .npmrc for such a host, `//mirror/:_authToken=<the user's token>`: npm sends it there
        // with every request, as the shell lowering reads such a write; a company registry the user logs in to, whose
        // token is stored without pointing installs at it, keeps its token)
        const redirected = /(?:^|[\\/])\.npmrc$/i.test(shown) && keys.length ? redirectedRegistries(shown, data, before) : [];
        for (const m of redirected.length ? data.matchAll(/^\/\/([\w.-]+)(?::\d+)?\/[^\s=]*:_authToken\s*=\s*(\S+)/gm) : []) {
          const hc = classifyHost(m[1]!);
          if (TRUSTED_HOST_CLASSES.includes(hc.hostClass) || !redirected.includes(hc.host) || /^\$\{/.test(m[2]!) || before.includes(m[0])) continue;
          const s = base('send', ev, `${str('api')}(${q(shown)}): npm sends this token to ${q(hc.host)} with every request`);
          Object.assign(s, { host: hc.host, hostClass: hc.hostClass, channel: 'http', consumes: keys, ...(carries.length ? { carries } : {}) });
          push(s);
          break;
        }
        // (and the hosts file pointing a registry's or a code host's name at an address of its own: every install, clone
        // and update from that name is served from there)
        for (const [name, ip] of hostsRemapped(shown, data, before).filter(([n]) => ['registry', 'vendor'].includes(classifyHost(n).hostClass))) {
          const hc = classifyHost(ip);
          push({ ...base('exec', ev, `${str('api')}(${q(shown)}) points ${q(name)} at ${q(ip)}: every install, clone and update from it is served from there`), origin: 'downloaded', host: hc.host, hostClass: hc.hostClass, url: ip, command: `npm install (${name} → ${ip})` });
          break;
        }
        // Text written into the agent's memory or identity files is read by the model at every turn from then on: what
        // the write adds (not the file as it was, not the user's own words) is instructions, as a hook's added text is.
        if (location === 'agent-memory') {
          const before = canaries.files[persona].find((f) => `~/${f.path}` === shown)?.content ?? '';
          const added = (before && data.includes(before) ? data.split(before).join('\n') : data).split(cfg.conv).join(' ').trim();
          for (const x of writtenInstructions(added, { file: e.file, reach: lc.reach }, shown))
            push({ ...x, file: e.file, line: e.line, lang: 'emulation', reach: lc.reach, persona, evidence: redact(`observed in emulation (${persona} persona): ${x.evidence}`, canaries, lc.matchers).slice(0, 300) });
        }
        const found = location === 'agent-memory' ? 'agent-memory' : persistenceOf(shown) ?? (location === 'shell-rc' ? 'shell-rc' : runs.find((c) => c.autorun)?.mechanism);
        const mech = found && startupOf(found, data);
        if (mech || location === 'autostart') {
          const p = base('persist', ev, `${str('api')}(${q(shown)})`);
          p.path = shown;
          p.location = location;
          if (mech) p.mechanism = mech;
          p.consumes = [fileKeyOf(shown)];
          push(p);
          // What the unit, agent or schedule starts: a program this run wrote from decoded or downloaded bytes (a
          // systemd ExecStart, a launchd ProgramArguments, a crontab line naming it) is that code, run at every start.
          for (const [w, info] of written) {
            if (w === shown || !(info.decoded || info.dl)) continue;
            const abs = w.replace(/^~/, home);
            if (!data.includes(abs) && !data.includes(w)) continue;
            const x = base('exec', ev, `${q(shown)} starts ${q(w)}, which the run wrote from ${info.dl ? 'a download' : 'decoded bytes'}`);
            x.origin = info.dl ? 'downloaded' : 'decoded';
            x.decoded = !info.dl;
            x.command = redact(`${w} (started by ${shown})`, canaries, lc.matchers);
            x.consumes = [fileKeyOf(w)];
            push(x);
          }
          if (mech === 'cron' || mech === 'launchd' || mech === 'systemd') startsOnSchedule(scheduledCommands(data), e, shown);
          // (and a shell start-up file: the lines the run added to it run in every new shell)
          else if (mech === 'shell-rc' && location === 'shell-rc') {
            const before = canaries.files[persona].find((f) => `~/${f.path}` === shown.replace(/\\/g, '/'))?.content ?? '';
            startsOnSchedule(scheduledCommands(ev.append === true || !before ? data : data.split(before).join('\n')), e, shown);
          }
          // a job written into OpenClaw's scheduler store: its prompt is given to the agent on schedule, unasked
          if (mech === 'cron')
            for (const prompt of scheduledPrompts(data).slice(0, 10))
              for (const x of lowerProse(prompt, { file: e.file, reach: lc.reach }))
                push({ ...x, file: e.file, line: e.line, lang: 'emulation', reach: lc.reach, persona, evidence: redact(`observed in emulation (${persona} persona): a job it writes into ${shown} prompts the agent on schedule: ${x.evidence}`, canaries, lc.matchers).slice(0, 300) });
          // a git hook is a script git runs at every commit or push: what it does, this run set going
          if (mech === 'git-hook' && isShellScript(shown, data)) runsWritten(shown, data, e, 'runs at every commit or push');
        }
        if (own) {
          const s = base('self-delete', ev, `overwrites its own ${shown}`);
          s.path = shown;
          push(s);
        }
        // The same content written over three files that were there, one of them the user's: a wipe, as a recursive
        // delete is (protestware that replaces every file it finds with a heart).
        if (ev.over === true) {
          const same = overwrittenWith.get(data) ?? new Set<string>();
          same.add(raw);
          overwrittenWith.set(data, same);
          if (same.size === WIPE_FILES && [...same].some((p) => !inPackage(p))) {
            const w = base('destroy', ev, `overwrites ${same.size} existing files with the same ${data.length} characters (${[...same].slice(0, 3).map((p) => q(display(p), 60)).join(', ')})`);
            w.path = shown;
            push(w);
          }
        }
        break;
      }
      case 'remove':
      case 'rename': {
        const raw = ev.k === 'rename' ? str('from') : str('path');
        const shown = display(raw);
        if (ev.own === true) {
          const e = base('self-delete', ev, ev.k === 'rename' ? `renames its own ${shown} to ${display(str('to'))}` : `${str('api')}(${q(shown)})`);
          e.path = shown;
          push(e);
        } else if (ev.k === 'remove' && ev.recursive === true && (shown === '~' || shown === '/' || /^[A-Za-z]:\\?$/.test(shown) || /^~[\\/][^\\/]+$/.test(shown) || classifySecretPath(`${shown}/`))) {
          const e = base('destroy', ev, `${str('api')}(${q(shown)}, { recursive: true })`);
          e.path = shown;
          const keys = keyFolderOf(shown);
          if (keys) e.secret = keys;
          push(e);
        }
        break;
      }
      case 'exec': {
        const cmd = str('cmd');
        if (programFromArgument(cmd)) break;
        // what the command reads on its standard input (`execFileSync('gh', ['gist', 'create', '-'], { input })`) is its too
        const { keys, carries } = consume(ev, str('input') ? `${cmd}\n${str('input')}` : cmd);
        let { origin, decoded } = decodedOrigin(cmd);
        const cons = [...keys];
        for (const [p, w] of written) {
          const base1 = p.split(/[\\/]/).pop() ?? p;
          if (cmd.includes(p.replace(/^~/, home)) || cmd.includes(p) || (base1.length >= 5 && base1.includes('.') && cmd.includes(base1))) {
            cons.push(fileKeyOf(p));
            if (w.dl) origin = 'downloaded';
            else if (w.decoded && origin !== 'downloaded') origin = 'decoded';
          }
        }
        // A program inside the package (`<root>/bin/tool`) is whatever is there when it runs: what an earlier run (the
        // install script's download) wrote there, by the same package-relative key.
        const program = /^\s*(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(cmd);
        const programPath = program ? program[1] ?? program[2] ?? program[3] : '';
        if (programPath && inPackage(programPath) && !cons.includes(fileKeyOf(display(programPath)))) cons.push(fileKeyOf(display(programPath)));
        // A command that is what a server answered (a C2's 'command' message run as it came): downloaded.
        // (not a page the server named opened in the browser: a device login's `xdg-open "<verification URL>"`)
        const fromServer = cmd.includes(canaries.respMark) && !opensNamedPage(cmd, canaries.respMark);
        if (fromServer) {
          origin = 'downloaded';
          // (the answer to the last request: a POST's too, a heartbeat whose reply carries orders, read as a fetch there)
          const from = lastAsked ?? lastFetch;
          if (from && from !== lastFetch) {
            const hc = classifyHost(from);
            const f = base('fetch', ev, `the answer of ${q(from)}`);
            Object.assign(f, { host: hc.host, hostClass: hc.hostClass, url: redact(from, canaries, lc.matchers), channel: 'http', produces: [`net:${from}`] });
            push(f);
            lastFetch = from;
          }
          if (from && !cons.includes(`net:${from}`)) cons.push(`net:${from}`);
        }
        // A command that is what a stranger sent (a chat message, an unauthenticated command's arguments).
        if (runsStranger(cmd, canaries.strangerMessage, canaries.strangerMark, ev.shell === true)) origin = 'inbound';
        const e = base('exec', ev, `${str('api')}(${q(cmd)})`);
        // A shell script the code wrote and now runs: what the script does is what this run does.
        for (const [p, w] of written) if (w.script && cons.includes(fileKeyOf(p))) runsWritten(p, w.script, e, 'it wrote and runs');
        // `crontab -` installs the table it reads on its standard input: its lines run on schedule.
        if (str('input') && /^\s*(?:\S*\/)?crontab(?:\s+-)?\s*$/.test(cmd)) {
          const p = base('persist', ev, `${str('api')}(${q(cmd)}) installs a crontab from its standard input`);
          p.mechanism = 'cron';
          p.location = 'autostart';
          if (cons.length) p.consumes = cons;
          push(p);
          startsOnSchedule(scheduledCommands(str('input')), e, 'the crontab');
        }
        // A shell that reads its script from its standard input (`spawnSync('/bin/sh', ['-s'], { input })`): the
        // script handed to it is what runs.
        if (str('input') && /^\s*(?:\S*\/)?(?:ba|da|z|k)?sh(?:\.exe)?(?:\s+-[a-z]*s[a-z]*|\s+-)?(?:\s+--(?:\s+\S+)*)?\s*$/.test(cmd)) runsWritten('the script on its standard input', str('input'), e, 'run by the shell');
        e.command = redact(cmd, canaries, lc.matchers);
        // (a command a peer sent over a socket the code keeps open, run as it came: whoever is at the other end runs
        // commands here, as with a shell bound to the socket)
        if (fromServer && lastSocket && origin === 'downloaded') Object.assign(e, { channel: 'socket', host: lastSocket.host, hostClass: lastSocket.hostClass });
        // (and one polled: programs a server names, run as they came, from answer after answer; an argument it gives, an
        // updater's version, is no order)
        else if (fromServer && origin === 'downloaded' && lastAsked && lc.reach !== 'agent' && namesProgram(cmd, canaries.respMark)) {
          const hc = classifyHost(lastAsked);
          const seen = ordersRun.get(hc.host) ?? new Set<number>();
          seen.add(asked);
          ordersRun.set(hc.host, seen);
          if (seen.size >= 2) Object.assign(e, { channel: 'socket', host: hc.host, hostClass: hc.hostClass, evidence: `${e.evidence}: a command ${hc.host} answered with, run as it came, answer after answer`.slice(0, 300) });
        }
        e.origin = origin;
        e.decoded = decoded || origin === 'decoded';
        if (cons.length) e.consumes = cons;
        if (carries.length) e.carries = carries;
        push(e);
        const cwd = typeof ev.cwd === 'string' && ev.cwd ? display(ev.cwd) : '';
        const published = publishStep(cmd, cwd, str('registry'));
        // A package published while this one installs: npm runs no publish of its own then, so it is the code's (a
        // worm republishing the maintainer's packages with itself inside). So is one published, at any time, by a run
        // that listed the maintainer's packages or packed one from the registry: it republishes them.
        if (/^(?:npm|pnpm|yarn)(?:\.cmd)?\s+(?:access\s+(?:list\s+packages|ls-packages)|pack\s+@?\w|search\s+(?:\S+\s+)*(?:maintainer|author):)/.test(cmd.trim())) repacked = true;
        if (published && (lc.reach === 'install' || repacked)) {
          const g = base('send', ev, `npm publish of ${q(published.dir)} to ${q(published.registry)} ${lc.reach === 'install' ? 'while the package installs' : "after listing or packing the maintainer's packages"}`);
          const hc = classifyHost(published.registry);
          g.host = hc.host;
          g.hostClass = hc.hostClass;
          g.channel = 'npm-publish';
          push(g);
        }
        if (published?.keys.size) {
          const g = base('send', ev, `npm publish of ${q(published.dir)} to ${q(published.registry)}, which the run wrote secrets into`);
          const hc = classifyHost(published.registry);
          g.host = hc.host;
          // the public registry publishes to everyone: a paste site
          g.hostClass = hc.host === 'registry.npmjs.org' ? 'paste' : hc.hostClass;
          g.channel = 'http';
          g.consumes = [...published.keys];
          g.carries = [...published.carries];
          push(g);
        }
        const pushed = gitStep(cmd, cwd, keys);
        if (pushed) {
          const hc = classifyHost(pushed.url.replace(/^[\w.-]+@([\w.-]+):.*/, '$1'));
          // (a repository on a public code host that is not one of the user's: its owner is whoever the code pushes for)
          const repository = hc.hostClass === 'vendor' ? pushedRepositoryOf(pushed.url) : undefined;
          if (repository && repository.split('/')[0] !== USER_ORIGIN_OWNER) hc.hostClass = 'paste';
          const g = base('send', ev, pushed.added ? `a push to ${q(redact(pushed.url, canaries, lc.matchers))} added to the repository in ${q(pushed.dir)}: its pushes go there too` : `git push of the repository in ${q(pushed.dir)} to ${q(redact(pushed.url, canaries, lc.matchers))}`);
          g.host = hc.host;
          g.hostClass = hc.hostClass;
          g.channel = 'git';
          if (pushed.keys.size) g.consumes = [...pushed.keys];
          if (pushed.carries.size) g.carries = [...pushed.carries];
          push(g);
        }
        if (ev.detached === true || (ev.hide === true && ev.stdio === 'ignore')) {
          const h = base('spawn-hidden', ev, `${str('api')}(${q(cmd)}, { detached: true })`);
          h.command = e.command;
          h.origin = origin;
          h.decoded = e.decoded;
          push(h);
        }
        break;
      }
      case 'eval': {
        const code = str('code');
        const fromWritten = ev.written === true;
        const dl = ev.dl === true;
        if (evalsStranger(code, canaries.strangerMark)) {
          const e = base('exec', ev, `${str('api')}(${q(code, 120)}) of what a stranger sent`);
          e.origin = 'inbound';
          push(e);
          break;
        }
        const d = decodedOrigin(code);
        if (!fromWritten && !dl && d.origin === 'literal') break;
        // (a compiled template unpacked from the package's data, `"use strict"; return str(a["name"]) + " is away"`: code
        // that names nothing it could act through does nothing, whatever it was decoded from)
        if (!fromWritten && !dl && inertCode(code)) break;
        if (!fromWritten && !dl && d.origin === 'computed' && ++evalCount > 3) break;
        // a file it wrote runs as what was written: downloaded or decoded bytes, or code the package shows as it is
        const w = fromWritten ? written.get(display(str('path'))) : undefined;
        const origin: ExecOrigin = dl || w?.dl ? 'downloaded' : fromWritten ? (w && !w.decoded ? 'computed' : 'decoded') : d.origin;
        const what = fromWritten ? `require(${q(display(str('path')))}) of a file it wrote: ${q(code, 100)}` : `${str('api')}(${q(code, 120)})`;
        const e = base('exec', ev, what);
        e.origin = origin;
        e.decoded = origin !== 'computed';
        e.inProcess = true;
        const cons: string[] = [];
        if (fromWritten) cons.push(fileKeyOf(display(str('path'))));
        if (dl && lastFetch) cons.push(`net:${lastFetch}`);
        const { keys, carries } = consume(ev, code);
        cons.push(...keys);
        if (cons.length) e.consumes = cons;
        if (carries.length) e.carries = carries;
        push(e);
        break;
      }
      case 'net': {
        const ch = str('ch');
        const url = str('url');
        const host = str('host');
        const phase = str('phase');
        const body = str('body');
        const method = str('method');
        const headers = str('headers');
        const target = url || host;
        if (!target) break;
        // A login key the package holds added to the user's code-host account or repository through its API (GitHub's
        // /user/keys or /repos/o/r/keys, GitLab's /user/keys or deploy_keys): whoever has its private half can push
        // (or log in), as a key appended to authorized_keys lets them in.
        const planted = /^(?:POST|PUT)$/.test(method) && /\/(?:user\/keys|repos\/[^/]+\/[^/]+\/keys|projects\/[^/]+\/deploy_keys)\/?(?:[?#]|$)/.test(url.replace(/^[a-z]+:\/\/[^/]+/i, '')) ? /\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+)\s+(AAAA[A-Za-z0-9+/]{20,}={0,2})/.exec(body) : null;
        if (planted && src.texts.some((t) => t.includes(planted[1].slice(0, 40)))) {
          const k = base('persist', ev, `${str('api')}(${q(url)}, ${method}) adds the SSH key the package holds (${q(planted[0], 60)}) to the user's account or repository`);
          k.mechanism = 'authorized-keys';
          k.host = hostOfSafe(url) || host;
          push(k);
        }
        // A container the Docker Engine is asked to create with the host's root (or another of its folders) mounted, or
        // privileged: what it runs runs as root on the host. Its command, with the mount's paths read as the host's.
        const container = method === 'POST' && /\/containers\/create\b/.test(url) ? hostContainer(body) : undefined;
        if (container) {
          const at = base('escalate', ev, `the Docker Engine asked for a container ${container.why}`);
          push(at);
          if (container.script)
            for (const x of lowerShell(container.script, { file: at.file, firstLine: at.line, reach: lc.reach, scope: `emulation:${persona}:container`, lang: 'emulation', decoded: true }))
              push({ ...x, persona, evidence: redact(`observed in emulation (${persona} persona): the container runs on the host: ${x.evidence}`, canaries, lc.matchers).slice(0, 300) });
        }
        // A message sent through the user's own chat account (api.runtime.channel) goes where the gateway delivers it:
        // to a recipient the plugin's code names itself (not the sender it answers, not one the user configured), that
        // is its author's chat.
        // (or one it assembles, from char codes or a table: an id the settings, the conversation and the caller did not give it)
        if (ch === 'chat' && !(host.length >= 4 && src.texts.some((t) => t.includes(host))) && !(CHAT_ID.test(host) && !suppliedRecipient(host))) break;
        if (argValues.some((v) => host === v || url === v || url.startsWith(v) || hostOfSafe(url).includes(v))) break;
        // a record of the domain the caller named (its _dmarc, a DKIM selector's _domainkey): what was asked
        if (ch === 'dns' && argValues.some((v) => host.endsWith(`.${v}`))) break;
        // a connection to the database the caller's connection string names is what the caller asked for
        if (host === canaries.argConnHost || hostOfSafe(url) === canaries.argConnHost) break;
        // mail to the address the caller gave is the tool's job; a recipient the code adds is a destination
        if (ch === 'smtp' && url.includes(canaries.argMail)) break;
        // An address a server answered with (a presigned upload URL from an API): where that server says, judged by
        // the host that answered.
        let hc: { host: string; hostClass: HostClass } = ch === 'chat' ? { host: `${url.split('/')[2] ?? 'chat'} chat ${host}`, hostClass: 'unknown' } : target.includes(canaries.respMark) && lastAsked ? classifyHost(lastAsked) : classifyHost(ch === 'smtp' ? host : url || host);
        // (the user's own address at a shared host, the webhook their settings hold whole (persona.ts's address of the
        // form a schema asks for, not the schema's default): configured, where another at that host, the code's, is not)
        if (url && settings.some((v) => v.endsWith(USERS_OWN_HOOK) && (url === v || url.startsWith(`${v}/`) || url.startsWith(`${v}?`)))) hc = { host: hc.host, hostClass: 'configured' };
        // (a repository a code host's API writes into is the code's own choice only where the code names it: one from the
        // environment or the caller, a CI runner's GITHUB_REPOSITORY, is the user's)
        const repository = hc.hostClass === 'paste' ? namedRepositoryOf(url) : undefined;
        if (repository && !src.texts.some((t) => t.includes(repository))) hc = classifyHost(hostOfSafe(url) || host);
        // (a service's API signed with a token the package itself holds is the author's account there, a drop box as a
        // webhook is: a gist, a bucket or a chat the author reads; the shell's LITERAL_AUTH)
        const headerObj = headerRecord(headers);
        if (hc.hostClass === 'vendor' && signedByPackage(headerObj)) hc = { host: hc.host, hostClass: 'webhook' };
        const auth = authenticatesWithArgument(url, headers, headerObj, hostOfSafe(url) || host);
        if (!target.includes(canaries.respMark)) {
          lastAsked = url || host;
          asked++;
        }
        // A message delivered through the user's own account at a messaging service is the channel's job: the
        // conversation it carries is not taken there. Secrets in it still are.
        // (in the body, and in the query a search or lookup carries it in, encoded as a URL encodes it)
        const withoutConv = (t: string): string => convValues.reduce((x, v) => [v, encodeURIComponent(v), encodeURIComponent(v).replace(/%20/g, '+')].reduce((y, f) => y.split(f).join(' '), x), t);
        const delivered = auth.own ? withoutConv(body) : body;
        // (the caller's token handed back to the issuer its claims name, in a header or a form: RFC 7662's introspection)
        const toIssuer = (t: string): string => ((hostOfSafe(url) || host) === canaries.argIssuerHost ? [canaries.argRequestToken, encodeURIComponent(canaries.argRequestToken)].reduce((x, v) => x.split(v).join('<credential>'), t) : t);
        const payload = toIssuer(issuedElsewhere(`${auth.own ? withoutConv(auth.url) : auth.url}\n${auth.headers}\n${delivered}\n${ch === 'dns' ? host : ''}`, hostOfSafe(url) || host));
        const queried = ch === 'dns' ? host : ch === 'socket' && str('port') === '53' ? dnsQueryName(body) : undefined;
        if (queried) dnsNames.push({ name: queried, ev, via: host });
        if (ch === 'dns') {
          const ids = findCanaries(host, lc.matchers);
          if (!ids.length && !/[^.]{30,}/.test(host)) break;
        }
        // A CI workflow committed through a code host's API into a repository (`PUT /repos/{owner}/{repo}/contents/{path}`,
        // its content base64) runs in that repository's pipeline as one written to disk would. (The repository is whatever
        // the tool was handed, a word without its owner too.)
        const committed = /^(?:PUT|POST)$/.test(method) ? /\/repos\/((?:[^/?#]+\/)?[^/?#]+)\/contents\/([^?#]+)/.exec(url) : null;
        const file = committed ? decodeURIComponent(committed[2]) : '';
        // (what it commits: the request's base64 content, once)
        let data = '';
        if (committed && (CI_WORKFLOW.test(file) || /(?:^|\/)package\.json$/.test(file))) {
          try {
            const j: unknown = JSON.parse(body);
            const content = j && typeof j === 'object' ? (j as { content?: unknown }).content : undefined;
            if (typeof content === 'string') data = Buffer.from(content, 'base64').toString('utf8');
          } catch {
            /* not JSON: nothing committed that is read here */
          }
        }
        // A package.json committed into a repository with this package added as a dependency: the package spreads into
        // the user's projects, and their releases publish it (a worm through the code host, as Shai-Hulud through npm).
        if (committed && data && /(?:^|\/)package\.json$/.test(file) && cfg.pkgName) {
          let added = false;
          try {
            const pkg = JSON.parse(data) as Record<string, unknown>;
            added = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some((k) => { const d = pkg[k]; return !!d && typeof d === 'object' && Object.prototype.hasOwnProperty.call(d, cfg.pkgName); });
          } catch {
            /* not a package.json: nothing added */
          }
          if (added) {
            const g = base('send', ev, `${str('api')}(${q(url)}, ${method}): commits ${committed[1]}'s package.json with ${cfg.pkgName} added as a dependency`);
            Object.assign(g, { host: hc.host, hostClass: hc.hostClass, channel: 'npm-publish' });
            push(g);
          }
        }
        if (committed && data && CI_WORKFLOW.test(file) && isToolConfig(file)) {
          const at = base('persist', ev, `${str('api')}(${q(url)}, ${method}): commits ${file} to ${committed[1]}`);
          at.mechanism = 'ci-workflow';
          push(at);
          for (const c of configCommands(file, data).slice(0, 20))
            for (const x of lowerConfigCommand(c, { file: at.file, firstLine: at.line, reach: lc.reach, scope: `emulation:${persona}:${committed[1]}/${file}`, lang: 'emulation', decoded: true }))
              push({ ...x, persona, evidence: redact(`observed in emulation (${persona} persona): ${file} it commits to ${committed[1]} runs: ${x.evidence}`, canaries, lc.matchers).slice(0, 300) });
        }
        const hasPayload = body.length > 0 || /^(?:POST|PUT|PATCH|SEND)$/.test(method) || phase === 'write' || findCanaries(payload, lc.matchers).length > 0;
        const what = ch === 'dns' ? `${str('api')}(${q(host)})` : ch === 'socket' ? `${str('api')}(${q(`${host || url}${str('port') ? `:${str('port')}` : ''}`)})${body ? ` write ${q(body, 80)}` : ''}` : `${str('api')}(${q(url)}${method && method !== 'GET' ? `, ${method}` : ''}${body ? ` ${q(body, 80)}` : ''})`;
        if (hasPayload && ch !== 'dns' || (ch === 'dns')) {
          const consumed = consume(ev, payload);
          // The user's message holding a recovery phrase sent whole (its conversation reference with it) is the
          // conversation passed on; the phrase picked out of it alone is a wallet taken.
          const whole = consumed.keys.includes('canary:chat-seed') && consumed.keys.includes('canary:conversation');
          const keys = whole ? consumed.keys.filter((k) => k !== 'canary:chat-seed') : consumed.keys;
          const carries = whole ? [...new Set(keys.flatMap((k) => canary(k.slice('canary:'.length))?.secret ?? []))] : consumed.carries;
          // a stranger's message passed on carries nothing of the user's (the run's own sends of it are seen as before)
          if (!keys.length && payload.includes(canaries.strangerMark)) break;
          const e = base('send', ev, what);
          e.host = hc.host;
          e.hostClass = hc.hostClass;
          if (url) e.url = redact(url, canaries, lc.matchers);
          e.channel = ch === 'dns' ? 'dns' : ch === 'socket' ? 'socket' : ch === 'smtp' ? 'smtp' : ch === 'chat' ? 'other' : hc.hostClass === 'webhook' ? 'webhook' : 'http';
          const cons = [...keys];
          for (const [p] of written) if (body.includes(p) || body.includes(p.replace(/^~/, home))) cons.push(fileKeyOf(p));
          if (cons.length) e.consumes = cons;
          if (carries.length) e.carries = carries;
          e.decoded = decodedOrigin(target).decoded;
          // (an HTTP request's answer is what that host sends back: code run from it came from there, as a fetch's)
          if (e.channel === 'http') {
            e.produces = [`net:${url || host}`];
            lastFetch = url || host;
          }
          push(e);
          // A message or invitation in the body (an iCalendar ATTENDEE, a To/Cc/Bcc line, a "to"/"bcc"/"attendees" field)
          // addressed to someone neither the caller, the settings nor the conversation named: the server delivers it there.
          if (carries.length)
            for (const to of addedRecipients(body, (a) => suppliedRecipient(a) || a === canaries.argMail)) {
              const dest = classifyHost(to.slice(to.indexOf('@') + 1));
              if (TRUSTED_HOST_CLASSES.includes(dest.hostClass)) continue;
              push({ ...e, host: dest.host, hostClass: dest.hostClass, url: `mailto:${to}`, channel: 'smtp', evidence: `${e.evidence}: the message goes to ${to} too, an address the code adds`.slice(0, 300) });
            }
        } else {
          const e = base('fetch', ev, what);
          e.host = hc.host;
          e.hostClass = hc.hostClass;
          if (url) e.url = redact(url, canaries, lc.matchers);
          e.channel = ch === 'socket' ? 'socket' : 'http';
          e.produces = [`net:${url || host}`];
          e.decoded = decodedOrigin(target).decoded;
          lastFetch = url || host;
          lastSocket = ch === 'socket' ? { host: hc.host, hostClass: hc.hostClass } : undefined;
          push(e);
        }
        break;
      }
      case 'cipher': {
        const keyedOn = str('keyedOn');
        const e = keyedOn
          ? base('encode', ev, `${str('api')}(${q(str('alg'))}) with a key derived from ${keyedOn}: it decrypts only where that is the chosen value`)
          : base('encode', ev, `${str('api')}(${q(str('alg'))}) (emulated: bytes pass through unchanged)`);
        if (keyedOn) e.keyedOn = keyedOn;
        push(e);
        break;
      }
      default:
        break;
    }
  }
  reassembleDns();
  return out;
}

/** A program that runs the argument after its -c / -e / -Command / /c flag as code. */
const INTERPRETER_EVAL = /^\s*["']?(?:\S*[\\/])?(?:sh|bash|zsh|dash|ksh|node|python[\d.]*|perl|ruby|php|pwsh|powershell|cmd|osascript)(?:\.exe)?["']?\s+(?:-\S+\s+)*?(?:-c|-e|--eval|-Command|\/c)\s+/i;

/**
 * Whether a recorded command runs what a stranger sent (`message`, each of its lines holding `mark`), not only hands
 * it to a program as data. Without a shell: the program is the stranger's text, or an interpreter is given it as the
 * code to run (`/bin/sh -c <text>`). Through a shell: a line of the stranger's text starts a command, outside quotes
 * (`say "<text>"` speaks it). A key-line or command that an interpreter flag then runs is both.
 */
export function runsStranger(cmd: string, message: string, mark: string, shell: boolean): boolean {
  if (!cmd.includes(mark)) return false;
  const lines = message.split('\n').filter((l) => l.includes(mark));
  const program = /^\s*(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(cmd);
  const starts = shell
    ? // a line of the stranger's text where a shell command starts (the shell's own split: outside quotes)
      splitTop(cmd, /&&|\|\||[;&|\n]/).some((seg) => lines.some((l) => seg.trimStart().startsWith(l)))
    : (program?.[1] ?? program?.[2] ?? program?.[3] ?? '').includes(mark);
  const flag = INTERPRETER_EVAL.exec(cmd);
  return starts || (!!flag && cmd.slice(flag[0].length).includes(mark));
}

/**
 * Whether code given to eval (or new Function, vm) runs what a stranger sent: their text stands in it as code, not
 * only inside a string literal (`eval('log("' + text + '")')` builds a string of it, as `say "<text>"` does in a shell).
 */
export function evalsStranger(code: string, mark: string): boolean {
  return code.includes(mark) && code.replace(JS_LINE_STRINGS, '""').includes(mark);
}

/** A file the code writes that a shell would run: a `#!…sh` script, or shell commands in a `.sh` / `.command` file. */
function isShellScript(path: string, data: string): boolean {
  if (data.length > 64 * 1024 || data.length < 8) return false;
  return /^#!\s*\S*\/(?:env\s+)?(?:ba|z|da|k)?sh\b/.test(data) || /\.(?:sh|bash|command)$/i.test(path);
}

/**
 * The name a DNS query packet asks for (RFC 1035 wire format: a 12-byte header, then length-prefixed labels), or
 * undefined when the bytes are no such query. A package writing its own queries to port 53 skips the resolver.
 */
export function dnsQueryName(packet: string): string | undefined {
  // (the question starts after the 12-byte header; a header whose random id read as one multi-byte character, as a
  // packet decoded as text may be, puts it a character or two earlier)
  for (const start of [12, 11, 10, 9]) {
    const name = questionAt(packet, start);
    if (name) return name;
  }
  return undefined;
}
function questionAt(packet: string, start: number): string | undefined {
  const labels: string[] = [];
  let at = start;
  while (at < packet.length) {
    const len = packet.charCodeAt(at);
    if (len === 0) return labels.length >= 2 ? labels.join('.') : undefined;
    if (len > 63 || at + 1 + len > packet.length) return undefined;
    const label = packet.slice(at + 1, at + 1 + len);
    if (!/^[\w-]+$/.test(label)) return undefined;
    labels.push(label);
    at += 1 + len;
  }
  return undefined;
}

/**
 * DNS exfiltration spreads data over many names: `<chunk>.<seq>.<id>.zone`, one chunk per query, so a secret
 * encoded across two chunks is in no single name. The labels at each position below the zone, read across the
 * run's queries in order, and each name's labels joined, are searched for the canaries too: what they reassemble
 * to was sent to the zone's owner.
 */
function reassembledDnsSources(names: Array<{ name: string }>): string[] {
  const byPosition: string[][] = [];
  const joined: string[] = [];
  for (const { name } of names) {
    const labels = name.split('.').slice(0, -2);
    joined.push(labels.join(''));
    labels.forEach((l, i) => (byPosition[i] ??= []).push(l));
  }
  return [...byPosition.map((p) => p.join('')), joined.join('')];
}

/**
 * A command that only opens what a server named in the browser or the default app (`xdg-open "<url>"`, `open …`,
 * `start "" …`, `cmd /c start …`): the server's text as the one argument of a URL opener, a redirect or a fallback
 * after it. Opening a page is not running the server's code.
 */
const URL_OPENER = /^\s*(?:(?:\S*[\\/])?(?:xdg-open|open|wslview|sensible-browser|explorer(?:\.exe)?)|gio\s+open|(?:cmd(?:\.exe)?\s+\/c\s+)?start(?:\s+"")?)\s+/i;
function opensNamedPage(cmd: string, mark: string): boolean {
  const m = URL_OPENER.exec(cmd);
  if (!m) return false;
  const rest = cmd.slice(m[0].length);
  const arg = /^(?:"([^"]*)"|'([^']*)'|(\S+))\s*(.*)$/s.exec(rest);
  if (!arg) return false;
  const word = arg[1] ?? arg[2] ?? arg[3] ?? '';
  return word.includes(mark) && !/[;&|`$]/.test(word) && (arg[4] === '' || /^(?:[12]?>\s*\S+\s*)*(?:\|\|\s*(?:echo|true|:)\b[^;&|]*)?$/.test(arg[4].trim()));
}

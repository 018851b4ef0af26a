/**
 * JavaScript/TypeScript analysis. A cheap text pass finds capabilities and content everywhere; a Babel AST
 * pass (only when the text has something to unmask: computed requires, decoders, eval, child_process,
 * obfuscator markers) resolves module aliases and member access, folds constants, and re-scans decoded
 * payloads. Never executes package code.
 */
import { createRequire } from 'node:module';
import { visitorKeys } from './js-visitor-keys.js';
import { LineIndex, SignalSink, type Signal } from '../signals.js';
import { MAX_DECODE_DEPTH, decodeBase64, decodeHex, isMostlyPrintable } from './decode.js';
import { Folder, type Node } from './js-fold.js';
import { JS_LINE_STRINGS, SPECIMEN_WORD, dnsLabelExfil, excerpt, sandboxEvasion, scanContent, type DnsLabelExfil } from './patterns.js';
import { analyzeShell } from './shell.js';
import { RequestTaint } from './js-request-taint.js';

export interface JsAnalysis {
  /** Relative modules this file loads (`./lib/x`): an install-time file's imports run at install time too. */
  localImports: string[];
  /**
   * Shell-string signals of a file that looks like a test (tests/, *.test.js): held apart, because the caller
   * decides test-ness by reachability (src/inspect/coverage.ts) — a file an entry point, a lifecycle script or
   * a bin reaches is not a test, whatever its name.
   */
  testOnly?: Signal[];
}

const TEXT_CAPABILITIES: Array<{ id: string; re: RegExp }> = [
  { id: 'proc.spawn', re: /\brequire\(\s*["'](?:node:)?child_process["']\s*\)|\bfrom\s+["'](?:node:)?child_process["']|\bimport\(\s*["'](?:node:)?child_process["']\s*\)/g },
  { id: 'net.request', re: /\brequire\(\s*["'](?:node:)?(?:https?|http2|axios|node-fetch|got|request|undici)["']\s*\)|\bfrom\s+["'](?:node:)?(?:https?|http2|axios|node-fetch|got|undici)["']|\bfetch\s*\(|\bnew\s+XMLHttpRequest\b|\bnew\s+WebSocket\b|\bhttps?\.(?:get|request)\s*\(/g },
  { id: 'net.socket-connect', re: /\bnet\.(?:connect|createConnection)\s*\(|new\s+net\.Socket\b|\btls\.connect\s*\(/g },
  { id: 'net.dns', re: /\bdns\.(?:lookup|resolve\w*)\s*\(|\brequire\(\s*["'](?:node:)?dns["']\s*\)|from\s+["'](?:node:)?dns(?:\/promises)?["']/g },
  { id: 'fs.read', re: /\breadFileSync\s*\(|\breadFile\s*\(|\bcreateReadStream\s*\(|\breaddirSync\s*\(/g },
  { id: 'fs.write', re: /\bwriteFileSync\s*\(|\bwriteFile\s*\(|\bappendFileSync\s*\(|\bappendFile\s*\(|\bcreateWriteStream\s*\(|\bcopyFileSync\s*\(/g },
  { id: 'fs.chmod', re: /\bchmod(?:Sync)?\s*\(\s*[^,]+,\s*(?:0o?)?7[0-7]{2}\b|\bchmod(?:Sync)?\s*\(\s*[^,]+,\s*(?:493|511|0o755|0o777|["']7[0-7]{2}["'])/g },
  { id: 'host.info', re: /\b(?:readFileSync|readFile|createReadStream)\s*\(\s*["'`]\/etc\/(?:passwd|hostname)["'`]|\bos\.(?:hostname|userInfo|networkInterfaces)\s*\(|\b(?:hostname|userInfo|networkInterfaces)\s*\(\s*\)/g },
  { id: 'env.bulk', re: /JSON\.stringify\(\s*process\.env\s*[,)]|(?:querystring|qs)\.stringify\(\s*process\.env\b|new\s+URLSearchParams\(\s*process\.env\s*\)/g },
  { id: 'env.enumerate', re: /Object\.(?:entries|values)\(\s*process\.env\s*\)|\bfor\s*\(\s*(?:const|let|var)?\s*\w+\s+in\s+process\.env\s*\)/g },
  { id: 'fs.delete-recursive', re: /\b(?:rmSync|rmdirSync|rm|rmdir)\s*\([^;\n]{0,160}?recursive\s*:\s*true|\brimraf(?:\.sync)?\s*\(|\bremoveSync\s*\(/g },
  // The DevTools protocol's bulk reads when asked (`send('Storage.getCookies')`, `{ method: 'Network.getAllCookies' }`,
  // `Network.getAllCookies()`), not the method names a protocol table or its docs list.
  { id: 'browser.cookies-read', re: /\b(?:chrome|browser)\.cookies\.getAll\s*\(|\b(?:Network\.getAllCookies|Storage\.getCookies)\s*\(|(?:\bmethod["']?\s*:\s*|\.send(?:Command)?\s*\(\s*)["'`](?:Network\.getAllCookies|Storage\.getCookies)["'`]/g },
  { id: 'net.icmp-exfil', re: /\bping\b[^\n;|&]{0,60}\s-p\s*(?:\$\{|["'`]\s*\+|\$\w)/g },
  { id: 'code.eval', re: /\beval\s*\(\s*(?!["'`][^"'`]*["'`]\s*\))[\w$([]|\bnew\s+Function\s*\(\s*(?!["'`])[\w$(]/g },
];

/**
 * A resolver asked for a name that starts with a computed label (`${chunk}.${i}.zone.tld`, `piece + '.zone'`). A bare
 * `resolve` is a resolver's only when unqualified or called on one (not `path.resolve`, `Promise.resolve`), and the
 * label is followed by more name (`${drive}.` is a path).
 */
const DNS_DATA_LABEL = /(?:\b(?:resolve(?:4|6|Any|Txt|Cname|Mx|Ns)|lookup)|(?:(?<![\w$.])|\b(?:dns|dnsPromises|[\w$]*[Rr]esolver)\s*\.\s*)resolve)\s*\(\s*(?:`\$\{[^}`]{1,40}\}\.(?=[\w$-]|\$\{)|[\w$.]{1,40}\s*\+\s*["'`]\.(?:[\w$-]|["'`]\s*\+))/;
/** Bytes turned into label-safe text, and that text cut into label-sized pieces. */
const DATA_ENCODING = /\.toString\(\s*["'](?:hex|base64|base64url)["']\s*\)|\bbase32\w*\s*\(/i;
const DATA_CHUNKING = /\.match\(\s*\/\.\{1,\d{1,3}\}\/g?\s*\)|\.(?:slice|substring|substr)\(\s*\w+\s*,\s*\w+\s*\+\s*\d{1,3}\s*\)/;
const JS_DNS_LABELS: DnsLabelExfil = { name: DNS_DATA_LABEL, encode: DATA_ENCODING, chunk: DATA_CHUNKING };

/** File-system calls whose second argument is the content written, and files whose content is code. */
const WRITES_CONTENT = /^(writeFile|writeFileSync|appendFile|appendFileSync|outputFile|outputFileSync)$/;
/** Inside the analysis of code a file writes out (see onFs): not entered again. */
let writtenDepth = 0;
const PROGRAM_TEXT = /\brequire\(\s*["'`][\w:/@.-]+["'`]\s*\)|^\s*import\s[^;\n]*\sfrom\s|^#!/m;
const CODE_FILE = /\.(?:[cm]?js|[cm]?ts|sh|bash|zsh|command|py|ps1|bat|cmd|vbs)$/i;
const STRONG_QUOTED = new Set(['shell.download-exec-untrusted', 'shell.reverse-shell', 'shell.base64-exec', 'shell.powershell-encoded', 'decode.payload', 'net.raw-ip-url', 'net.exfil-host', 'net.paste-host']);
const OBFUSCATOR_ID = /\b_0x[0-9a-f]{4,6}\b/g;
const STRING_ARRAY_ROTATION = /while\s*\(\s*!!\[\]\s*\)|\[\s*["']push["']\s*\]\s*\(\s*\w+\s*\[\s*["']shift["']\s*\]\s*\(\s*\)\s*\)|\.push\(\s*\w+\.shift\(\s*\)\s*\)/;
const HIDDEN_AFTER_WHITESPACE = /\S[ \t]{150,}(\S.{10,})/g;
const HEX_ESCAPE_RUN = /(?:\\x[0-9a-fA-F]{2}){40,}/g;
/** The text has something only the AST can unmask. */
const NEEDS_AST = /child_process|\bexeca\b|cross-spawn|shelljs|(?:require|import)\s*\(\s*['"`][^'"`\n]{0,40}['"`]\s*\+|\[\s*['"`][^'"`\n]{0,40}['"`]\s*\+|\beval\s*\(|\bFunction\s*\(|fromCharCode|\batob\s*\(|new\s+Buffer\b|Buffer\.from\s*\([^;]{0,300}?['"](?:base64|base64url|hex)['"]|_0x[0-9a-f]{4}|(?:\\x[0-9a-fA-F]{2}){8}|require\s*\(\s*[^'"`\s)]|import\s*\(\s*[^'"`\s)]|['"](?:node:)?vm['"]|net\.Socket|\.reverse\(\)\s*\.join|unescape\(|process\.env\s*[,)]|\b_load\s*\(|\bmainModule\b|\bresolveTxt\b|\bgetUpdates\b|\.prototype\.(?:open|send)\s*=(?!=)|=\s*process(?:\.env)?\s*[,;]/;

/** Paths whose folding (path.join, templates) decides what a file-system call touches. */
const NEEDS_AST_PATHS = /authorized_keys|\/proc\/|discord_desktop_core|SKILL\.md|\.npmrc|id_(?:rsa|ed25519|ecdsa)|auth-profiles|['"`](?:credentials|sessions|skills|extensions)['"`]|\bhomedir\s*\(|app\.asar|\.(?:request|get|connect|createConnection)\s*=(?!=)|import\s*\(\s*['"`](?:https?|data):/;
const MAX_AST_BYTES = 3 * 1024 * 1024;
const BIG_FILE_BYTES = 256 * 1024;
const NEEDS_AST_STRONG = /fromCharCode\s*\((?:\s*\d+\s*,){8}|\batob\s*\(\s*["'`][A-Za-z0-9+/=]{40}|_0x[0-9a-f]{4,6}\b[\s\S]{0,200}_0x[0-9a-f]{4,6}\b|(?:\\x[0-9a-fA-F]{2}){16}|require\s*\(\s*["'`][^"'`\n]{0,30}["'`]\s*\+|eval\s*\(\s*(?:atob|Buffer|String\.fromCharCode|unescape|decodeURIComponent)\b|new\s+Function\s*\(\s*(?:atob|Buffer|String\.fromCharCode|unescape|decodeURIComponent)\b/;

/** The literal text an expression starts with (`'data:…;base64,' + x`, a template's first part), if any. */
function leadingText(node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis[0]?.value.cooked ?? undefined;
  if (node.type === 'BinaryExpression' && node.operator === '+') return leadingText(node.left);
  return undefined;
}

/**
 * The token pre-pass: does the text hold something only the AST can unmask (a spawn, a computed require, a
 * decoder, a path folded from parts)? The text pass above has already read everything else, so a file without
 * such a token skips the parse (bench/parser measures how many do).
 */
export function needsAst(text: string): boolean {
  return text.length <= MAX_AST_BYTES && (text.length > BIG_FILE_BYTES ? NEEDS_AST_STRONG.test(text) : NEEDS_AST.test(text) || NEEDS_AST_PATHS.test(text) || (text.includes('readdir') && /writeFile|unlink|truncate/.test(text)));
}

/**
 * Whether a whole-file analysis of this JavaScript would have been more than its text passes: under MAX_AST_BYTES
 * the parse the token pre-pass asks for; over it, none (no JavaScript that size is parsed) unless the text holds
 * the markers of code that hides itself, which is what a parse and the emulator are for. coverage.ts asks it of a
 * file over the whole-file cap: read in chunks by the same text passes, it lost nothing else.
 */
export function wholeFileAnalysisParses(text: string): boolean {
  return text.length <= MAX_AST_BYTES ? needsAst(text) : NEEDS_AST_STRONG.test(text);
}

export function analyzeJs(text: string, sink: SignalSink, fileName = 'file.js', lineBase?: number): JsAnalysis {
  const lines = new LineIndex(text);
  const lineAt = lineBase === undefined ? (o: number) => lines.lineOf(o) : () => lineBase;
  const localImports: string[] = [];

  for (const cap of TEXT_CAPABILITIES) {
    cap.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = cap.re.exec(text)) && n++ < 10) sink.add(cap.id, lineAt(m.index), excerpt(text, m.index, m[0].length));
  }
  scanContent(text, sink, lineAt, (o) => inMention(text, o));
  browserStores(text, sink, lineAt);
  // Data cut into DNS labels: a name whose leftmost label is a variable, resolved, in code that encodes and chunks.
  const evasion = sandboxEvasion(text);
  if (evasion !== undefined) sink.add('gate.sandbox-evasion', lineAt(evasion), excerpt(text, evasion, 80));
  const dns = dnsLabelExfil(text, JS_DNS_LABELS);
  if (dns) sink.add('net.covert-exfil', lineAt(dns.index), excerpt(text, dns.index, dns[0].length));
  // Test files of linters and scanners hold attack strings as data; what test code runs is still judged by the AST.
  let testOnly: Signal[] | undefined;
  if (/curl|wget|bash|powershell|pwsh|\/dev\/tcp|base64|xattr|nc |iex/i.test(text)) {
    if (!TEST_FILE.test(fileName)) analyzeShellStrings(text, sink, lineAt);
    else analyzeShellStrings(text, new SignalSink(sink.file, sink.kind, sink.depth, (testOnly = [])), lineAt);
  }
  detectObfuscation(text, sink, lineAt);

  for (const m of text.matchAll(/(?:require\s*\(\s*|from\s+|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g)) localImports.push(m[1]);

  // Big bundles are parsed only for strong markers: parsing every minified megabyte costs more than it finds.
  if (needsAst(text)) {
    const parsed = parseJs(text, fileName);
    if ('ast' in parsed) new AstAnalyzer(sink, lineBase).run(parsed.ast);
    else sink.add('code.unparseable', lineBase ?? parsed.line, `could not parse ${fileName} as JavaScript/TypeScript: ${parsed.message}`);
  }
  return { localImports, ...(testOnly?.length ? { testOnly } : {}) };
}

const NETWORK_CALL = /^(fetch|https?\.(get|request)|axios(\.\w+)?|got(\.\w+)?|undici\.request|needle(\.\w+)?|dns(\/promises)?(\.promises)?\.resolve(Txt|Any)|.+\.resolveTxt)$/;
const TEST_FILE = /(^|\/)(tests?|__tests__|spec|__fixtures__)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
const BROWSER_STORE = /\b(Login Data|Web Data|Local State)\b|[\\/'"]Cookies\b|\bkey4\.db\b|\blogins\.json\b|\bcookies\.sqlite\b/g;

/** Two or more of a browser's secret databases (logins, cookies, the key that decrypts them) named in one file. */
function browserStores(text: string, sink: SignalSink, lineAt: (o: number) => number): void {
  if (!/Login Data|Web Data|Local State|Cookies|key4\.db|logins\.json|cookies\.sqlite/.test(text)) return;
  const seen = new Map<string, number>();
  BROWSER_STORE.lastIndex = 0;
  for (const m of text.matchAll(BROWSER_STORE)) {
    const k = m[0].replace(/^[\\/'"]/, '').toLowerCase();
    if (!seen.has(k)) seen.set(k, m.index);
  }
  if (seen.size >= 2) sink.add('cred.browser-stores', lineAt(Math.min(...seen.values())), `browser secret stores: ${[...seen.keys()].join(', ')}`);
}

/**
 * A quoted string of 8 to 2000 characters or escapes on one line, its body in group 1, 2 or 3 by quote: the same
 * matches as `(["'`])((?:(?!\1)[^\\\n]|\\.){8,2000})\1`, without the back-reference (about half the time in V8).
 */
const QUOTED_STRING = /"((?:[^"\\\n]|\\.){8,2000})"|'((?:[^'\\\n]|\\.){8,2000})'|`((?:[^`\\\n]|\\.){8,2000})`/g;

/**
 * Where OpenClaw loads skills from, as a folded path names it: a skills/ folder whose parent is OpenClaw's state, a
 * workspace, the home, an agents' folder or a folder the fold could not name (a scanner's own `work/skills` copy of
 * fetched skills is not one); any SKILL.md under OpenClaw's state; a SKILL.md in a folder the fold could not name.
 */
const SKILL_ROOT_WRITE = /(?:^|[\\/])(?:\*|\$\{[^}]*\}|~|\.openclaw|\.agents|\.claude|workspace[\w.-]*)[\\/]+skills[\\/]|\.openclaw[\\/].*SKILL\.md$|^(?:(?:\*|\$\{[^}]*\})[\\/]+)*SKILL\.md$/;

/** A specimen key's value, in JavaScript: what a rule table or a test vector quotes (an array's earlier items may come between). */
const SPECIMEN_KEY = new RegExp(String.raw`\b${SPECIMEN_WORD}["']?\s*:\s*(?:\[(?:\s*(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*,)*)?\s*$`, 'i');
/** A line holding a specimen key (cheaper than SPECIMEN_KEY at every string). */
const SPECIMEN_LINE = new RegExp(String.raw`\b${SPECIMEN_WORD}["']?\s*:`, 'i');


/** Whether the string starting at `at` of `lineText` is the value of a specimen key, or an item of an array that is. */
function specimenValue(lineText: string, at: number): boolean {
  return SPECIMEN_KEY.test(lineText.slice(Math.max(0, at - 400), at));
}

/**
 * Whether offset `o` of `text` is only quoted: inside a string that is the value of a specimen key (a detector's rule
 * table quoting the miner or the wipe it looks for: `example: "./xmrig -o stratum+tcp://…"`), or inside a row of a
 * rule table: an object whose pattern is a regular expression literal (`{ pattern: /webhook\.site/i, label:
 * "webhook.site" }`), the match in that literal or in the row's label, message or description. Such text is a mention;
 * what code does with it is still judged by the AST pass and the emulator.
 */
function inMention(text: string, o: number): boolean {
  const start = text.lastIndexOf('\n', o) + 1;
  const nl = text.indexOf('\n', o);
  const lineText = text.slice(start, nl < 0 ? text.length : nl);
  const col = o - start;
  if (toUserOrComment(lineText, col)) return true;
  const specimen = SPECIMEN_LINE.test(lineText);
  // a rule table's row: a keyed regular expression on this line or within a few lines around it (rows written one
  // key per line)
  let row = false;
  if (!specimen) {
    let from = start;
    for (let k = 0; k < 6 && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
    let to = nl < 0 ? text.length : nl;
    for (let k = 0; k < 6 && to < text.length; k++) {
      const next = text.indexOf('\n', to + 1);
      to = next < 0 ? text.length : next;
    }
    KEYED_REGEX.lastIndex = 0;
    row = KEYED_REGEX.test(text.slice(from, to));
    // (or a row written as a pair, `['mkfifo-nc', /mkfifo\s+\S+.*\|\s*nc\b/]`: its label and its pattern)
    if (withinMatch(lineText, LABELLED_REGEX, col)) return true;
    if (!row) return false;
    if (withinMatch(lineText, KEYED_REGEX, col)) return true;
  }
  // Every string of the line from its start, of any length (QUOTED_STRING's minimum would pair the closing quote of
  // a short string with the next opening one).
  for (const m of lineText.matchAll(JS_LINE_STRINGS)) {
    if (m.index > col) break;
    if (col < m.index + m[0].length) return specimen ? specimenValue(lineText, m.index) : ROW_TEXT_KEY.test(lineText.slice(Math.max(0, m.index - 40), m.index));
  }
  return false;
}
const MAX_MESSAGE_LINE = 2000;
/** A call whose string arguments are words for the user: a console message, a prompt's question. */
const TO_USER = /\b(?:console\.(?:log|info|warn|error|debug)|process\.std(?:out|err)\.write|\w*\.question|prompt|confirm|alert)\s*\(\s*(?:[^()]*,\s*)?$/;

/**
 * Whether column `col` of a line lies in a string handed straight to the user (`console.log("Installing gitleaks…")`,
 * `rl.question("Run trufflehog on every commit? ")`) or in a `//` comment: words about a tool, not a run of it.
 */
function toUserOrComment(lineText: string, col: number): boolean {
  // (a minified bundle's line is its whole program: not read for messages, whose lines are short)
  if (lineText.length > MAX_MESSAGE_LINE) return false;
  let from = 0;
  for (const m of lineText.matchAll(JS_LINE_STRINGS)) {
    const comment = lineText.indexOf('//', from);
    if (comment >= 0 && comment < m.index) return col >= comment;
    if (m.index > col) return false;
    if (col < m.index + m[0].length) return TO_USER.test(lineText.slice(0, m.index));
    from = m.index + m[0].length;
  }
  const comment = lineText.indexOf('//', from);
  return comment >= 0 && col >= comment;
}

/** Whether column `col` of a line falls inside a match of the global pattern `re`. */
function withinMatch(lineText: string, re: RegExp, col: number): boolean {
  for (const m of lineText.matchAll(re)) if (m.index <= col && col < m.index + m[0].length) return true;
  return false;
}

/** A key whose value is a regular expression literal: a rule table's pattern. */
const KEYED_REGEX = /\b(?:pattern|patterns|regex|regexp|re|rx|match|matcher)["']?\s*:\s*\/(?![/*])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuyv]*/g;
/** A rule table's row written as an array: a label and a regular expression literal (`['nc-exec', /\bnc\b.*-e/]`). */
const LABELLED_REGEX = /\[\s*(["'])[\w .:/-]{1,60}\1\s*,\s*\/(?![/*])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuyv]*/g;
/** A rule table row's words about its pattern: what a reviewer or a report reads. */
const ROW_TEXT_KEY = /\b(?:message|msg|label|description|desc|title|name|why|reason|summary|rule|id|category|hint|remediation)["']?\s*:\s*$/i;

/** A word of a shell command worth reading in a string. */
const SHELL_WORD = /curl|wget|bash|\bsh\b|powershell|pwsh|\/dev\/tcp|base64|xattr|\bnc\b|iex|mkfifo/i;
const SHELL_WORD_G = new RegExp(SHELL_WORD.source, 'gi');

/** Shell commands inside string literals (the text pass sees them without quoting context). */
function analyzeShellStrings(text: string, sink: SignalSink, lineAt: (o: number) => number): void {
  // A string is not a command until something runs it (help texts quote installers). Strings reaching a
  // spawn are judged by the AST pass; from bare strings keep only evidence no message has a reason to hold.
  const quoted = sink.filtered((id) => STRONG_QUOTED.has(id));
  // A quoted string never spans lines, and one holding a shell word puts it on its line (a word boundary at the
  // string's edge is one on the line too, the quote being no word character): only lines with a shell word are
  // searched for strings, which finds the same strings as searching the whole text, in a fraction of the time on
  // big bundles.
  SHELL_WORD_G.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = SHELL_WORD_G.exec(text))) {
    const start = text.lastIndexOf('\n', hit.index) + 1;
    const nl = text.indexOf('\n', hit.index);
    const end = nl < 0 ? text.length : nl;
    const lineText = text.slice(start, end);
    for (const m of lineText.matchAll(QUOTED_STRING)) {
      const s = m[1] ?? m[2] ?? m[3];
      // not the value of a key that labels it a specimen (`example: "bash -i >& /dev/tcp/…"` in a detector's rule table)
      // (nor a rule table row's label, `['mkfifo-nc', /mkfifo\s+\S+.*\|\s*nc\b/]`)
      if (SHELL_WORD.test(s) && !specimenValue(lineText, m.index) && !withinMatch(lineText, LABELLED_REGEX, m.index)) {
        const line = lineAt(start + m.index);
        analyzeShell(s.replace(/\\n/g, '\n').replace(/\\(["'`\\])/g, '$1'), quoted, () => line, false);
      }
    }
    SHELL_WORD_G.lastIndex = end;
  }
}

function detectObfuscation(text: string, sink: SignalSink, lineAt: (o: number) => number): void {
  const ids = text.match(OBFUSCATOR_ID);
  if (ids && new Set(ids).size >= 8) {
    const first = text.search(OBFUSCATOR_ID);
    sink.add('code.obfuscated', lineAt(first), `${new Set(ids).size} javascript-obfuscator style _0x identifiers`);
  }
  const rot = STRING_ARRAY_ROTATION.exec(text);
  if (rot && ids && ids.length >= 4) sink.add('code.obfuscated', lineAt(rot.index), `string-array rotation: ${rot[0]}`);
  HIDDEN_AFTER_WHITESPACE.lastIndex = 0;
  const hw = HIDDEN_AFTER_WHITESPACE.exec(text);
  if (hw) sink.add('code.hidden-whitespace', lineAt(hw.index), `code after a long whitespace run: ${hw[1]}`);
  HEX_ESCAPE_RUN.lastIndex = 0;
  const hx = HEX_ESCAPE_RUN.exec(text);
  if (hx) sink.add('code.escape-run', lineAt(hx.index), `${hx[0].length / 4} consecutive \\x escapes`);
}

// The parser loads on the first file that needs an AST (most files never do: see the text pass above), through
// require: importing a CommonJS package from ESM makes Node lex all of it for named exports first.
const requireLazy = createRequire(import.meta.url);
let parseMemo: typeof import('@babel/parser').parse | undefined;
const parse: typeof import('@babel/parser').parse = (text, options) => (parseMemo ??= (requireLazy('@babel/parser') as typeof import('@babel/parser')).parse)(text, options);

function parseJs(text: string, fileName: string): { ast: Node } | { line: number; message: string } {
  const isTs = /\.[cm]?tsx?$/i.test(fileName);
  const plugins: any[] = isTs ? (/x$/i.test(fileName) ? ['typescript', 'jsx'] : ['typescript']) : ['jsx'];
  const base = {
    sourceType: 'unambiguous' as const,
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowSuperOutsideMethod: true,
    allowUndeclaredExports: true,
    tokens: false,
  };
  try {
    return { ast: parse(text, { ...base, plugins }) as unknown as Node };
  } catch (first) {
    try {
      // `<T>x` casts in .js-named TypeScript, or JSX that is not JSX: one retry with the other grammar.
      return { ast: parse(text, { ...base, plugins: isTs ? ['jsx'] : ['typescript'] }) as unknown as Node };
    } catch {
      const err = first as { loc?: { line?: number }; message?: string };
      return { line: err.loc?.line ?? 1, message: String(err.message ?? 'syntax error').slice(0, 120) };
    }
  }
}

const SKIP_KEYS = new Set(['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'range', 'type', 'comments', 'tokens', 'errors']);
const SPAWN_FNS = new Set(['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
const EVAL_CALLEES = new Set(['eval', 'Function', 'vm.runInThisContext', 'vm.runInNewContext', 'vm.runInContext', 'vm.Script', 'vm.compileFunction', 'setTimeout', 'setInterval']);
const DECODER_CALLEES = /^(atob|Buffer\.from|String\.fromCharCode|decodeURIComponent|unescape|zlib\.\w*(inflate|gunzip|unzip|brotliDecompress)\w*|crypto\.createDecipheriv)$/;
const FS_MODULES = new Set(['fs', 'fs/promises', 'fs-extra', 'graceful-fs']);
const SHELL_BINARY = /^(?:\/usr)?(?:\/bin\/)?(?:ba|z|da)?sh$|^cmd(\.exe)?$|^powershell(\.exe)?$|^pwsh$/i;

class AstAnalyzer {
  private readonly folder = new Folder();
  /** Identifier → module or `module.member` it aliases. */
  private readonly aliases = new Map<string, string>();
  /** Identifiers of objects that hold `process.env` in a property. */
  private readonly envHolders = new Set<string>();
  /** Depth of network-call arguments being visited (callbacks receiving response data). */
  private netDepth = 0;
  /** Variables that gather what a network callback receives (`r.on('data', (c) => (d += c))`). */
  private readonly remoteVars = new Set<string>();
  /** Function declarations by name (for self-recursive directory walks). */
  private readonly functions = new Map<string, Node>();
  /** `for (const x of list)`: x → list (for data-flow questions only, never folded). */
  private readonly iterBindings = new Map<string, Node>();
  /** Local functions (declared or bound to a variable) whose body makes a network call: request wrappers. */
  private netWrappers?: Set<string>;
  private readonly localFunctions = new Map<string, Node>();
  /** Character-shift decoders seen (`String.fromCharCode(c.charCodeAt(0) - 3)`): operator and key. */
  private readonly shifts: Array<{ op: string; key: number; line: number }> = [];
  private readonly strings: string[] = [];
  /** Identifiers bound to `process` and to `process.env` (`var p = process, E = p.env`). */
  private readonly processAliases = new Set<string>();
  private readonly envAliases = new Set<string>();
  /**
   * Calls and `new` expressions in collect's pre-order (`at`: the node's pre-order number), and each function
   * declaration body's pre-order span (a subtree's numbers are contiguous): what onFunction needs without walking
   * the body again for every declaration enclosing it. `collectCut`: collect stopped at its depth cap somewhere,
   * so the table is incomplete and onFunction walks as before.
   */
  private preorder = 0;
  private readonly calls: Array<{ node: Node; at: number; depth: number }> = [];
  private readonly bodySpans = new Map<Node, { from: number; to: number; depth: number }>();
  private collectCut = false;
  /** Functions registered to serve HTTP requests: their first parameter is what a client sent. */
  private readonly handlers: Node[] = [];
  private frameworkImported?: boolean;

  constructor(
    private readonly sink: SignalSink,
    private readonly lineBase?: number,
  ) {}

  run(ast: Node): void {
    this.collect(ast, 0);
    this.visit(ast, null, 0);
    this.decodeShifted();
    if (this.handlers.length) this.followRequests();
  }

  /** The request of each HTTP handler, followed through the file's own functions to code it may run. */
  private followRequests(): void {
    const taint = new RequestTaint({
      calleeName: (n) => this.calleeName(n),
      localFunction: (name) => this.localFunctions.get(name),
      fold: (n) => (n ? this.folder.fold(n) : undefined),
      foldPath: (n) => this.foldPath(n),
      childKeys,
      line: (n) => this.line(n),
      emit: (line, evidence) => this.sink.add('code.eval-remote', line, evidence),
      emitCredential: (line, evidence) => this.sink.add('net.built-in-credential', line, evidence),
    });
    for (const fn of new Set(this.handlers).values()) taint.runHandler(fn);
  }

  /** The `handler` of a route's options object (a method, a function, or a local function's name). */
  private handlerProperty(obj: Node): Node | undefined {
    for (const p of obj.properties as Node[]) {
      const key = p.key?.type === 'Identifier' ? p.key.name : p.key?.value;
      if (key === 'handler') return p.type === 'ObjectMethod' ? p : this.functionArg(p.value);
    }
    return undefined;
  }

  /** A function argument, or the local function a name refers to. */
  private functionArg(a: Node | undefined): Node | undefined {
    if (!a) return undefined;
    if (/^(FunctionExpression|ArrowFunctionExpression|ObjectMethod)$/.test(a.type)) return a;
    if (a.type === 'Identifier') return this.localFunctions.get(a.name);
    return undefined;
  }

  /**
   * Calls that register a request handler: OpenClaw's `registerHttpRoute({ handler })` and `registerHttpHandler(fn)`,
   * `http(s).createServer(fn)`, `server.on('request', fn)`, and routes of express, fastify, hono, koa and the like.
   */
  private onHandlerRegistration(node: Node, name: string, args: Node[]): void {
    const [, fn] = splitQualified(name);
    if (fn === 'registerHttpRoute' && args[0]?.type === 'ObjectExpression') {
      const h = this.handlerProperty(args[0]);
      if (h) this.handlers.push(h);
      return;
    }
    if (fn === 'registerHttpHandler' || /^(https?|http2)\.(createServer|createSecureServer)$/.test(name)) {
      for (const a of args) {
        const h = this.functionArg(a);
        if (h) this.handlers.push(h);
      }
      return;
    }
    const callee = node.callee as Node;
    if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return;
    const recv = this.folder.bindings.get(callee.object.name);
    const made = recv && (recv.type === 'CallExpression' || recv.type === 'NewExpression') ? (this.calleeName(recv.callee) ?? '') : '';
    if (/^(on|once|addListener)$/.test(fn ?? '') && this.folder.fold(args[0])?.value === 'request' && /^(https?|http2)\.(createServer|createSecureServer|Server)$/.test(made)) {
      const h = this.functionArg(args[1]);
      if (h) this.handlers.push(h);
      return;
    }
    if (!/^(get|post|put|patch|delete|del|all|use|head|options|route|any)$/.test(fn ?? '')) return;
    const framework = (m: string) => /^(express|fastify|hono|koa|@koa\/router|koa-router|polka|restify|connect|@hono\/node-server|h3|micro)(\.|$)/.test(m);
    const isServer = made ? framework(made) : !recv && /^(app|router|server|fastify|api)$/.test(callee.object.name) && (this.frameworkImported ??= [...this.aliases.values()].some(framework));
    if (!isServer) return;
    for (const a of args) {
      // `fastify.route({ method, url, handler })`: the handler among the route's options.
      const h = a?.type === 'ObjectExpression' ? this.handlerProperty(a) : this.functionArg(a);
      if (h) this.handlers.push(h);
    }
  }

  /** A char-shift decoder in the file: apply it to every string literal and judge the plaintext (decoded). */
  private decodeShifted(): void {
    for (const { op, key, line } of this.shifts.slice(0, 3)) {
      const out: string[] = [];
      for (const s of this.strings) {
        const d = [...s].map((ch) => String.fromCharCode(op === '-' ? ch.charCodeAt(0) - key : op === '+' ? ch.charCodeAt(0) + key : ch.charCodeAt(0) ^ key)).join('');
        if (isMostlyPrintable(d) && /[a-z]/i.test(d)) out.push(d);
      }
      if (out.length >= 3) this.rescan(out.join('\n'), line, true, false);
    }
  }

  private isNetWrapper(name: string): boolean {
    if (!this.netWrappers) {
      this.netWrappers = new Set();
      for (const [n, fn] of this.localFunctions) if (this.containsNetworkCall(fn, 0)) this.netWrappers.add(n);
    }
    return this.netWrappers.has(name);
  }

  private containsNetworkCall(node: Node, depth: number): boolean {
    if (!node || depth > 60 || typeof node.type !== 'string') return false;
    if ((node.type === 'CallExpression' || node.type === 'NewExpression') && this.isNetworkCall(node)) return true;
    for (const key of childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && this.containsNetworkCall(c, depth + 1)) return true;
      } else if (v && typeof v.type === 'string' && this.containsNetworkCall(v, depth + 1)) return true;
    }
    return false;
  }

  /** `msg.content`, `buf`, `x.data.cmd`: a member chain rooted in a name with no binding in the file (a callback parameter). */
  private chainRootUnbound(node: Node, depth = 0): boolean {
    if (!node || depth > 8) return false;
    if (node.type === 'Identifier') return !this.folder.bindings.get(node.name) && !['process', 'global', 'globalThis', 'window', 'module', 'exports', 'require', '__dirname', '__filename', 'os', 'path'].includes(node.name) && !this.aliases.has(node.name);
    if (node.type === 'MemberExpression') return this.chainRootUnbound(node.object, depth + 1);
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') return this.chainRootUnbound(node.callee.object, depth + 1);
    return false;
  }

  /**
   * The page's own fetch or XMLHttpRequest replaced, however the names are spelled (`g[_0x[0]] = …` with g the
   * window, `X.prototype.open = …` with X its XMLHttpRequest): what every response says passes through the new code.
   */
  private onPatch(node: Node): void {
    const left = node.left;
    const prop = this.folder.propName(left);
    if (!prop || !/^(?:fetch|open|send)$/.test(prop)) return;
    const isGlobal = (n: Node | undefined, depth = 0): boolean => {
      if (!n || depth > 3) return false;
      if (n.type === 'Identifier') {
        if (['window', 'globalThis', 'self'].includes(n.name)) return true;
        const b = this.folder.bindings.get(n.name);
        return !!b && branches(b).some((x) => isGlobal(x, depth + 1));
      }
      return false;
    };
    const isXhr = (n: Node | undefined, depth = 0): boolean => {
      if (!n || depth > 3) return false;
      if (n.type === 'Identifier') {
        if (n.name === 'XMLHttpRequest') return true;
        const b = this.folder.bindings.get(n.name);
        return !!b && branches(b).some((x) => isXhr(x, depth + 1));
      }
      return n.type === 'MemberExpression' && this.folder.propName(n) === 'XMLHttpRequest' && isGlobal(n.object, depth + 1);
    };
    const hooked = prop === 'fetch' ? isGlobal(left.object) : left.object.type === 'MemberExpression' && this.folder.propName(left.object) === 'prototype' && isXhr(left.object.object);
    if (hooked) this.sink.add('drain.fetch-patch', this.line(node), `${prop === 'fetch' ? 'fetch' : `XMLHttpRequest.prototype.${prop}`} replaced`);
  }

  /**
   * Whether `leaf` says yes of some node of the expression, following single-assignment bindings (a binding
   * costs `bindCost` of the depth budget). `leaf` answers true or false to stop at a node, undefined to go on.
   */
  private reaches(node: Node | undefined, leaf: (n: Node) => boolean | undefined, depth: number, bindCost: number): boolean {
    if (!node || depth > 24 || typeof node.type !== 'string') return false;
    const said = leaf(node);
    if (said !== undefined) return said;
    if (node.type === 'Identifier') {
      const b = this.folder.bindings.get(node.name);
      return b ? this.reaches(b, leaf, depth + bindCost, bindCost) : false;
    }
    for (const key of childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && this.reaches(c, leaf, depth + 1, bindCost)) return true;
      } else if (v && typeof v.type === 'string' && this.reaches(v, leaf, depth + 1, bindCost)) return true;
    }
    return false;
  }

  /** The expression (through bindings) uses a variable that gathers network data. */
  private refsRemote(node: Node | undefined): boolean {
    return this.reaches(node, (n) => (n.type === 'Identifier' && this.remoteVars.has(n.name) ? true : undefined), 0, 6);
  }

  /** The expression (through bindings and branches) names a shell binary. */
  private namesShell(node: Node | undefined): boolean {
    return this.reaches(node, (n) => (n.type === 'StringLiteral' ? SHELL_BINARY.test(n.value.trim()) : undefined), 12, 3);
  }

  private isRemoteData(node: Node | undefined): boolean {
    return this.fromCall(node, (n) => NETWORK_CALL.test(n) || (!n.includes('.') && this.isNetWrapper(n)), 0);
  }

  private line(node: Node): number {
    return this.lineBase ?? node.loc?.start.line ?? 1;
  }

  private collect(node: Node, depth: number): void {
    if (depth > 1500) {
      this.collectCut = true;
      return;
    }
    const at = this.preorder++;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') this.calls.push({ node, at, depth });
    if (node.type === 'FunctionDeclaration' && node.id?.type === 'Identifier') {
      this.functions.set(node.id.name, node);
      this.localFunctions.set(node.id.name, node);
    }
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init && /Function/.test(node.init.type)) this.localFunctions.set(node.id.name, node.init);
    if (node.type === 'StringLiteral' && this.strings.length < 2000 && node.value.length >= 2 && node.value.length <= 400) this.strings.push(node.value);
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
      if (node.init.type === 'Identifier' && node.init.name === 'process') this.processAliases.add(node.id.name);
      else if (this.isEnv(node.init)) this.envAliases.add(node.id.name);
    }
    // `const { data } = await axios.get(…)`: each destructured name carries the value it came from (data flow only).
    if (node.type === 'VariableDeclarator' && node.init && (node.id.type === 'ObjectPattern' || node.id.type === 'ArrayPattern')) {
      for (const p of (node.id.properties ?? node.id.elements ?? []) as Node[]) {
        const v = p?.type === 'ObjectProperty' ? p.value : p;
        const local = v?.type === 'Identifier' ? v : v?.type === 'AssignmentPattern' && v.left.type === 'Identifier' ? v.left : undefined;
        if (local && !this.iterBindings.has(local.name)) this.iterBindings.set(local.name, node.init);
      }
    }
    if ((node.type === 'ForOfStatement' || node.type === 'ForInStatement') && node.left.type === 'VariableDeclaration' && node.left.declarations[0]?.id.type === 'Identifier') this.iterBindings.set(node.left.declarations[0].id.name, node.right);
    if (node.type === 'VariableDeclarator') {
      if (node.id.type === 'Identifier') {
        this.folder.bind(node.id.name, node.init);
        // `const run = globalThis['ev' + 'al']`: an alias of eval or Function under another name.
        if (node.init?.type === 'MemberExpression' && node.init.object.type === 'Identifier' && ['window', 'globalThis', 'global', 'self'].includes(node.init.object.name)) {
          const prop = this.folder.propName(node.init);
          if (prop === 'eval' || prop === 'Function') this.aliases.set(node.id.name, prop);
        }
        // `const F = Object.getPrototypeOf(async function () {}).constructor` (or `(() => {}).constructor`): the
        // AsyncFunction / Function constructor, which compiles a string like Function does.
        if (isFunctionConstructor(node.init)) this.aliases.set(node.id.name, 'Function');
        const mod = node.init ? this.moduleOf(node.init) : undefined;
        if (mod) this.aliases.set(node.id.name, mod);
      } else if (node.id.type === 'ObjectPattern' && node.init) {
        const mod = this.moduleOf(node.init);
        if (mod)
          for (const p of node.id.properties as Node[]) {
            if (p.type !== 'ObjectProperty') continue;
            const key = p.key.type === 'Identifier' && !p.computed ? p.key.name : this.folder.fold(p.key)?.value;
            const local = p.value.type === 'Identifier' ? p.value.name : p.value.type === 'AssignmentPattern' && p.value.left.type === 'Identifier' ? p.value.left.name : undefined;
            if (key && local) this.aliases.set(local, `${mod}.${key}`);
          }
      }
    } else if (node.type === 'ImportDeclaration') {
      const mod = normalizeModule(node.source.value);
      for (const s of node.specifiers as Node[]) {
        if (s.type === 'ImportSpecifier') this.aliases.set(s.local.name, `${mod}.${s.imported.type === 'Identifier' ? s.imported.name : s.imported.value}`);
        else this.aliases.set(s.local.name, mod);
      }
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && /Function/.test(node.right.type) && /^(https?|http2|net|tls)$/.test(this.moduleOf(node.left.object) ?? '') && /^(request|get|connect|createConnection)$/.test(this.folder.propName(node.left) ?? '')) {
      // `https.request = function (opts) {…}`: every request of the process now passes through this code.
      const mod = this.moduleOf(node.left.object);
      this.sink.add('net.patch-core', this.line(node), `${mod}.${this.folder.propName(node.left)} replaced`);
      if (readsAuthHeader(node.right)) this.sink.add('net.patch-core-credentials', this.line(node), `${mod}.${this.folder.propName(node.left)} replaced by a function reading Authorization/Cookie headers`);
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.object.type === 'Identifier' && isProcessEnv(node.right)) {
      // `data.e = process.env`: the object now carries every secret of the environment.
      this.envHolders.add(node.left.object.name);
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.operator === '=') {
      const mod = this.moduleOf(node.right);
      if (mod) this.aliases.set(node.left.name, mod);
      else this.folder.bind(node.left.name, node.right);
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
      // `body += chunk`: the variable accumulates runtime data; its initial value is not its value.
      this.folder.bind(node.left.name, null);
      this.folder.bind(node.left.name, null);
    }
    for (const key of childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') this.collect(c, depth + 1);
      } else if (v && typeof v.type === 'string') {
        const from = this.preorder;
        this.collect(v, depth + 1);
        if (key === 'body' && node.type === 'FunctionDeclaration') this.bodySpans.set(v, { from, to: this.preorder, depth: depth + 1 });
      }
    }
  }

  /** `import('data:text/javascript;base64,' + body)`, `import(\`https://…/${x}\`)`: a module whose source or address is built at run time, judged as eval of that source. */
  private importOfBuiltText(node: Node, source: Node | undefined): void {
    const lead = source ? leadingText(source) : undefined;
    if (lead === undefined || !source) return;
    // a module at an address built at run time is fetched from there; one whose source is the URL is an eval of it
    if (/^https?:/i.test(lead)) this.sink.add('code.eval-remote', this.line(node), `import(${JSON.stringify(`${lead.slice(0, 80)}…`)}): code fetched from an address built at run time`);
    else if (/^data:(?:text|application)\/(?:x-)?(?:javascript|ecmascript)\b/i.test(lead)) this.onEval(node, [source], this.line(node), 'import(data:)');
  }

  /** The module an expression evaluates to (`require('x')`, `await import('x')`, an alias), or a member of one. */
  private moduleOf(node: Node): string | undefined {
    switch (node.type) {
      case 'CallExpression': {
        const c = node.callee as Node;
        const isRequire =
          (c.type === 'Identifier' && c.name === 'require') ||
          (c.type === 'MemberExpression' && /^(require|_load)$/.test(this.folder.propName(c) ?? '')) ||
          c.type === 'Import' ||
          (c.type === 'CallExpression' && c.callee.type === 'Identifier' && c.callee.name === 'createRequire');
        if (isRequire && node.arguments[0]) {
          const f = this.folder.fold(node.arguments[0]);
          if (f && c.type === 'Import' && /^(https?|data):/i.test(f.value)) {
            this.sink.add('code.eval-remote', this.line(node), `import(${JSON.stringify(f.value.slice(0, 120))})`);
            scanContent(f.value, this.sink, () => this.line(node));
          } else if (!f && c.type === 'Import') this.importOfBuiltText(node, node.arguments[0]);
          if (f) {
            if (node.arguments[0].type !== 'StringLiteral' && !(node.arguments[0].type === 'TemplateLiteral' && node.arguments[0].expressions.length === 0)) {
              // Spelling a module name at runtime hides it from scanners and bundlers alike.
              const sensitive = /^(node:)?(child_process|net|tls|dgram|dns|http|https|vm|os|fs|worker_threads)$/.test(f.value);
              this.sink.add(sensitive ? 'code.computed-require-sensitive' : 'code.computed-require', this.line(node), `require(${JSON.stringify(f.value)}) assembled at runtime`);
            }
            return normalizeModule(f.value);
          }
        }
        return undefined;
      }
      case 'ImportExpression': {
        const f = this.folder.fold(node.source);
        if (f && /^(https?|data):/i.test(f.value)) {
          // import('http://…') / import('data:…'): code loaded from a network address or an inline string.
          this.sink.add('code.eval-remote', this.line(node), `import(${JSON.stringify(f.value.slice(0, 120))})`);
          scanContent(f.value, this.sink, () => this.line(node));
        } else if (!f) this.importOfBuiltText(node, node.source);
        return f ? normalizeModule(f.value) : undefined;
      }
      case 'AwaitExpression':
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
        return this.moduleOf(node.argument ?? node.expression);
      case 'Identifier':
        return this.aliases.get(node.name);
      case 'MemberExpression': {
        const base = this.moduleOf(node.object);
        const prop = this.folder.propName(node);
        if (base && prop) return prop === 'default' ? base : `${base}.${prop}`;
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** A readable name for a callee: `child_process.exec`, `eval`, `JSON.stringify`, `fs.readFileSync`. */
  private calleeName(node: Node): string | undefined {
    const mod = this.moduleOf(node);
    if (mod) return mod;
    if (node.type === 'Identifier') return node.name;
    if (node.type === 'MemberExpression') {
      const prop = this.folder.propName(node);
      if (!prop) return undefined;
      const obj = node.object as Node;
      if (obj.type === 'Identifier' && ['window', 'globalThis', 'global', 'self'].includes(obj.name)) return prop;
      const base = obj.type === 'Identifier' ? obj.name : obj.type === 'MemberExpression' ? this.calleeName(obj) : obj.type === 'ThisExpression' ? 'this' : undefined;
      return base ? `${base}.${prop}` : `?.${prop}`;
    }
    if (node.type === 'SequenceExpression') return this.calleeName(node.expressions[node.expressions.length - 1]);
    return undefined;
  }

  private visit(node: Node, parent: Node | null, depth: number): void {
    if (depth > 1500) return;
    let isNet = false;
    switch (node.type) {
      case 'CallExpression':
      case 'NewExpression':
      case 'OptionalCallExpression':
        this.onCall(node);
        isNet = this.isNetworkCall(node);
        break;
      case 'FunctionDeclaration':
        this.onFunction(node);
        break;
      case 'StringLiteral':
        this.onString(node);
        break;
      case 'BinaryExpression':
      case 'TemplateLiteral':
        if (parent?.type !== 'BinaryExpression') this.onFoldable(node);
        break;
      case 'AssignmentExpression':
        // Inside a network callback, `d += chunk` (chunk a callback parameter): d holds what the peer sent.
        if (this.netDepth > 0 && node.operator === '+=' && node.left.type === 'Identifier' && this.chainRootUnbound(node.right)) this.remoteVars.add(node.left.name);
        if (node.operator === '=' && node.left.type === 'MemberExpression') this.onPatch(node);
        break;
      case 'ForInStatement':
        if (isProcessEnv(node.right)) this.sink.add('env.enumerate', this.line(node), 'for…in over process.env');
        break;
      case 'SpreadElement':
        if (isProcessEnv(node.argument) && !(parent && parent.type === 'ObjectExpression' && this.isEnvOption(parent))) {
          // `{...process.env}` as the env of a child process is normal; anywhere else it copies every secret.
          this.sink.add('env.enumerate', this.line(node), 'spread of process.env');
        }
        break;
      default:
        break;
    }
    if (isNet) this.netDepth++;
    for (const key of childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') this.visit(c, node, depth + 1);
      } else if (v && typeof v.type === 'string') this.visit(v, node, depth + 1);
    }
    if (isNet) this.netDepth--;
  }

  /** `spawn('sh')`, `spawn('bash', ['-s'])`, `spawn('node')`, or a variable bound to one. */
  private isInterpreterProcess(node: Node, depth = 0): boolean {
    if (!node || depth > 4) return false;
    if (node.type === 'Identifier') {
      const b = this.folder.bindings.get(node.name);
      return b ? this.isInterpreterProcess(b, depth + 1) : false;
    }
    if (node.type !== 'CallExpression') return false;
    const n = this.calleeName(node.callee);
    if (!n || !/^child_process\.(spawn|exec|execFile)$/.test(n)) return false;
    const f = this.folder.fold(node.arguments[0]);
    return !!f && (SHELL_BINARY.test(f.value.trim()) || /^(node|python[23]?|perl|ruby|php)(\.exe)?$/.test(f.value.trim()));
  }

  /** A call that sends a request or opens a socket: its callbacks receive remote data. */
  private isNetworkCall(node: Node): boolean {
    const name = this.calleeName(node.callee);
    if (!name) return false;
    const [mod, fn] = splitQualified(name);
    if (name === 'fetch' || name === 'XMLHttpRequest' || name === 'WebSocket') return true;
    // `sock.on('message', cb)` on a WebSocket / TCP socket made in this file: the callback receives remote data.
    // Chat bots (discord.js, telegraf, node-telegram-bot-api) and socket.io clients deliver remote text the same way.
    if (/^(on|once|addEventListener|onText)$/.test(fn ?? '') && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && (fn === 'onText' || /^(message|data|messageCreate|text|command)$/.test(this.folder.fold(node.arguments[0])?.value ?? ''))) {
      const b = this.folder.bindings.get(node.callee.object.name);
      if (b && (b.type === 'NewExpression' || b.type === 'CallExpression')) {
        const n = this.calleeName(b.callee) ?? '';
        if (/(^|\.)(WebSocket|Socket|Client|TelegramBot|Telegraf|Bot)$|^(ws|socket\.io-client|socket\.io-client\.io|telegraf|node-telegram-bot-api|discord\.js|io)$|^(net|tls)\.(connect|createConnection)$/.test(n)) return true;
      }
    }
    // An incoming request handed to a handler (`req.on('data', …)`): its body is what the client sent.
    if (/^(on|once)$/.test(fn ?? '') && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && /^(?:req|request|incoming)$/i.test(node.callee.object.name) && !this.folder.bindings.get(node.callee.object.name) && /^(data|end)$/.test(this.folder.fold(node.arguments[0])?.value ?? '')) return true;
    if (mod && /^(https?|http2|axios|node-fetch|got|request|undici|ws)$/.test(mod)) return true;
    if ((mod === 'net' || mod === 'tls') && /^(connect|createConnection|Socket)$/.test(fn ?? '')) return true;
    // DNS TXT records are a text channel the zone owner controls (loaders fetch stage two from them).
    if (/^dns(\/promises)?(\.promises)?$/.test(mod ?? '') && /^resolve(Txt|Any)$/.test(fn ?? '')) return true;
    return /^(axios|got|request|needle|superagent)$/.test(name) && this.aliases.has(name);
  }

  /** Callee names inside a subtree (bounded). */
  private calleesIn(node: Node, out: Set<string>, depth = 0): Set<string> {
    if (depth > 200 || !node || typeof node.type !== 'string') return out;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const n = this.calleeName(node.callee);
      if (n) out.add(n);
    }
    for (const key of childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') this.calleesIn(c, out, depth + 1);
      } else if (v && typeof v.type === 'string') this.calleesIn(v, out, depth + 1);
    }
    return out;
  }

  /**
   * calleesIn(body) from collect's table: the same calls (the body's pre-order span, at most 200 levels below it), in
   * the same order, named by the same calleeName calls.
   */
  private calleesOfBody(body: Node): Set<string> {
    const span = this.collectCut ? undefined : this.bodySpans.get(body);
    if (!span) return this.calleesIn(body, new Set());
    const out = new Set<string>();
    let lo = 0;
    let hi = this.calls.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.calls[mid].at < span.from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.calls.length && this.calls[i].at < span.to; i++) {
      const c = this.calls[i];
      if (c.depth - span.depth > 200) continue;
      const n = this.calleeName(c.node.callee);
      if (n) out.add(n);
    }
    return out;
  }

  /** A function that lists a directory, overwrites files and calls itself: a recursive overwrite of a tree. */
  private onFunction(node: Node): void {
    const name = node.id?.name as string | undefined;
    if (!name) return;
    const callees = [...this.calleesOfBody(node.body)];
    const lists = callees.some((c) => /(^|\.)(readdirSync|readdir)$/.test(c));
    const writes = callees.some((c) => /(^|\.)(writeFileSync|writeFile|truncateSync|truncate|unlinkSync|unlink|rmSync)$/.test(c));
    if (lists && writes && callees.includes(name)) this.sink.add('destroy.overwrite-walk', this.line(node), `function ${name}: walks directories recursively and overwrites or deletes every file`);
  }

  private envObjects = new WeakSet<Node>();

  private isEnvOption(obj: Node): boolean {
    return this.envObjects.has(obj);
  }

  private onCall(node: Node): void {
    const name = this.calleeName(node.callee);
    const args = node.arguments as Node[];
    const line = this.line(node);
    // Mark `env: {...process.env}` objects so the spread is not taken for bulk theft.
    for (const a of args) if (a?.type === 'ObjectExpression') for (const p of a.properties as Node[]) if (p.type === 'ObjectProperty' && p.key.type === 'Identifier' && p.key.name === 'env' && p.value.type === 'ObjectExpression') this.envObjects.add(p.value);
    if (!name) return;
    const [mod, fn] = splitQualified(name);
    if (/(^|\.)(registerHttpRoute|registerHttpHandler|createServer|createSecureServer|on|once|addListener|get|post|put|patch|delete|del|all|use|head|options|route|any)$/.test(name)) this.onHandlerRegistration(node, name, args);
    // `module.constructor._load(x)`, `Module._load(x)`, `process.mainModule.require(x)` with a computed name:
    // the loader's internals, reached around the `require` that scanners and bundlers read.
    if (/(^|\.)(constructor|Module|module)\._load$|(^|\.)mainModule\.require$/.test(name) && args[0] && args[0].type !== 'StringLiteral' && !(args[0].type === 'TemplateLiteral' && args[0].expressions.length === 0)) this.sink.add('code.indirect-module-load', line, `${name}(<computed>)`);
    if (name === 'String.fromCharCode' && args.length === 1 && args[0].type === 'BinaryExpression' && /^[-+^]$/.test(args[0].operator) && args[0].left.type === 'CallExpression' && this.folder.propName(args[0].left.callee) === 'charCodeAt') {
      const key = args[0].right.type === 'NumericLiteral' ? args[0].right.value : Number(this.folder.fold(args[0].right)?.value ?? NaN);
      if (Number.isInteger(key) && key > 0 && key < 256) this.shifts.push({ op: args[0].operator, key, line });
    }
    if (fn === 'pipe' && this.netDepth > 0 && args[0]?.type === 'MemberExpression' && this.folder.propName(args[0]) === 'stdin' && this.isInterpreterProcess(args[0].object)) this.sink.add('code.eval-remote', line, 'network response piped into the stdin of a shell/interpreter');
    if (/^path\.(join|resolve)$/.test(name)) {
      // A path built to a secret store (passed on to a reader elsewhere in the file).
      const p = this.foldPath(node);
      if (p) this.onSecretPath(p, line, `${name}(…) → ${p}`);
    }
    if (DECODER_CALLEES.test(name) && name !== 'unescape') {
      // A decoder call with a constant argument: recover the plaintext and judge it like code.
      const f = this.folder.fold(node);
      if (f?.decoded && f.value.length >= 6 && isMostlyPrintable(f.value)) this.rescan(f.value, line, true);
    }

    if ((mod === 'child_process' && fn && SPAWN_FNS.has(fn)) || /^(execa|cross-spawn|shelljs\.exec|execa\.(execa|execaCommand|command|commandSync|sync|\$))$/.test(name) || (mod === 'execa' && /^(execa|execaSync|execaCommand|execaCommandSync|\$)$/.test(fn ?? ''))) this.onSpawn(node, args, line, name);
    else if (name === 'process.binding' && this.folder.fold(args[0])?.value === 'spawn_sync') this.sink.add('proc.spawn', line, 'process.binding("spawn_sync")');
    else if (EVAL_CALLEES.has(name) || name === 'Function.constructor' || name.endsWith('.constructor') || name.endsWith('._compile')) this.onEval(node, args, line, name);
    else if (mod && FS_MODULES.has(mod) && fn) this.onFs(fn, args, line);
    else if (name === 'fetch' || (mod && /^(https?|http2|axios|node-fetch|got|request|undici|XMLHttpRequest|WebSocket|ws)$/.test(mod)) || name === 'XMLHttpRequest' || name === 'WebSocket') this.onNetwork('net.request', args, line, name);
    else if (mod === 'net' || mod === 'tls' || name === 'net.Socket') {
      if (/^(connect|createConnection|Socket)$/.test(fn ?? '')) this.onNetwork('net.socket-connect', args, line, name);
    } else if (/^dns(?:\/promises)?(?:\.promises)?$/.test(mod ?? '')) {
      this.onNetwork('net.dns', args, line, name);
      // (a TXT record is text its zone's owner serves: a channel for a second stage)
      if (/^resolve(?:Txt|Any)$/.test(fn ?? '')) this.sink.add('net.dns-txt', line, `${name}()`);
    }
    else if (mod === 'os' && /^(hostname|userInfo|networkInterfaces)$/.test(fn ?? '')) this.sink.add('host.info', line, `${name}()`);
    else if ((name === 'JSON.stringify' || /(^|\.)stringify$/.test(name) || name === 'URLSearchParams') && args.some((a) => this.carriesEnv(a))) this.sink.add('env.bulk', line, `${name}(process.env)`);
    else if (/^Object\.(entries|values|assign)$/.test(name) && args.some((a) => this.isEnv(a))) this.sink.add('env.enumerate', line, `${name}(process.env)`);
    else if (/\.(write|send|end|post|put)$/.test(name) && args.some((a) => this.isEnv(a))) this.sink.add('env.bulk', line, `${name}(process.env)`);
  }

  /** `process.env`, or an alias of it (`const E = process.env`, `p.env` with `p = process`). */
  private isEnv(a: Node | undefined): boolean {
    if (!a) return false;
    if (isProcessEnv(a)) return true;
    if (a.type === 'Identifier') return this.envAliases.has(a.name);
    return a.type === 'MemberExpression' && !a.computed && a.object.type === 'Identifier' && this.processAliases.has(a.object.name) && a.property.name === 'env';
  }

  /** `process.env`, an object literal with it as a property value, or an object it was assigned into. */
  private carriesEnv(a: Node | undefined): boolean {
    if (!a) return false;
    if (this.isEnv(a)) return true;
    if (a.type === 'ObjectExpression') return (a.properties as Node[]).some((p) => p.type === 'ObjectProperty' && this.isEnv(p.value));
    if (a.type === 'Identifier') return this.envHolders.has(a.name);
    return false;
  }

  private onSpawn(node: Node, args: Node[], line: number, name: string): void {
    const cmd = this.folder.fold(args[0]);
    const argv = args[1] ? this.folder.foldArray(args[1]) : undefined;
    // `platform === 'win32' ? 'cmd.exe' : '/bin/bash'`: every branch is a command the code may run.
    const a0 = args[0] as Node | undefined;
    if (!cmd && a0 && (a0.type === 'ConditionalExpression' || a0.type === 'LogicalExpression')) {
      for (const b of branches(a0)) {
        const f = this.folder.fold(b);
        if (!f) continue;
        if (SHELL_BINARY.test(f.value.trim())) this.sink.add('proc.spawn-shell', line, `${name}(${JSON.stringify(f.value)})`);
        analyzeShell([f.value, ...(argv?.map((a) => a.value) ?? [])].join(' '), f.decoded ? this.sink.decodedChild() : this.sink, () => line);
      }
    }
    // The command itself is data received from the network (a RAT's task loop).
    if (!cmd && a0 && this.netDepth > 0 && a0.type === 'CallExpression' && a0.callee.type === 'MemberExpression' && /^(toString|slice|substring|substr|trim|replace|join)$/.test(this.folder.propName(a0.callee) ?? '') && this.chainRootUnbound(a0.callee.object)) this.sink.add('code.eval-remote', line, `${name}(<network message>)`);
    if (!cmd && a0 && (a0.type === 'Identifier' || a0.type === 'MemberExpression' || a0.type === 'AwaitExpression')) {
      const unbound = (a0.type === 'Identifier' || a0.type === 'MemberExpression') && this.chainRootUnbound(a0);

      if ((this.netDepth > 0 && unbound) || this.isRemoteData(a0)) this.sink.add('code.eval-remote', line, `${name}(<network response>)`);
    }
    // What a peer sent, run by a shell: the command (`exec(d)`) or a shell's script argument (`execFile('/bin/sh', ['-c', cmd])`).
    if (this.remoteVars.size && args.some((a) => this.refsRemote(a)) && (/(^|\.)exec(Sync)?$/.test(name) || (a0 !== undefined && (this.refsRemote(a0) || this.namesShell(a0))))) this.sink.add('code.eval-remote', line, `${name}(<network data>)`);
    // A command string sent to the background with its output discarded (`"x" >/dev/null 2>&1 &`).
    const shape = cmd?.value ?? (a0 ? this.foldPath(a0) : undefined);
    if (shape && /(>\s*\/dev\/null|>\s*nul\b)(\s*2>&1)?\s*&\s*$|^\s*nohup\b|\bstart\s+\/b\b/i.test(shape)) this.sink.add('proc.spawn-hidden', line, `${name}(${JSON.stringify(shape)})`);
    // A command assembled around the home directory (`'rm -rf ' + os.homedir()`): judge it with `~` in place.
    if (!cmd && a0) {
      const withHome = this.foldPath(a0, true);
      if (withHome && withHome.includes('~')) analyzeShell(withHome, this.sink, () => line);
    }
    const text = [cmd?.value ?? '', ...(argv?.map((a) => a.value) ?? [])].join(' ').trim();
    this.sink.add('proc.spawn', line, `${name}(${text ? JSON.stringify(text) : '…'})`);
    // fork / spawn(process.execPath, [file]) runs a JavaScript file: no chmod needed to execute what was written.
    // Only a script outside the package's own tree (a temp or home path) counts: plugins run their own workers.
    const isFork = name.endsWith('fork');
    if (isFork || /^(node|process\.execPath)$/.test((cmd?.value ?? (a0name(args[0]) ?? '')).trim())) {
      const script = isFork ? this.foldPath(args[0]) : args[1]?.type === 'ArrayExpression' ? this.foldPath(args[1].elements[0]) : undefined;
      if (script && !/^\.{0,2}[\\/]|^[\w@.-]+(\.[cm]?js)?$/.test(script)) this.sink.add('proc.run-script', line, `${name}(${JSON.stringify(script)})`);
    }
    if (cmd && SHELL_BINARY.test(cmd.value.trim())) this.sink.add('proc.spawn-shell', line, `${name}(${JSON.stringify(cmd.value)})`);
    if (text) {
      const target = cmd?.decoded || argv?.some((a) => a.decoded) ? this.sink.decodedChild() : this.sink;
      analyzeShell(text, target, () => line);
    }
    const opts = args.find((a, i) => i > 0 && a.type === 'ObjectExpression') ?? (args[args.length - 1]?.type === 'Identifier' ? this.folder.bindings.get(args[args.length - 1].name) : undefined);
    if (opts?.type === 'ObjectExpression') {
      const prop = (k: string) => (opts.properties as Node[]).find((p) => p.type === 'ObjectProperty' && ((p.key.type === 'Identifier' && p.key.name === k) || p.key.value === k))?.value as Node | undefined;
      const detached = prop('detached');
      const stdio = prop('stdio');
      const hide = prop('windowsHide');
      const isTrue = (n?: Node) => (n?.type === 'BooleanLiteral' && n.value === true) || (n?.type === 'UnaryExpression' && n.operator === '!' && n.argument.type === 'NumericLiteral' && n.argument.value === 0);
      const ignored = stdio && (this.folder.fold(stdio)?.value === 'ignore' || (stdio.type === 'ArrayExpression' && stdio.elements.every((e: Node) => e?.type === 'StringLiteral' && e.value === 'ignore')));
      if (isTrue(detached) && (ignored || isTrue(hide))) this.sink.add('proc.spawn-hidden', line, `${name}(…, {detached: true${ignored ? ", stdio: 'ignore'" : ''}${isTrue(hide) ? ', windowsHide: true' : ''}})`);
    }
  }

  private onEval(node: Node, args: Node[], line: number, name: string): void {
    if ((name === 'setTimeout' || name === 'setInterval') && args[0]?.type !== 'StringLiteral' && !this.folder.fold(args[0])) return;
    // vm.runInNewContext(code, context) takes the code first; Function(...params, body) last.
    const codeArg = name.startsWith('vm.') || name.endsWith('._compile') ? args[0] : args[args.length - 1];
    const code = this.folder.fold(codeArg);
    if (code) {
      // The evaluated string is known: judge it as code (decoded payloads re-scanned, bounded).
      if (code.decoded) this.sink.add('code.eval-decoded', line, `${name}(decoded: ${code.value})`);
      this.rescan(code.value, line, code.decoded);
      return;
    }
    if (args.length === 0) return;
    if (this.netDepth > 0 || this.isRemoteData(codeArg)) this.sink.add('code.eval-remote', line, `${name}(<network response>)`);
    if (this.fromCall(codeArg, (n) => /(^|\.)(readFileSync|readFile)$/.test(n), 0)) this.sink.add('code.eval-file-data', line, `${name}(<file contents>)`);
    if (this.fromCall(codeArg, (n) => /(^|\.)createDecipheriv$/.test(n), 0)) this.sink.add('code.eval-decrypted', line, `${name}(<decrypted at runtime>)`);
    if (args.some((a) => this.containsDecoder(a, 0))) this.sink.add('code.eval-decoded', line, `${name}(<decoded at runtime>)`);
    else if (name !== 'setTimeout' && name !== 'setInterval') this.sink.add('code.eval', line, `${name}(<dynamic>)`);
  }

  /** The expression (through single-assignment bindings) contains a call whose name the predicate accepts. */
  private fromCall(node: Node | undefined, accept: (name: string) => boolean, depth: number): boolean {
    if (!node || depth > 30 || typeof node.type !== 'string') return false;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const n = this.calleeName(node.callee);
      if (n && accept(n)) return true;
    }
    if (node.type === 'Identifier') {
      const b = this.folder.bindings.get(node.name) ?? this.iterBindings.get(node.name);
      if (b) return this.fromCall(b, accept, depth + 5);
      // A name declared in several functions: the data comes from such a call if it does under every declaration.
      const all = this.folder.candidates.get(node.name);
      return !!all && all.length > 1 && all.every((c) => !!c && this.fromCall(c, accept, depth + 5));
    }
    if (/Function/.test(node.type)) return false;
    // `COMMANDS[x]`: the value is one of the table's, whatever the key; it comes from where the table does.
    if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') return this.fromCall(node.object, accept, depth + 1);
    for (const key of childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && this.fromCall(c, accept, depth + 1)) return true;
      } else if (v && typeof v.type === 'string' && this.fromCall(v, accept, depth + 1)) return true;
    }
    return false;
  }

  private containsDecoder(node: Node, depth: number): boolean {
    if (depth > 30 || !node || typeof node.type !== 'string') return false;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const n = this.calleeName(node.callee);
      if (n && DECODER_CALLEES.test(n)) {
        if (n !== 'Buffer.from') return true;
        const enc = node.arguments[1] ? this.folder.fold(node.arguments[1])?.value : undefined;
        if (enc === 'base64' || enc === 'hex' || enc === 'base64url') return true;
      }
    }
    if (node.type === 'Identifier') {
      const b = this.folder.bindings.get(node.name);
      return b ? this.containsDecoder(b, depth + 5) : false;
    }
    for (const key of childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && this.containsDecoder(c, depth + 1)) return true;
      } else if (v && typeof v.type === 'string' && this.containsDecoder(v, depth + 1)) return true;
    }
    return false;
  }

  private onFs(fn: string, args: Node[], line: number): void {
    const p = this.foldPath(args[0]);
    const where = p ? `(${JSON.stringify(p)})` : '';
    if (/^(readFile|readFileSync|createReadStream|readdir|readdirSync|open|openSync)$/.test(fn)) {
      this.sink.add('fs.read', line, `fs.${fn}${where}`);
      if (p && /\.(png|jpe?g|gif|bmp|ico|webp|svg|wav|mp3)$/i.test(p)) this.sink.add('fs.read-image', line, `fs.${fn}${where}`);
    } else if (/^(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|copyFile|copyFileSync|outputFile|outputFileSync|writeJson|writeJsonSync)$/.test(fn)) this.sink.add('fs.write', line, `fs.${fn}${where}`);
    else if (/^(chmod|chmodSync)$/.test(fn)) this.sink.add('fs.chmod', line, `fs.${fn}${where}`);
    else if (/^(rm|rmSync|rmdir|rmdirSync|remove|removeSync|emptyDir|emptyDirSync)$/.test(fn)) {
      const opts = args[1];
      const recursive = opts?.type === 'ObjectExpression' && (opts.properties as Node[]).some((q) => q.type === 'ObjectProperty' && q.key.name === 'recursive');
      if (recursive || /remove|emptyDir/.test(fn)) this.sink.add('fs.delete-recursive', line, `fs.${fn}${where}`);
    }
    if (p) scanContent(p, this.sink, () => line);
    if (p) this.onFsTarget(fn, p, line);
    // Reading the account list or host name is fingerprinting (comments and docs merely mentioning it are not).
    if (p && /^\/etc\/(passwd|hostname)$|^\/proc\/version$/.test(p) && /read|open/i.test(fn)) this.sink.add('host.info', line, `fs.${fn}(${JSON.stringify(p)})`);
    // Code written to a file is code that runs later (a dropped second stage): judge what it says, as this file's own
    // code (it is in plain sight here, not decoded). Where the path does not fold (a binding shadowed in another
    // function), content that is plainly a program still counts. Not again for code that code written here writes.
    if (WRITES_CONTENT.test(fn) && args[1] && writtenDepth === 0 && (!p || CODE_FILE.test(p))) {
      const b = args[1];
      // A template's unknown parts (`${host}`) stay unknown; the code around them is still read.
      const body = this.folder.fold(b)?.value ?? (b.type === 'TemplateLiteral' ? (b.quasis as Node[]).map((q, i) => `${q.value.cooked ?? ''}${i < b.expressions.length ? this.folder.fold(b.expressions[i])?.value ?? '_' : ''}`).join('') : this.foldPath(b));
      const program = body && PROGRAM_TEXT.test(body);
      if (body && (p || program) && body.length >= 40 && body.length < 512 * 1024 && /[(){};=]/.test(body)) {
        writtenDepth++;
        try {
          scanContent(body, this.sink, () => line);
          analyzeShell(body, this.sink, () => line, false);
          if (p ? /\.[cm]?[jt]s$/i.test(p) : program) analyzeJs(body, this.sink, 'written.js', line);
        } finally {
          writtenDepth--;
        }
      }
    }
  }

  private readonly openclawStores = new Set<string>();

  /**
   * A private key is a secret on its own. One OpenClaw store can be a plugin's own token (a plugin keeping its
   * OAuth profile); two or more kinds (channel credentials, auth profiles, transcripts) is collection.
   */
  private onSecretPath(p: string, line: number, evidence: string): void {
    // Token-bearing config files of the user's tools, under the home directory (not the package's own copy).
    if (/^[*~][\\/]+(?:\.npmrc|\.netrc|\.pypirc|\.git-credentials|\.aws[\\/]+credentials|\.docker[\\/]+config\.json|\.kube[\\/]+config|\.config[\\/]+gh[\\/]+hosts\.ya?ml)$/.test(p)) this.sink.add('cred.read-config-secret', line, evidence);
    const kind = secretStoreOf(p);
    if (!kind) return;
    if (kind === 'ssh') return this.sink.add('cred.read-secret', line, evidence);
    this.openclawStores.add(kind);
    if (this.openclawStores.size >= 2) this.sink.add('cred.read-secret', line, `${[...this.openclawStores].join(' + ')}: ${evidence}`);
  }

  /** What a file-system call reads or writes, judged by its (partly folded) path. */
  private onFsTarget(fn: string, p: string, line: number): void {
    const write = /^(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|copyFile|copyFileSync|outputFile|outputFileSync|writeJson|writeJsonSync)$/.test(fn);
    const read = /^(readFile|readFileSync|createReadStream|open|openSync)$/.test(fn);
    const at = `fs.${fn}(${JSON.stringify(p)})`;
    if (write && /\.ssh[\\/]+authorized_keys2?$/.test(p)) this.sink.add('persist.authorized-keys', line, at);
    if (write && /\.(exe|dll|scr|com|bat|vbs|bin|so|dylib)$/i.test(p)) this.sink.add('fs.write-executable', line, at);
    if (write && /(^|[\\/])\.npmrc$/.test(p)) this.sink.add('fs.write-npmrc', line, at);
    // Code of another application: Discord's core module, Electron app archives, browser extension folders.
    if (write && /discord_desktop_core|[\\/]resources[\\/]+app(\.asar)?[\\/]|[\\/]Extensions[\\/]+[a-p]{32}[\\/]|User Data[\\/]+[^\\/]+[\\/]+Extensions[\\/]/i.test(p)) this.sink.add('fs.write-foreign-app', line, at);
    // Another agent skill or plugin: SKILL.md files and extension code outside this package.
    if (write && (SKILL_ROOT_WRITE.test(p) || /[\\/]extensions[\\/]+[^\\/]+[\\/]+(dist[\\/]+)?[^\\/]*\.[cm]?js$/.test(p)) && !/^(\.{0,2}[\\/]|__dirname|[A-Za-z0-9_-]+[\\/])/.test(p)) this.sink.add('openclaw.foreign-write', line, at);
    if (read && /^\/proc\/[^/]+\/(mem|maps)$/.test(p) && !/^\/proc\/self\//.test(p)) this.sink.add('proc.mem-read', line, at);
    // Secret stores read by path (not merely named): private keys and OpenClaw's channel/model credentials.
    if (read) this.onSecretPath(p, line, at);
  }

  /** Fold a path expression, writing unknown parts as `*` (`path.join(os.homedir(), '.ssh', 'id_rsa')` → `*\/.ssh/id_rsa`). */
  private foldPath(node: Node | undefined, home = false, depth = 0): string | undefined {
    if (!node || depth > 12) return undefined;
    const f = this.folder.fold(node);
    if (f) return f.value;
    const sub = (n: Node) => this.foldPath(n, home, depth + 1);
    if (node.type === 'CallExpression') {
      const n = this.calleeName(node.callee);
      if (n && /^(path\.)?(join|resolve)$|^path\.(posix|win32)\.(join|resolve)$/.test(n)) return (node.arguments as Node[]).map((a) => sub(a) ?? '*').join('/');
      if (n && /homedir/.test(n)) return home ? '~' : '*';
      // (the temp folder is no home: a throwaway `.npmrc` a release tool writes under it is its own, not the user's)
      if (n && /tmpdir/.test(n)) return '%TEMP%';
      if (n && /^(?:fs\.)?mkdtemp(?:Sync)?$/.test(n) && node.arguments[0]) return `${sub(node.arguments[0] as Node) ?? '*'}*`;
      if (n && /cwd/.test(n)) return '*';
    }
    if (node.type === 'Identifier') {
      // The package's own directory: paths under it are the package's business.
      if (node.name === '__dirname' && !this.folder.bindings.has('__dirname')) return '.';
      const b = this.folder.bindings.get(node.name);
      return b ? sub(b) : undefined;
    }
    if (node.type === 'MemberExpression' && node.object.type === 'MetaProperty' && /^(dirname|url)$/.test(this.folder.propName(node) ?? '')) return '.';
    if (node.type === 'LogicalExpression') return sub(node.right) ?? sub(node.left);
    if (node.type === 'MemberExpression' && node.object.type === 'MemberExpression' && isProcessEnv(node.object) && /^(HOME|USERPROFILE)$/.test(this.folder.propName(node) ?? '')) return home ? '~' : '*';
    if (node.type === 'TemplateLiteral') {
      let s = '';
      node.quasis.forEach((q: Node, i: number) => {
        s += q.value.cooked ?? '';
        if (i < node.expressions.length) s += sub(node.expressions[i]) ?? '*';
      });
      return s;
    }
    if (node.type === 'BinaryExpression' && node.operator === '+') return `${sub(node.left) ?? '*'}${sub(node.right) ?? '*'}`;
    return undefined;
  }

  private onNetwork(id: string, args: Node[], line: number, name: string): void {
    // `${chunk}.${i}.zone.example`: data smuggled out in the labels of a fixed domain.
    if (id === 'net.dns' && args[0] && (args[0].type === 'TemplateLiteral' || args[0].type === 'BinaryExpression') && !this.folder.fold(args[0])) {
      const host = this.foldPath(args[0]);
      if (host && /^\*[^/\s]*\.[a-z0-9-]+\.[a-z]{2,}$/i.test(host)) this.sink.add('net.dns-exfil', line, `${name}(${JSON.stringify(host)})`);
    }
    const target = args[0] ? (this.folder.fold(args[0]) ?? this.foldUrlObject(args[0])) : undefined;
    this.sink.add(id, line, `${name}(${target ? JSON.stringify(target.value) : '…'})`);
    if (target) scanContent(target.value, target.decoded ? this.sink.decodedChild() : this.sink, () => line);
  }

  private foldUrlObject(node: Node): { value: string; decoded: boolean } | undefined {
    if (node.type !== 'ObjectExpression') return undefined;
    const parts: string[] = [];
    for (const p of node.properties as Node[]) if (p.type === 'ObjectProperty' && p.key.type === 'Identifier' && /^(host|hostname|url|path)$/.test(p.key.name)) {
      const f = this.folder.fold(p.value);
      if (f) parts.push(p.key.name === 'path' ? f.value : `http://${f.value}`);
    }
    return parts.length ? { value: parts.join(''), decoded: false } : undefined;
  }

  private onString(node: Node): void {
    const value = node.value as string;
    if (value.length < 16) return;
    const raw: string = node.extra?.raw ?? '';
    const line = this.line(node);
    // Escapes in the source hide the text from the text pass; the parser already decoded them.
    if (/\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}/.test(raw) && isMostlyPrintable(value)) this.rescan(value, line, true, false);
    if (value.length >= 40 && this.sink.depth < MAX_DECODE_DEPTH) {
      const trimmed = value.trim();
      const decoded = /^[0-9a-fA-F]+$/.test(trimmed) ? decodeHex(trimmed) : decodeBase64(trimmed);
      if (decoded) this.rescan(decoded, line, true);
    }
  }

  private onFoldable(node: Node): void {
    const f = this.folder.fold(node);
    if (!f || f.value.length < 6) return;
    // Only strings that were assembled (not a plain literal) can hide from the text pass.
    this.rescan(f.value, this.line(node), f.decoded, false, !f.decoded);
  }

  /** Scan recovered text as code and as shell; decoded text goes to a child sink so rules can tell. */
  private rescan(text: string, line: number, decoded: boolean, asJs = true, quotedOnly = false): void {
    if (this.sink.depth >= MAX_DECODE_DEPTH) return;
    const base = decoded ? this.sink.decodedChild() : this.sink;
    const target = quotedOnly ? base.filtered((id) => STRONG_QUOTED.has(id) || !id.startsWith('shell.')) : base;
    if (decoded) target.add('decode.payload', line, text);
    scanContent(text, target, () => line);
    analyzeShell(text, target, () => line, false);
    if (asJs && decoded && /[(){};=]/.test(text) && text.length < 512 * 1024) analyzeJs(text, target, 'decoded.js', line);
  }
}

const keyCache = new Map<string, string[]>();
/** Child-node keys of a node type (Babel's visitor keys; unknown types fall back to scanning own keys once). */
function childKeys(node: Node): string[] {
  const known = (visitorKeys() as Record<string, string[] | undefined>)[node.type];
  if (known) return known;
  let keys = keyCache.get(node.type);
  if (!keys) {
    keys = Object.keys(node).filter((k) => !SKIP_KEYS.has(k));
    keyCache.set(node.type, keys);
  }
  return keys;
}

function a0name(n: Node | undefined): string | undefined {
  if (n?.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'process' && !n.computed && n.property.name === 'execPath') return 'process.execPath';
  return undefined;
}

/** A function body that reads an Authorization, Cookie or token header by name. */
function readsAuthHeader(node: Node, depth = 0): boolean {
  if (!node || depth > 200 || typeof node.type !== 'string') return false;
  if (node.type === 'MemberExpression') {
    const p = node.computed ? (node.property.type === 'StringLiteral' ? node.property.value : undefined) : node.property.name;
    if (typeof p === 'string' && /^(authorization|cookie|proxy-authorization|x-api-key)$/i.test(p)) return true;
  }
  for (const key of childKeys(node)) {
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string' && readsAuthHeader(c, depth + 1)) return true;
    } else if (v && typeof v.type === 'string' && readsAuthHeader(v, depth + 1)) return true;
  }
  return false;
}

/** The alternatives of `a ? b : c` and `a || b` (nested), as expressions. */
function branches(node: Node, depth = 0): Node[] {
  if (depth > 6) return [node];
  if (node.type === 'ConditionalExpression') return [...branches(node.consequent, depth + 1), ...branches(node.alternate, depth + 1)];
  if (node.type === 'LogicalExpression') return [...branches(node.left, depth + 1), ...branches(node.right, depth + 1)];
  return [node];
}

/** SSH private keys, or which of OpenClaw's credential stores (channel credentials, model auth profiles, session transcripts). */
function secretStoreOf(p: string): 'ssh' | 'credentials' | 'auth-profiles' | 'sessions' | undefined {
  if (/\.ssh[\\/]+id_(rsa|ed25519|ecdsa|dsa)$/.test(p)) return 'ssh';
  // Wallet key files: whoever reads them can spend the funds.
  if (/solana[\\/]+id\.json$|[\\/]\.?ethereum[\\/]+keystore|wallet\.dat$|Exodus[\\/]+exodus\.wallet|Electrum[\\/]+wallets/i.test(p)) return 'ssh';
  if (!/\.openclaw|\.clawdbot|auth-profiles/.test(p)) return undefined;
  if (/auth-profiles\.json/.test(p)) return 'auth-profiles';
  if (/[\\/]credentials([\\/]|$)/.test(p)) return 'credentials';
  if (/[\\/]agents[\\/]+[^\\/]+[\\/]+sessions([\\/]|$)/.test(p)) return 'sessions';
  return undefined;
}

/** `fn.constructor` or `Object.getPrototypeOf(fn).constructor` where fn is a function expression. */
function isFunctionConstructor(node: Node | undefined): boolean {
  if (!node || node.type !== 'MemberExpression' || node.computed || node.property?.name !== 'constructor') return false;
  let o = node.object;
  if (o.type === 'CallExpression' && o.callee.type === 'MemberExpression' && o.callee.object.type === 'Identifier' && o.callee.object.name === 'Object' && o.callee.property?.name === 'getPrototypeOf') o = o.arguments[0];
  return !!o && /^(?:FunctionExpression|ArrowFunctionExpression)$/.test(o.type);
}

function normalizeModule(m: string): string {
  return m.replace(/^node:/, '');
}

function splitQualified(name: string): [string | undefined, string | undefined] {
  const i = name.lastIndexOf('.');
  if (i === -1) return [undefined, name];
  return [name.slice(0, i), name.slice(i + 1)];
}

function isProcessEnv(node: Node | undefined): boolean {
  return !!node && node.type === 'MemberExpression' && node.object.type === 'Identifier' && node.object.name === 'process' && !node.computed && node.property.name === 'env';
}

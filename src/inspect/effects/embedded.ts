/**
 * Commands run from scripts in languages the behaviour model has no translator for: PHP, Perl, Lua, AppleScript,
 * VBScript, Groovy (Gradle builds and init scripts), Rust (a crate's build.rs), C# (dotnet-script) and Nix (a
 * shell's `shellHook`). Each language has a few idioms that hand text to a shell or start a program
 * (`shell_exec(…)`, `os.execute(…)`, `do shell script …`, `Command::new(…).arg(…)`, `"…".execute()`); the text
 * they hand over is read here and lowered as shell by the caller (./collect.ts), at the line it sits on, as a tool
 * configuration's commands are.
 *
 * The command is evaluated as far as the file itself says: string literals with the language's escapes (a host
 * spelled `"\105\110"` in Lua or `Chr(104) & …` in VBScript is the host), concatenation, a variable bound earlier in
 * the file to such an expression, and the environment (`os.getenv("HOME")` is `$HOME`). Anything else becomes a
 * shell variable named after the expression (`$dir`), which stays as unknown to the shell lowering as it is here.
 */
import { classifySecretPath } from './classify.js';
import { shellWord, type ConfigCommand } from './tool-configs.js';

/** Files read for embedded commands (by name); the others of these languages are scripts by extension (files.ts). */
export const EMBEDDED_FILE = /\.(?:php|pl|pm|lua|applescript|vbs|gradle|gradle\.kts|groovy|rs|csx?|nix)$/i;

type Escapes = 'c' | 'lua' | 'octal' | 'none';

interface Dialect {
  /** String literal openers in the order tried; each returns the literal's text and the offset after it. */
  quotes: Array<[open: string, close: string, escapes: Escapes, interpolates: boolean]>;
  concat: RegExp;
  /** `name = expr` (group 1 the name; the expression starts at the match's end), at a line's start. */
  assign: RegExp;
  /** Where a command's text starts (the expression follows the match): a shell gets it whole. */
  shell?: RegExp[];
  /** Where a program's argument list starts (a list of expressions follows: `(a, b)`, `[a, b]`, or bare `a, b`). */
  argv?: RegExp[];
  /** Line continuation inside an expression (AppleScript `¬`, VBScript ` _`). */
  continuation?: RegExp;
  /** How an interpolation in a double-quoted string names a variable. */
  interpolation?: RegExp;
  /** A string literal (group 1: kept) or a comment (blanked before anything is read: a doc comment quotes commands). */
  comments: RegExp;
}

const DQ = String.raw`"(?:[^"\\\n]|\\.)*"`;
const SQ = String.raw`'(?:[^'\\\n]|\\.)*'`;
const commentsOf = (strings: string, comments: string) => new RegExp(`(${strings})|${comments}`, 'gm');
const C_COMMENTS = commentsOf(`${DQ}|${SQ}`, String.raw`\/\/[^\n]*|\/\*[\s\S]*?\*\/`);

/** A backtick (or Perl `qx`) string used as a value: PHP and Perl run it (in a comment it is markdown). */
const BACKTICK_VALUE = /(?<=(?:[=(,]|\breturn|\becho|\bprint)[ \t]*)(?=`[^`\n]+`|qx[{(])/g;
const C_QUOTES: Dialect['quotes'] = [
  ['"', '"', 'c', true],
  ["'", "'", 'c', false],
];
const DIALECTS: Array<[RegExp, Dialect]> = [
  [
    /\.php$/i,
    {
      comments: commentsOf(`${DQ}|${SQ}`, String.raw`\/\/[^\n]*|#(?!\[)[^\n]*|\/\*[\s\S]*?\*\/`),
      quotes: [['"', '"', 'octal', true], ["'", "'", 'none', false], ['`', '`', 'octal', true]],
      concat: /^\.(?![\d.=])/,
      assign: /^[ \t]*\$(\w+)\s*=(?![=>])\s*/gm,
      shell: [/(?<![\w$>:\\])(?:shell_exec|exec|system|passthru|popen|proc_open)\s*\(\s*/g, BACKTICK_VALUE],
      interpolation: /\{?\$(\w+)\}?/g,
    },
  ],
  [
    /\.p[lm]$/i,
    {
      comments: commentsOf(`${DQ}|${SQ}`, String.raw`(?<![$\\])#[^\n]*|^=\w[\s\S]*?^=cut\b`),
      quotes: [['"', '"', 'octal', true], ["'", "'", 'none', false], ['`', '`', 'octal', true], ['qx{', '}', 'octal', true], ['qx(', ')', 'octal', true]],
      concat: /^\.(?![\d.=])/,
      assign: /^[ \t]*(?:my\s+|our\s+|local\s+)?\$(\w+)\s*=(?![=~>])\s*/gm,
      shell: [/(?<![\w$>:])(?:system|exec)\s*\(?\s*(?=["'`$q])/g, BACKTICK_VALUE],
      interpolation: /\$\{?(\w+)\}?/g,
    },
  ],
  [
    /\.lua$/i,
    {
      comments: commentsOf(`${DQ}|${SQ}`, String.raw`--\[(=*)\[[\s\S]*?\]\2\]|--[^\n]*`),
      quotes: [['"', '"', 'lua', false], ["'", "'", 'lua', false], ['[[', ']]', 'none', false]],
      concat: /^\.\.(?!\.)/,
      assign: /^[ \t]*(?:local\s+)?([A-Za-z_]\w*)\s*=(?!=)\s*/gm,
      shell: [/\b(?:os\.execute|io\.popen)\s*\(?\s*/g],
    },
  ],
  [
    /\.applescript$/i,
    {
      comments: commentsOf(DQ, String.raw`--[^\n]*|#[^\n]*|\(\*[\s\S]*?\*\)`),
      quotes: [['"', '"', 'c', false]],
      concat: /^&/,
      assign: /^[ \t]*set\s+(\w+)\s+to\s+/gim,
      shell: [/\bdo\s+shell\s+script\s+/gi],
      continuation: /^¬[ \t]*\r?\n/,
    },
  ],
  [
    /\.vbs$/i,
    {
      comments: commentsOf(String.raw`"(?:[^"\n]|"")*"`, String.raw`'[^\n]*|(?<![\w.])Rem\b[^\n]*`),
      quotes: [['"', '"', 'none', false]],
      concat: /^[&+]/,
      assign: /^[ \t]*(?:(?:Dim|Const)\s+)?(\w+)\s*=(?!=)\s*/gim,
      shell: [/\.(?:Run|Exec)\b\s*\(?\s*/gi],
      continuation: /^_[ \t]*\r?\n/,
    },
  ],
  [
    /\.(?:gradle(?:\.kts)?|groovy)$/i,
    {
      comments: C_COMMENTS,
      quotes: [['"""', '"""', 'c', true], ["'''", "'''", 'c', false], ...C_QUOTES],
      concat: /^\+(?![+=])/,
      assign: /^[ \t]*(?:(?:def|val|var|final|String)\s+)?(\w+)\s*=(?![=~])\s*/gm,
      shell: [/(?<![\w.])(?=(?:"[^"\n]*"|'[^'\n]*')\s*\.execute\s*\()/g, /\bRuntime\.getRuntime\(\)\.exec\s*\(\s*(?=["'])/g],
      argv: [/\bcommandLine\s*\(?\s*/g, /\bnew\s+ProcessBuilder\s*\(\s*/g, /(?=\[(?:\s*["'][^"'\n]*["']\s*,)+\s*["'][^"'\n]*["']\s*\]\s*\.execute\s*\()/g],
      interpolation: /\$\{?(\w+)\}?/g,
    },
  ],
  [
    /\.rs$/i,
    {
      comments: C_COMMENTS,
      quotes: [['r#"', '"#', 'none', false], ['r"', '"', 'none', false], ['"', '"', 'c', false]],
      concat: /^\+(?![+=])/,
      assign: /^[ \t]*let\s+(?:mut\s+)?(\w+)(?:\s*:\s*[^=\n]+)?\s*=(?!=)\s*/gm,
      argv: [/\bCommand::new\s*\(\s*/g],
    },
  ],
  [
    /\.csx?$/i,
    {
      comments: C_COMMENTS,
      quotes: [['@"', '"', 'none', false], ['$"', '"', 'c', true], ['"', '"', 'c', false]],
      concat: /^\+(?![+=])/,
      assign: /^[ \t]*(?:(?:var|string|const\s+string|static\s+readonly\s+string|readonly\s+string)\s+)(\w+)\s*=(?!=)\s*/gm,
      argv: [/\bProcess\.Start\s*\(\s*(?=[@$]?")/g, /\bFileName\s*=\s*(?=[@$]?"[^"\n]*"\s*,\s*Arguments\s*=)/g],
      interpolation: /\{(\w+)\}/g,
    },
  ],
];

const MAX_COMMAND = 4000;
const MAX_SITES = 40;

const lineAt = (text: string, offset: number): number => {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** PHP source by its name, or any file that opens PHP (a `.stub` or `.tpl` a build renders into a served script). */
export const PHP_SOURCE = /\.(?:php\d?|phtml|inc)$/i;
const OPENS_PHP = /<\?php\b/;
/** A PHP script by its name or its opening tag (in its first 2 KiB). */
export const isPhp = (rel: string, text: string): boolean => PHP_SOURCE.test(rel) || OPENS_PHP.test(text.slice(0, 2048));
/** A web request's data in PHP: its superglobals, the raw body, the headers, a WordPress REST request's parameters. */
const REQUEST_DATA = /\$_(?:POST|GET|REQUEST|COOKIE|FILES|SERVER\s*\[\s*['"]HTTP_)|php:\/\/input|getallheaders\s*\(|apache_request_headers\s*\(|->get_(?:param|params|body|json_params|body_params|query_params|header)\s*\(/;
/** What runs its argument as PHP code or as a command, or calls the function it names. */
const RUNS_ARGUMENT = /(?<![\w$>:\\])(?:eval|assert|create_function|call_user_func(?:_array)?|system|shell_exec|exec|passthru|popen|proc_open|pcntl_exec)\s*\(/g;

/**
 * Where a PHP script runs what a web request sends (`eval(gzinflate(base64_decode($_POST['p'])))`, `system($_GET['c'])`,
 * or a variable assigned from the request first): a web shell, whoever can reach the script runs code on its server.
 */
export function requestRuns(rel: string, text: string): Array<{ line: number; evidence: string }> {
  if (!isPhp(rel, text) || !REQUEST_DATA.test(text)) return [];
  const code = phpCode(text);
  // (or a variable that holds request data: `$p = $_POST['p'];`, `$c = base64_decode($_COOKIE['x'])`)
  const uses = taintedBy(code, REQUEST_DATA);
  const out: Array<{ line: number; evidence: string }> = [];
  for (const m of code.matchAll(RUNS_ARGUMENT)) {
    const arg = argumentsAt(code, (m.index ?? 0) + m[0].length);
    if (uses(arg)) out.push({ line: lineAt(text, m.index ?? 0), evidence: `${m[0]}${arg})`.replace(/\s+/g, ' ').slice(0, 160) });
    if (out.length >= 8) break;
  }
  return out;
}

/** PHP source with its comments blanked (offsets and lines kept). */
const phpCode = (text: string): string => text.replace(C_COMMENTS, (m, str: string | undefined) => (str !== undefined ? m : m.replace(/[^\n]/g, ' ')));
/**
 * Whether a piece of PHP uses data of a kind: the kind's own calls, or a variable assigned from them (or from such a
 * variable; twice over the text, for one assigned later than it is used, as in a loop).
 */
function taintedBy(code: string, source: RegExp): (piece: string) => boolean {
  const tainted = new Set<string>();
  const uses = (piece: string) => source.test(piece) || [...tainted].some((v) => new RegExp(`\\$${v}\\b`).test(piece));
  for (let pass = 0; pass < 2; pass++) for (const m of code.matchAll(/\$(\w+)\s*(?:\[[^\]]*\]\s*)?\.?=(?![=>])([^;]{0,600})/g)) if (uses(m[2])) tainted.add(m[1]);
  return uses;
}
/** The arguments of a call whose opening parenthesis ends at `at`, to its closing one (at most 600 characters). */
function argumentsAt(code: string, at: number): string {
  let depth = 1;
  let i = at;
  for (; i < code.length && i < at + 600 && depth > 0; i++) depth += code[i] === '(' ? 1 : code[i] === ')' ? -1 : 0;
  return code.slice(at, i - 1);
}

/** A PHP call whose result is what a server answered: WordPress's HTTP API, curl, a stream opened on a URL. */
const FETCHED_DATA = /\b(?:wp_remote_(?:get|post|request|retrieve_body)|wp_safe_remote_(?:get|post)|download_url|curl_exec|stream_get_contents)\s*\(|\b(?:file_get_contents|fopen|file)\s*\(\s*['"]https?:\/\//;
/** Where fetched text becomes code: evaluated, included, or written as a PHP file (a must-use plugin runs on every request). */
const RUNS_CODE = /(?<![\w$>:\\])(?:eval|assert|create_function|include(?:_once)?|require(?:_once)?)\s*\(?/g;
const WRITES_FILE = /(?<![\w$>:\\])(?:file_put_contents|fwrite|fputs)\s*\(/g;

/**
 * Where a PHP script runs code a server sent it: evaluated or included, or written into a PHP file that runs later
 * (`file_put_contents(WPMU_PLUGIN_DIR . '/x.php', base64_decode($j['helper']))`). The URL is the first one the file names.
 */
export function fetchedRuns(rel: string, text: string): Array<{ line: number; evidence: string; url?: string; written?: boolean }> {
  if (!isPhp(rel, text) || !FETCHED_DATA.test(text)) return [];
  const code = phpCode(text);
  const uses = taintedBy(code, FETCHED_DATA);
  // a path variable that names a PHP file or a must-use plugin folder
  const phpPath = (s: string) => /\.php\b|mu-plugins|WPMU_PLUGIN_DIR|wp-content\/plugins/i.test(s) || [...s.matchAll(/\$(\w+)/g)].some((v) => new RegExp(`\\$${v[1]}\\s*=[^;]*(?:\\.php\\b|mu-plugins|WPMU_PLUGIN_DIR)`, 'i').test(code));
  const url = /https?:\/\/[^\s'"<>)]+/.exec(code)?.[0];
  const out: Array<{ line: number; evidence: string; url?: string; written?: boolean }> = [];
  for (const m of code.matchAll(RUNS_CODE)) {
    const at = (m.index ?? 0) + m[0].length;
    const arg = m[0].endsWith('(') ? argumentsAt(code, at) : code.slice(at, code.indexOf(';', at) >>> 0);
    if (uses(arg)) out.push({ line: lineAt(text, m.index ?? 0), evidence: `${m[0]}${arg}`.replace(/\s+/g, ' ').slice(0, 160), ...(url ? { url } : {}) });
  }
  for (const m of code.matchAll(WRITES_FILE)) {
    const arg = argumentsAt(code, (m.index ?? 0) + m[0].length);
    const comma = arg.indexOf(',');
    if (comma > 0 && phpPath(arg.slice(0, comma)) && uses(arg.slice(comma + 1))) out.push({ line: lineAt(text, m.index ?? 0), evidence: `${m[0]}${arg})`.replace(/\s+/g, ' ').slice(0, 160), ...(url ? { url } : {}), written: true });
  }
  return out.slice(0, 8);
}

/** The user's home, as these languages name it (`env::var("HOME")`, `dirs::home_dir()`, `$ENV{HOME}`, `os.getenv("HOME")`). */
const NAMES_HOME = /\bHOME\b|\bUSERPROFILE\b|\bhome_dir\s*\(|\bGetFolderPath\s*\(|\bUserProfile\b|\bget_home_path\b/;
/** A network client of these languages given a destination. */
const NETWORK_SINK = /\bTcpStream::connect|\bUdpSocket::bind|\breqwest::|\bureq::|\bhyper::|\bisahc::|\bNet::HTTP\b|\bLWP::|\bHTTP::Tiny\b|\bIO::Socket\b|\bfsockopen\s*\(|\bcurl_init\s*\(|\bstream_socket_client\s*\(|\bsocket\.(?:tcp|udp|http)\b|\bhttp\.request\b|\bWebClient\b|\bHttpClient\b|\bTcpClient\b/;
/** `([203, 0, 113, 47], 8443)`: Rust's address from its parts; or a literal `host:port`. */
const ADDRESS_PARTS = /\(\s*\[\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\]\s*,\s*(\d{1,5})\s*\)/;
const HOST_PORT = /["'](\d{1,3}(?:\.\d{1,3}){3}|[a-z0-9-]+(?:\.[a-z0-9-]+)+):(\d{1,5})["']/i;

/**
 * What a script in one of these languages reads of the user's credentials and where its network client sends, as one
 * command: `cat` of the credential files its string literals name under the home folder, into the client (`curl` to
 * the URL it names, `nc` to the address). As far as the file itself says: a build script (a crate's build.rs) that
 * names `.kube/config` and `.netrc` and opens a socket to an address takes the one to the other; nothing tells
 * its reader otherwise. [] where the file names no credential file, no home or no destination.
 */
export function sentCredentials(rel: string, text: string): ConfigCommand[] {
  const dialect = DIALECTS.find(([re]) => re.test(rel))?.[1];
  if (!dialect || !NETWORK_SINK.test(text)) return [];
  // (comments blanked: a doc comment may name a file or a client the code never touches)
  const code = text.replace(dialect.comments, (m, str: string | undefined) => (str !== undefined ? m : m.replace(/[^\n]/g, ' ')));
  const sink = NETWORK_SINK.exec(code);
  if (!sink || !NAMES_HOME.test(code)) return [];
  const paths = new Set<string>();
  for (const m of code.matchAll(/"((?:\.|~\/|\/\.)?[\w.-]+(?:\/[\w.-]+){0,4})"|'((?:\.|~\/|\/\.)?[\w.-]+(?:\/[\w.-]+){0,4})'/g)) {
    const lit = m[1] ?? m[2] ?? '';
    if (!/^(?:~\/|\/)?\./.test(lit)) continue;
    const home = `~/${lit.replace(/^~?\//, '')}`;
    if (classifySecretPath(home)) paths.add(home);
    if (paths.size >= 12) break;
  }
  if (!paths.size) return [];
  const parts = ADDRESS_PARTS.exec(code);
  const hostPort = HOST_PORT.exec(code);
  const url = /["'](https?:\/\/[^"'\s]+)["']/.exec(code)?.[1];
  const to = url ? `curl -s --data-binary @- '${url}'` : parts ? `nc ${parts.slice(1, 5).join('.')} ${parts[5]}` : hostPort ? `nc ${hostPort[1]} ${hostPort[2]}` : undefined;
  if (!to) return [];
  return [{ line: lineAt(text, sink.index), command: `cat ${[...paths].join(' ')} | ${to}` }];
}

/** The commands a script in one of these languages runs, or [] for any other file. */
export function embeddedCommands(rel: string, text: string): ConfigCommand[] {
  if (/\.nix$/i.test(rel)) return nixShellHooks(text);
  const dialect = DIALECTS.find(([re]) => re.test(rel))?.[1];
  if (!dialect) return [];
  // comments blanked, offsets and lines kept
  text = text.replace(dialect.comments, (m, str: string | undefined) => (str !== undefined ? m : m.replace(/[^\n]/g, ' ')));
  const ev = new Evaluator(text, dialect);
  const out: ConfigCommand[] = [];
  for (const re of dialect.shell ?? []) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      const { value } = ev.expr(at, at);
      if (value.trim() && /[^$\s"'{}\w]|\w\s+\w/.test(value)) out.push({ line: lineAt(text, at), command: value.slice(0, MAX_COMMAND) });
      if (out.length >= MAX_SITES) return out;
    }
  }
  for (const re of dialect.argv ?? []) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      const words = ev.list(at);
      if (/\bArguments\s*=/.test(text.slice(at, at + 400)) && /FileName/.test(m[0])) {
        const args = ev.expr(text.indexOf('=', text.indexOf('Arguments', at)) + 1, at).value;
        words.splice(1, words.length - 1, ...(args ? [args] : []));
      }
      const command = commandOf(words, rel);
      if (command) out.push({ line: lineAt(text, at), command: command.slice(0, MAX_COMMAND) });
      if (out.length >= MAX_SITES) return out;
    }
  }
  return out;
}

/**
 * A program and its arguments as one shell command: `sh -c <script>` is the script; C#'s `Process.Start(file,
 * arguments)` hands its second string to the program as its command line, already split by spaces.
 */
function commandOf(words: string[], rel: string): string | undefined {
  if (!words.length || !words[0]) return undefined;
  if (words.length >= 3 && /(?:^|\/)(?:ba|z|da)?sh$/.test(words[0]) && /^-\w*c$/.test(words[1])) return words[2];
  if (words.length >= 3 && /(?:^|\\)cmd(?:\.exe)?$/i.test(words[0]) && /^\/[ck]$/i.test(words[1])) return words.slice(2).join(' ');
  if (/\.csx?$/i.test(rel) && words.length === 2) {
    if (/(?:^|\/)(?:ba|z)?sh$/.test(words[0])) {
      const m = /^-c\s+(["'])([\s\S]*)\1\s*$/.exec(words[1]);
      if (m) return m[2].replace(/\\"/g, '"');
    }
    return `${words[0]} ${words[1]}`;
  }
  return words.map((w) => shellWord(w)).join(' ');
}

class Evaluator {
  private readonly vars = new Map<string, string>();
  private readonly assignments: Array<{ name: string; at: number }> = [];
  private bound = 0;

  constructor(
    private readonly text: string,
    private readonly d: Dialect,
  ) {
    for (const m of text.matchAll(d.assign)) this.assignments.push({ name: m[1], at: (m.index ?? 0) + m[0].length });
  }

  /** Bind the file's assignments that come before `upTo` (in order: a later one sees an earlier one). */
  private bindTo(upTo: number): void {
    while (this.bound < this.assignments.length && this.assignments[this.bound].at < upTo) {
      const a = this.assignments[this.bound++];
      const { value, literal } = this.expr(a.at, a.at);
      if (literal) this.vars.set(a.name, value);
    }
  }

  private skip(i: number): number {
    for (;;) {
      const rest = this.text.slice(i, i + 200);
      const ws = /^[ \t]*/.exec(rest)![0].length;
      i += ws;
      const cont = this.d.continuation?.exec(this.text.slice(i, i + 40));
      if (cont) {
        i += cont[0].length;
        continue;
      }
      return i;
    }
  }

  /** An expression of concatenated terms at `i`: its value, and whether any part of it was literal text. */
  expr(i: number, site: number, depth = 0): { value: string; literal: boolean; end: number } {
    this.bindTo(site);
    let value = '';
    let literal = false;
    for (let n = 0; n < 60 && value.length < MAX_COMMAND; n++) {
      i = this.skip(i);
      const t = this.term(i, site, depth);
      if (!t) break;
      value += t.value;
      literal ||= t.literal;
      i = this.skip(t.end);
      // `os.getenv("X") or "/default"` (`||`, `//`, `?:`, `??`): the shell's `${X:-/default}`, which is the default
      const or = /^\$(\w+)$/.test(t.value) ? /^(?:or\b|\|\||\/\/|\?:|\?\?)\s*/.exec(this.text.slice(i, i + 6)) : null;
      if (or) {
        const alt = this.expr(i + or[0].length, site, depth + 1);
        // (the home is always set: its fallback never runs)
        if (!/^\$(?:HOME|USERPROFILE)$/.test(t.value)) {
          value = `${value.slice(0, -t.value.length)}\${${t.value.slice(1)}:-${alt.value}}`;
          literal ||= alt.literal;
        }
        i = this.skip(alt.end);
      }
      const c = this.d.concat.exec(this.text.slice(i, i + 4));
      if (!c) break;
      i += c[0].length;
      // (a line may end on the operator and the next go on)
      const nl = /^[ \t]*\r?\n/.exec(this.text.slice(i, i + 200));
      if (nl) i += nl[0].length;
    }
    return { value, literal, end: i };
  }

  /** A list of expressions (`(a, b)`, `[a, b]`, `vec!["a"]`, Rust's `.arg(x).args([y])` chain, or bare `a, b`). */
  list(i: number): string[] {
    const words: string[] = [];
    const one = (j: number): number => {
      for (let n = 0; n < 40; n++) {
        j = this.skip(j);
        while (/[\s[(&]/.test(this.text[j] ?? '') || this.text.startsWith('vec![', j)) j += this.text.startsWith('vec![', j) ? 5 : 1;
        const e = this.expr(j, j);
        if (e.end === j) return j;
        words.push(e.value);
        j = this.skip(e.end);
        while (/[\])]/.test(this.text[j] ?? '')) j++;
        j = this.skip(j);
        if (this.text[j] !== ',') return j;
        j++;
      }
      return j;
    };
    let j = one(i);
    // Rust: the program's arguments follow as a chain of `.arg(…)` / `.args([…])` calls
    for (let n = 0; n < 40; n++) {
      const m = /^\s*\.(args?|current_dir|env|envs|stdin|stdout|stderr)\s*\(/.exec(this.text.slice(j, j + 200));
      if (!m) break;
      const at = j + m[0].length;
      if (m[1] === 'arg' || m[1] === 'args') j = one(at);
      else j = this.text.indexOf(')', at) + 1 || at;
      while (this.text[j] === ')') j++;
    }
    return words;
  }

  private term(i: number, site: number, depth: number): { value: string; literal: boolean; end: number } | undefined {
    const s = this.text;
    if (depth > 8) return undefined;
    for (const [open, close, escapes, interpolates] of this.d.quotes) {
      if (!s.startsWith(open, i)) continue;
      let j = i + open.length;
      let raw = '';
      // (VBScript and C#'s verbatim strings double a quote inside them)
      const doubled = escapes === 'none' && (open === '"' || open === '@"');
      while (j < s.length && (doubled && s.startsWith('""', j) ? true : !s.startsWith(close, j))) {
        if (s[j] === '\\' && escapes !== 'none') {
          raw += s.slice(j, j + 2);
          j += 2;
        } else if (doubled && s.startsWith('""', j)) {
          raw += '"';
          j += 2;
        } else raw += s[j++];
        if (raw.length > MAX_COMMAND * 2) return undefined;
      }
      if (j >= s.length) return undefined;
      let value = unescape(raw, escapes, open === "'" && escapes === 'none');
      if (interpolates && this.d.interpolation) value = value.replace(this.d.interpolation, (_, name: string) => this.vars.get(name) ?? `$${name}`);
      return { value, literal: true, end: j + close.length };
    }
    // quoted form of X (AppleScript): X as one shell word
    const qf = /^quoted\s+form\s+of\s+/i.exec(s.slice(i, i + 40));
    if (qf) {
      const inner = s[i + qf[0].length] === '(' ? this.expr(i + qf[0].length + 1, site, depth + 1) : this.term(i + qf[0].length, site, depth + 1);
      if (!inner) return undefined;
      const end = s[i + qf[0].length] === '(' ? this.skip(inner.end) + 1 : inner.end;
      return { value: inner.value.includes('$') ? `"${inner.value.replace(/["\\`]/g, '\\$&')}"` : `'${inner.value.replace(/'/g, `'\\''`)}'`, literal: inner.literal, end };
    }
    if (s[i] === '(') {
      const inner = this.expr(i + 1, site, depth + 1);
      const end = this.skip(inner.end);
      return s[end] === ')' ? { ...inner, end: end + 1 } : undefined;
    }
    // Rust's format!("curl {} | sh", url) (and String.format / sprintf with %s): the template, its holes filled in order
    const fmt = /^(?:format!|String\.format|sprintf)\s*\(\s*/.exec(s.slice(i, i + 40));
    if (fmt) {
      const parts: string[] = [];
      let j = i + fmt[0].length;
      for (let n = 0; n < 20; n++) {
        const e = this.expr(j, site, depth + 1);
        if (e.end === j) return undefined;
        parts.push(e.value);
        j = this.skip(e.end);
        if (s[j] === ')') break;
        if (s[j] !== ',') return undefined;
        j = this.skip(j + 1);
      }
      if (s[j] !== ')') return undefined;
      const [template = '', ...args] = parts;
      let k = 0;
      const value = template.replace(/\{(\w*)(?::[^}]*)?\}|%[sd]/g, (_, name: string | undefined) => (name ? this.vars.get(name) ?? `$${name}` : args[k++] ?? ''));
      return { value, literal: true, end: j + 1 };
    }
    // Chr(104), ChrW(&H68), string.char(104, 116), chr(104)
    const chr = /^(?:Chr[WB]?|chr|string\.char|char)\s*\(\s*((?:&H[0-9a-f]+|\d+)(?:\s*,\s*\d+)*)\s*\)/i.exec(s.slice(i, i + 200));
    if (chr) {
      const codes = chr[1].split(/\s*,\s*/).map((c) => (/^&H/i.test(c) ? parseInt(c.slice(2), 16) : Number(c)));
      return { value: codes.every((c) => c > 0 && c < 0x110000) ? String.fromCodePoint(...codes) : '', literal: true, end: i + chr[0].length };
    }
    // the environment: os.getenv("HOME"), getenv('HOME'), $ENV{HOME}, env::var("HOME"), Environment.GetEnvironmentVariable("HOME"), System.getenv("HOME")
    const env = /^(?:os\.getenv|getenv|(?:std::)?env::var(?:_os)?|Environment\.GetEnvironmentVariable|System\.getenv|\$_(?:SERVER|ENV)\s*\[|\$ENV\s*\{)\s*\(?\s*["']?(\w+)["']?\s*[)\]}]/.exec(s.slice(i, i + 120));
    if (env) return { value: `$${env[1]}`, literal: true, end: i + env[0].length };
    const id = /^[$@]?[A-Za-z_][\w]*(?:(?:\.|::|->)[A-Za-z_]\w*)*/.exec(s.slice(i, i + 200));
    if (!id) return undefined;
    let end = i + id[0].length;
    const name = id[0].replace(/^[$@]/, '');
    // a call: its arguments are skipped (its value is not known)
    if (s[this.skip(end)] === '(') {
      let d = 0;
      for (let j = this.skip(end); j < s.length && j < end + 2000; j++) {
        if (s[j] === '(') d++;
        else if (s[j] === ')' && --d === 0) {
          end = j + 1;
          break;
        }
      }
    }
    if (/^(?:and|or|not|then|do|end|if|else|return|to|of|in|as|with|local|function|nil|true|false|null)$/i.test(name)) return undefined;
    const known = this.vars.get(name);
    return known !== undefined ? { value: known, literal: true, end } : { value: `$${name.replace(/\W+/g, '_')}`, literal: false, end };
  }
}

function unescape(raw: string, escapes: Escapes, singleQuotedNone: boolean): string {
  if (escapes === 'none') return singleQuotedNone ? raw.replace(/\\([\\'])/g, '$1') : raw;
  return raw.replace(/\\(x[0-9a-fA-F]{1,2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|\d{1,3}|.)/gs, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (/^\d/.test(e)) return String.fromCharCode(escapes === 'lua' ? Number(e) : parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

/**
 * A Nix shell's `shellHook` runs in the user's shell on every `nix develop` / `nix-shell` (and, under direnv, on every
 * `cd` into the folder): its text, with Nix's own interpolations resolved where the file binds the name to a string
 * (`host = "…";`, `setup = '' … '';`), a package's program by name (`${pkgs.curl}/bin/curl` is `curl`) and the rest
 * as variables.
 */
function nixShellHooks(text: string): ConfigCommand[] {
  const bound = new Map<string, NixString>();
  for (const m of text.matchAll(/^[ \t]*([A-Za-z_][\w-]*)\s*=\s*("|'')/gm)) bound.set(m[1], { at: (m.index ?? 0) + m[0].length, quote: m[2] as NixString['quote'] });
  const out: ConfigCommand[] = [];
  for (const m of text.matchAll(/\b(?:shellHook|postShellHook)\s*=\s*(?:[\w.]+\s*\+\+\s*)?''/g)) {
    const start = (m.index ?? 0) + m[0].length;
    out.push({ line: lineAt(text, start), command: nixString(text, { at: start, quote: "''" }, bound, 0).slice(0, MAX_COMMAND * 4) });
  }
  return out;
}

interface NixString {
  /** Where the string's body starts. */
  at: number;
  quote: '"' | "''";
}

/** The text of a Nix string (`''` indented or `"` plain), its interpolations resolved as nixShellHooks says. */
function nixString(text: string, s: NixString, bound: ReadonlyMap<string, NixString>, depth: number): string {
  let body = '';
  let j = s.at;
  const indented = s.quote === "''";
  while (j < text.length && body.length < MAX_COMMAND * 4) {
    if (indented && text.startsWith("'''", j)) {
      body += "''";
      j += 3;
    } else if (indented && (text.startsWith("''$", j) || text.startsWith("''\\", j))) {
      body += text[j + 2];
      j += 3;
    } else if (text.startsWith(s.quote, j)) break;
    else if (!indented && text[j] === '\\') {
      body += text[j + 1] ?? '';
      j += 2;
    } else if (text.startsWith('${', j)) {
      let d = 0;
      let close = j + 1;
      for (; close < text.length; close++) {
        if (text[close] === '{') d++;
        else if (text[close] === '}' && --d === 0) break;
      }
      const expr = text.slice(j + 2, close).trim();
      const named = bound.get(expr);
      if (/^pkgs\.[\w-]+$/.test(expr) && text.startsWith('/bin/', close + 1)) close += 5;
      else if (named && depth < 4) body += nixString(text, named, bound, depth + 1);
      else body += `$${expr.replace(/\W+/g, '_').slice(0, 40)}`;
      j = close + 1;
    } else body += text[j++];
  }
  return body;
}

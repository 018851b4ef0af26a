/**
 * Scripting languages without a parser here (Python, Ruby, Perl, PHP, PowerShell, batch): capability
 * patterns plus the shared content and shell analysis. Skills ship these beside SKILL.md.
 */
import { LineIndex, type SignalSink } from '../signals.js';
import { dnsLabelExfil, excerpt, sandboxEvasion, type DnsLabelExfil } from './patterns.js';
import { compileOnFirstUse } from './regex-tier.js';
import { analyzeShell } from './shell.js';

const CAPABILITIES: Array<{ id: string; re: RegExp }> = [
  { id: 'proc.spawn', re: /\bsubprocess\.(Popen|run|call|check_output|check_call)\b|\bos\.(system|popen|exec[lv]p?e?)\s*\(|\bpty\.spawn\b|\bStart-Process\b|\bInvoke-Item\b|\bShell\.Application\b|\bWScript\.Shell\b|`[^`\n]*`|\bsystem\s*\(|\bshell_exec\s*\(|\bpassthru\s*\(|\bproc_open\s*\(/g },
  { id: 'net.request', re: /\brequests\.(get|post|put|patch)\b|\burllib\.request\b|\burllib2\b|\bhttp\.client\b|\bhttpx\.|\baiohttp\b|\bNet::HTTP\b|\bLWP::|\bcurl_exec\b|\bInvoke-(WebRequest|RestMethod)\b|\bNew-Object\s+Net\.WebClient\b|\bcurl\b|\bwget\b/g },
  { id: 'net.socket-connect', re: /\bsocket\.socket\s*\(|\.connect\(\s*\(\s*["'][\d.]+["']\s*,\s*\d+\s*\)\)|\bTCPSocket\.(new|open)\b|\bSystem\.Net\.Sockets\.TCPClient\b|\bfsockopen\s*\(/g },
  { id: 'net.dns', re: /\bsocket\.gethostbyname\b|\bdns\.resolver\b|\bnslookup\b|\bResolve-DnsName\b|\bdig\s+/g },
  { id: 'code.eval', re: /\b(exec|eval)\s*\(\s*(?!["'])|\bInvoke-Expression\b|\biex\b|\bcompile\s*\(/g },
  // Code fetched and run in one expression: exec(urlopen(…).read()), iex (New-Object Net.WebClient).DownloadString(…).
  { id: 'code.eval-remote', re: /\b(?:exec|eval)\s*\([^\n]{0,120}?\b(?:urlopen|requests\.(?:get|post)|httpx\.(?:get|post)|urllib\d?\.\w+)\s*\(|\b(?:iex|Invoke-Expression)\b[^\n]{0,80}?\b(?:DownloadString|Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b|\b(?:DownloadString|Invoke-RestMethod|irm|iwr)\b[^\n]{0,160}?\|\s*(?:iex|Invoke-Expression)\b|\beval\s*\(\s*file_get_contents\s*\(\s*["']https?:/gi },
  { id: 'code.eval-decoded', re: /\b(exec|eval)\s*\([^)\n]{0,80}\b(b64decode|base64|decodebytes|zlib\.decompress|marshal\.loads|codecs\.decode|bytes\.fromhex|unhexlify|base64_decode|gzinflate|str_rot13)\b/g },
  { id: 'env.bulk', re: /\bjson\.dumps\(\s*(dict\()?os\.environ|\bstr\(\s*os\.environ\s*\)|\bGet-ChildItem\s+env:\s*\||\bENV\.to_h\.to_json\b|\benv\s*\|\s*(curl|nc|base64)|\bprintenv\s*\|/g },
  { id: 'env.enumerate', re: /\bos\.environ\.items\(\)|\bdict\(os\.environ\)|\bfor\s+\w+\s+in\s+os\.environ\b|\bgetenv\(\s*\)|\$_ENV\b|\bENV\.to_h\b/g },
  { id: 'host.info', re: /\bplatform\.node\(\)|\bsocket\.gethostname\(\)|\bgetpass\.getuser\(\)|\bos\.getlogin\(\)|\$env:COMPUTERNAME\b|\$env:USERNAME\b|\bwhoami\b|\bhostname\b/g },
  { id: 'fs.read', re: /\bopen\s*\([^)\n]*\)\s*\.read|\bread_text\(|\bread_bytes\(|\bGet-Content\b|\bfile_get_contents\s*\(|\bFile\.read\b|\bcat\s+[~$]/g },
  { id: 'fs.write', re: /\bopen\s*\([^)\n]*["'][wa]b?\+?["']|\bwrite_text\(|\bSet-Content\b|\bAdd-Content\b|\bOut-File\b|\bfile_put_contents\s*\(|>>\s*[~$/\w]/g },
  { id: 'fs.write', re: /\.extractall\s*\(|\burlretrieve\s*\(|\bshutil\.(copy|copyfile|move)\s*\(|\bExpand-Archive\b|-OutFile\b/g },
  // Another process's memory (Python's open(f"/proc/{pid}/mem"), Ruby's File.open, Windows' ReadProcessMemory), and a
  // process looked for by its command line (os.listdir("/proc") … /proc/{pid}/cmdline): a running program's secrets.
  { id: 'proc.mem-read', re: /\b(?:open|File\.(?:open|read|binread)|IO\.(?:read|binread)|io\.open)\s*\(\s*f?["'][^"'\n]*\/proc\/(?!self\/)[^"'\n/]+\/mem["']|\bReadProcessMemory\b/g },
  { id: 'proc.find-by-cmdline', re: /\/proc\/(?!self\/)[^"'\n/]*\{?[\w.#$]*\}?\/cmdline\b/g },
  { id: 'fs.chmod', re: /\bos\.chmod\s*\([^\n]*\b(S_IEXEC|S_IXUSR|S_IRWXU)\b|\bos\.chmod\s*\([^)\n]*0o?7[0-7]{2}|\bchmod\s+\+x\b|\bchmod\s+7[0-7]{2}\b/g },
];

const compileCapabilities = compileOnFirstUse(() => CAPABILITIES.map((c) => c.re));

/**
 * Regular-expression syntax inside a match (`iex[^\n]*DownloadString`, `exec\s*\(`): the text is a pattern that
 * describes the code (a scanner's rule table, an audit script), not the code. The construct sits inside the
 * matched span itself, where a working command or call cannot have it, so code cannot add it to hide.
 */
const REGEX_SYNTAX = /\[\^|\(\?[:!=<]|\\[sdwbSDWB][*+?{]|\][*+?{]|\.[*+]/;

export function analyzeScript(text: string, sink: SignalSink): void {
  text = maskSearchPatterns(text);
  compileCapabilities(text);
  const lines = new LineIndex(text);
  const lineAt = (o: number) => lines.lineOf(o);
  for (const cap of CAPABILITIES) {
    cap.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = cap.re.exec(text)) && n < 10) {
      if (REGEX_SYNTAX.test(m[0])) continue;
      n++;
      sink.add(cap.id, lineAt(m.index), excerpt(text, m.index, m[0].length));
    }
  }
  // A socket's descriptor copied onto the process's own (os.dup2(s.fileno(), fd)) in a script that starts an interactive
  // shell: the shell's input and output are the socket, whatever address it was built from.
  // Data cut into DNS labels (Python): bytes encoded to base32/hex/base64, sliced into label-sized pieces, joined
  // with dots and resolved.
  const evasion = sandboxEvasion(text);
  if (evasion !== undefined) sink.add('gate.sandbox-evasion', lineAt(evasion), excerpt(text, evasion, 80));
  const join = dnsLabelExfil(text, PY_DNS_LABELS);
  if (join) {
    // The lookup of the joined name: the first resolver call after the join, else any.
    const resolve = [...text.matchAll(PY_RESOLVES)].find((m) => m.index >= join.index) ?? PY_RESOLVE.exec(text);
    if (resolve) sink.add('net.covert-exfil', lineAt(resolve.index!), excerpt(text, resolve.index!, resolve[0].length));
  }
  socketShell(text, sink, lineAt);
  phpRequestCode(text, sink, lineAt);
  analyzeShell(text, sink, lineAt, true);
}

/**
 * The patterns a search command is given (`grep -E 'curl .*\| *sh|base64 -d' ~/.bashrc`, `rg "LD_PRELOAD"`) are what
 * it looks for, not what the script runs: their quoted text is blanked (offsets and lines kept) before the pattern
 * tables and the shell reader see the file. Only quoted words after grep, egrep, fgrep, rg or ag in the same command.
 */
const SEARCH_COMMAND = /(?:^|[\s;&|(`$])(?:e|f)?grep\b|(?:^|[\s;&|(`$])(?:rg|ag)\s/;
/**
 * And a regular expression for commands a script compiles (`re.compile(r"(curl|wget)[^|]*\|\s*sh")`, `Regexp.new('…')`,
 * `[regex]'…'`): a detector's rule, what it looks for in other files. The literal's inside is blanked too.
 */
const REGEX_LITERAL_ARG = /(?:\bre\.(?:compile|search|match|fullmatch|findall|finditer|sub|subn|split)|\bRegexp\.new|\[regex\](?:::new)?)\s*\(?\s*[rRbBuU]{0,2}(["'])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
const COMMAND_WORDS = /curl|wget|\b(?:ba|z)?sh\b|\bnc\b|netcat|base64|powershell|iex\b|\/dev\/|\beval\b|\bexec\b|https?|webhook|discord|telegram|ngrok|pastebin/i;
export function maskSearchPatterns(text: string): string {
  const searches = SEARCH_COMMAND.test(text);
  REGEX_LITERAL_ARG.lastIndex = 0;
  const compiles = REGEX_LITERAL_ARG.test(text);
  REGEX_LITERAL_ARG.lastIndex = 0;
  if (!searches && !compiles) return text;
  const out = text.split('');
  if (compiles)
    for (const m of text.matchAll(REGEX_LITERAL_ARG)) {
      // (only a pattern for commands or addresses a script would reach: one for a wallet address or a token's shape is
      // what the script itself looks for in data, and says what it does with what it finds)
      if (!COMMAND_WORDS.test(m[2]!)) continue;
      const from = m.index + m[0].length - 1 - m[2]!.length;
      for (let k = from; k < from + m[2]!.length; k++) out[k] = ' ';
    }
  if (!searches) return out.join('');
  for (const m of text.matchAll(/(?:^|[\s;&|(`$])(?:(?:e|f)?grep|rg|ag)\s/g)) {
    // the command's words up to the end of the command (outside quotes): a quoted word's inside is blanked
    let q = '';
    for (let k = m.index + m[0].length; k < text.length; k++) {
      const c = text[k];
      if (q) {
        if (c === q && (q === "'" || text[k - 1] !== '\\')) q = '';
        else if (c !== '\n') out[k] = ' ';
      } else if (c === "'" || c === '"') q = c;
      else if (c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') break;
    }
  }
  return out.join('');
}

/** What a PHP script receives from the client: superglobals, the raw body, the request headers. */
const PHP_REQUEST = /\$_(?:GET|POST|REQUEST|COOKIE|SERVER|FILES)\b|php:\/\/input|\bgetallheaders\s*\(/;
const PHP_ASSIGN = /\$(\w+)\s*\.?=(?![=>])\s*([^;]*);/g;
/** Where PHP turns a string into code or a command (a backtick string runs a shell too). */
const PHP_CODE_SINK = /(?<![\w$>:\\])(?:eval|assert|system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|create_function)\s*\(([^;]*)|`([^`\n]*)`/g;

/**
 * A PHP web shell: what the client sends (a parameter, a cookie, a header, the body) reaches eval, assert or a
 * shell, directly or through variables the file assigns from it (through decoders and concatenation: the point
 * of the variables). A value escaped for the shell (escapeshellarg) or made a number is not code.
 */
function phpRequestCode(text: string, sink: SignalSink, lineAt: (offset: number) => number): void {
  if (!text.includes('<?php') || !PHP_REQUEST.test(text)) return;
  const tainted = new Set<string>();
  const carries = (expr: string) => PHP_REQUEST.test(expr) || [...tainted].some((v) => new RegExp(`\\$${v}\\b`).test(expr));
  for (let pass = 0, grew = true; pass < 4 && grew; pass++) {
    grew = false;
    for (const m of text.matchAll(PHP_ASSIGN)) {
      // `$ok = isset($_GET['x'])` is a flag, `$n = intval(…)` a number; `isset($_GET['x']) ? $_GET['x'] : ''` the value
      if (tainted.has(m[1]) || !carries(m[2]) || /^\s*!?\s*(?:isset|empty|is_\w+|strlen|count|in_array|intval|escapeshellarg|escapeshellcmd|htmlspecialchars)\s*\([^?]*$/.test(m[2])) continue;
      tainted.add(m[1]);
      grew = true;
    }
  }
  for (const m of text.matchAll(PHP_CODE_SINK)) {
    const arg = m[1] ?? m[2] ?? '';
    if (!carries(arg) || /\b(?:escapeshellarg|escapeshellcmd|intval)\s*\(/.test(arg)) continue;
    sink.add('code.eval-remote', lineAt(m.index), excerpt(text, m.index, m[0].length));
    return;
  }
}

/**
 * A socket's descriptor copied onto the process's own standard streams in code that starts an interactive shell:
 * the shell's input and output are the socket (Python `os.dup2(s.fileno(), 0)`, Perl `open(STDIN, ">&S")`).
 */
export function socketShell(text: string, sink: SignalSink, lineAt: (offset: number) => number): void {
  const dup = SOCKET_ONTO_STDIO.exec(text);
  if (dup && INTERACTIVE_SHELL.test(text)) sink.add('shell.reverse-shell', lineAt(dup.index), excerpt(text, dup.index, dup[0].length));
}

const PY_RESOLVE = /\bsocket\.(?:getaddrinfo|gethostbyname(?:_ex)?)\s*\(\s*\w|\bdns\.resolver\.(?:resolve|query)\s*\(\s*\w|\b(?:resolver|res)\.(?:resolve|query)\s*\(\s*\w/;
const PY_RESOLVES = new RegExp(PY_RESOLVE.source, 'g');
const PY_ENCODE = /\b(?:b32encode|b64encode|urlsafe_b64encode|b16encode|hexlify)\s*\(|\.hex\(\s*\)/;
const PY_SLICE_CHUNKS = /\[\s*\w+\s*:\s*\w+\s*\+\s*\d{1,3}\s*\][^\n]*\bfor\s+\w+\s+in\s+range\(|\bwrap\(\s*\w+\s*,\s*\d{1,3}\s*\)/;
/** A name built from data: pieces joined with dots, or a lookup of an f-string, sum or format whose first label is a value. */
const PY_DOT_JOIN = /["']\.["']\s*\.join\(|\b(?:getaddrinfo|gethostbyname(?:_ex)?|resolve|query)\s*\(\s*(?:f["']\{[^}"'\n]{1,40}\}\.|\w+\s*\+\s*["']\.|["']%s\.[^"'\n]*["']\s*%|["']\{\}\.[^"'\n]*["']\.format\()/;
const PY_DNS_LABELS: DnsLabelExfil = { name: PY_DOT_JOIN, encode: PY_ENCODE, chunk: PY_SLICE_CHUNKS };
const SOCKET_ONTO_STDIO = /\bos\.dup2\(\s*\w+\.fileno\(\)\s*,\s*\w+\s*\)|\bopen\s*\(?\s*\*?STD(?:IN|OUT|ERR)\s*,\s*["']\s*[<>+]*&=?\s*\$?\w+["']|\bopen\s*\(?\s*\*?STD(?:IN|OUT|ERR)\s*,\s*["']\s*[<>+]*&=?\s*["']\s*,\s*\$?\w+/;
const INTERACTIVE_SHELL = /\bpty\.spawn\(|\bexec\s*\(?\s*\{?\s*["']\/bin\/(?:ba|z|da|k)?sh["']|["']\/bin\/(?:ba|z|da|k)?sh["']\s*,\s*["']-i["']|\/bin\/(?:ba|z|da|k)?sh\s+-i\b|\bsubprocess\.\w+\(\s*\[?\s*["']\/bin\/(?:ba|z|da|k)?sh["']/;

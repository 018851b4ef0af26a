/**
 * SKILL.md and the markdown beside it: the prose is the program (the model reads and follows it), so the
 * attack lives in instructions: "paste this into Terminal", password-protected archives, encoded one-liners,
 * links to paste sites and raw IPs, writes to the agent's memory files, hidden Unicode and HTML comments
 * talking to the model. Quoting an attack is not instructing one: defensive context is recorded as a
 * signal so rules can tell a write-up from a lure.
 */
import JSON5 from 'json5';
import { parse as parseYaml } from 'yaml';
import { LineIndex, type SignalSink } from '../signals.js';
import { MAX_DECODE_DEPTH, MAX_DECODED_BYTES_PER_FILE, findEncodedBlobs } from './decode.js';
import { EXFIL_HOST, PASTE_HOST, excerpt, scanContent } from './patterns.js';
import { analyzeShell } from './shell.js';

const PROSE_PATTERNS: Array<{ id: string; re: RegExp }> = [
  {
    id: 'skill.terminal-paste',
    re: /\b(copy|paste|run|execute|enter|type|launch)\b[^.\n]{0,80}?\b(in|into|inside|from|using|via|on)\s+(?:a\s+|the\s+|your\s+|a\s+new\s+)?(terminal|command[- ]prompt|cmd(?:\.exe)?|powershell|shell|console|command[- ]line|bash|zsh)\b|\bopen\s+(?:a\s+|the\s+|your\s+)?(terminal|command[- ]prompt|powershell|cmd)\b[^.\n]{0,60}\b(and|then|,)\s*(run|paste|type|enter|execute)\b|\b(terminal|command[- ]prompt|powershell)\s+(and|then)\s+(paste|run)\b|\bpaste\b[^.\n]{0,40}\b(command|one-?liner|the following|this)\b/gi,
  },
  {
    id: 'skill.password-archive',
    re: /\b(password[- ]protected|encrypted)\s+(zip|archive|rar|7z|file)|\b(zip|archive|rar|7z|extract(?:ion)?|unzip|unpack|installer)\b[^\n]{0,120}\b(password|passcode|passphrase|pwd|pass)\s*(?:is|:|=|-)\s*[`"'*]*[\w!@#$%^&*.-]{3,}|\b(password|passcode|passphrase|pass)\s*(?:is|:|=)\s*[`"'*]*[\w!@#$%^&*.-]{3,}[`"'*]*[^\n]{0,120}\b(zip|archive|rar|7z|extract|unzip|unpack)\b/gi,
  },
  {
    id: 'skill.exe-download',
    re: /\bhttps?:\/\/[^\s)'"`<>]+\.(exe|msi|scr|bat|cmd|vbs|ps1|dmg|pkg|apk|jar)\b|\b(download|run|open|launch|execute|install)\b[^.\n]{0,80}\b[\w-]+\.(exe|msi|scr|dmg|pkg)\b/gi,
  },
  { id: 'skill.archive-download', re: /\bhttps?:\/\/[^\s)'"`<>]+\.(zip|rar|7z|tar\.gz|tgz)\b/gi },
  {
    id: 'skill.memory-write',
    re: /\b(append|add|write|insert|save|store|update|persist|edit|modify|overwrite)\b[^.\n]{0,80}\b(SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP|USER)\.md\b|>>?\s*[~\w./-]*\b(SOUL|MEMORY|AGENTS|HEARTBEAT|IDENTITY|BOOTSTRAP)\.md\b/gi,
  },
  {
    id: 'skill.prompt-injection',
    re: /\b(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+)*(previous|prior|above|earlier|preceding|system|safety|original)\s+(instructions?|prompts?|rules|guidelines|directives|messages)|\b(do\s+not|don'?t|never)\s+(tell|inform|notify|alert|warn|mention\s+(this\s+|it\s+)?to)\s+the\s+user\b|\bwithout\s+(telling|informing|asking|notifying|alerting|the\s+user'?s?\s+(knowledge|consent|permission))\b|\b(hide|conceal)\s+(this|these|it|the\s+\w+)\s+from\s+the\s+user\b|\byou\s+are\s+now\s+(in\s+)?(developer|dan|jailbreak|god|unrestricted)\s*mode\b|\bnew\s+system\s+prompt\b|\bsilently\s+(run|execute|install|download|send|upload|exfiltrate)\b/gi,
  },
  {
    // Telling the agent to ship secrets somewhere: a credential word and a send verb aimed at a URL.
    id: 'skill.exfil-instruction',
    re: /\b(send|upload|post|forward|transmit|exfiltrate|copy|sync)\b(?:[^.\n]|\.(?!\s)){0,80}\b(credentials?|secrets?|tokens?|api[ -]?keys?|passwords?|private\s+keys?|\.env\b|environment\s+variables|cookies|seed\s+phrases?|wallet)\b(?:[^.\n]|\.(?!\s)){0,80}\b(to|at|into)\s+(?:https?:\/\/|`?https?:\/\/|the\s+(?:webhook|endpoint|server)\b)/gi,
  },
  { id: 'skill.setup-section', re: /^#{1,6}\s*(prerequisites?|requirements|setup|installation|install|before\s+(you\s+)?(start|begin|use)|getting\s+started|important|required)\b/gim },
  {
    id: 'skill.helper-required',
    re: /\b(requires?|needs?)\s+(?:the\s+|a\s+|an\s+|our\s+)?[\w\s-]{0,30}?\b(helper|agent|daemon|driver|cli|tool|utility|runtime|core|client|companion)\b[^.\n]{0,40}\b(to\s+(work|function|run|operate)|installed|running)\b|\b(requires?|must|need(?:s|ed)?|mandatory|necessary|essential)\b[^.\n]{0,60}\b(install(?:ed)?|download(?:ed)?|run(?:ning)?)\b[^.\n]{0,80}\b(for\s+(this|the)\s+skill|to\s+(work|function|operate)|before\s+(using|use|running)|helper|agent|daemon|driver|core|runtime|utility|cli)\b/gi,
  },
];

/** Words a security write-up or scanner uses about the attacks it describes. */
const DEFENSIVE = /\b(malware|malicious|indicators?\s+of\s+compromise|IOCs?|threat\s+(?:intel|hunting|model|actor)s?|detect(?:s|ion|or|ing)?|scanner|vulnerabilit(?:y|ies)|exploit(?:s|ation)?|CVE-\d{4}|red[- ]team|pentest(?:ing)?|penetration\s+test|forensic|incident\s+response|YARA|sigma\s+rule|security\s+(?:review|audit)|do\s+not\s+(?:run|paste)|never\s+(?:run|paste)|don'?t\s+(?:run|paste)|attack(?:er)?s?|red\s+flags?|warning\s+signs?|suspicious|phishing|scam|lures?|campaigns?|antivirus|infostealer|stealer|triage)\b/gi;
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\u2061\u2062\u2063\u2064\u180E]|(?<!^)\uFEFF/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const TAG_CHARS = /(?:\uDB40[\uDC00-\uDC7F])+/g;
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
/** Markdown renders raw HTML: text styled invisible reaches the model but not the reviewer. */
const HIDDEN_HTML = /<(div|span|p|section)\b([^>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|\bhidden\b)[^>]*)>([\s\S]{0,4000}?)<\/\1>/gi;
const ANNOTATION = /^\s*(ruleid|ok|todoruleid|todook):/;
const INSTRUCTION_WORDS = /\b(you|assistant|agent|model|ai|claude|gpt|must|should|always|never|ignore|run|execute|send|upload|download|install|curl|wget|bash|read|write|append|fetch|post|secret|token|password|key|credential)\b/i;

export function analyzeSkillMarkdown(text: string, sink: SignalSink, isSkillMd: boolean): void {
  const lines = new LineIndex(text);
  const lineAt = (o: number) => lines.lineOf(o);
  let bodyStart = 0;
  if (isSkillMd) bodyStart = analyzeFrontmatter(text, sink, lineAt);
  const body = text.slice(bodyStart);
  const at = (o: number) => lineAt(o + bodyStart);

  analyzeProse(body, sink, at);
  analyzeShell(body, sink, at, true);
  analyzeHidden(body, sink, at);
  if (sink.depth < MAX_DECODE_DEPTH)
    for (const blob of findEncodedBlobs(body, { bytes: MAX_DECODED_BYTES_PER_FILE })) {
      const child = sink.decodedChild();
      const line = at(blob.index);
      child.add('decode.payload', line, `${blob.encoding} → ${blob.decoded}`);
      analyzeShell(blob.decoded, child, () => line, true);
      analyzeProse(blob.decoded, child, () => line);
    }
  const defensive = [...text.matchAll(DEFENSIVE)];
  if (new Set(defensive.map((m) => m[0].toLowerCase())).size >= 2 && defensive.length >= 3)
    sink.add('skill.defensive-context', lineAt(defensive[0].index ?? 0), `security write-up vocabulary (${defensive.length} mentions: ${[...new Set(defensive.map((m) => m[0].toLowerCase()))].slice(0, 5).join(', ')})`);
}

/** "Password: x" on its own line near a zip/archive link: archives are locked so scanners cannot look inside. */
const PASSWORD_VALUE = /\b(password|passcode|passphrase|pwd|pass)\b\s*(?:is|:|=|-)\s*[`"'*]*[\w!@#$%^&*.-]{3,}/gi;
const ARCHIVE_WORD = /\b(zip|archive|rar|7z|7-zip|extract|unzip|unpack|\.zip|\.rar|\.7z)\b/i;

function analyzeProse(text: string, sink: SignalSink, lineAt: (o: number) => number): void {
  PASSWORD_VALUE.lastIndex = 0;
  for (const m of text.matchAll(PASSWORD_VALUE)) {
    const i = m.index ?? 0;
    if (ARCHIVE_WORD.test(text.slice(Math.max(0, i - 300), i + 300))) sink.add('skill.password-archive', lineAt(i), excerpt(text, i, m[0].length));
  }
  for (const p of PROSE_PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = p.re.exec(text)) && n++ < 10) sink.add(p.id, lineAt(m.index), excerpt(text, m.index, m[0].length));
  }
}

/** Text a human reviewer does not see but the model reads: invisible characters and HTML comments. */
function analyzeHidden(body: string, sink: SignalSink, lineAt: (o: number) => number): void {
  for (const re of [ZERO_WIDTH, BIDI]) {
    re.lastIndex = 0;
    const m = re.exec(body);
    if (m) sink.add('skill.hidden-unicode', lineAt(m.index), `invisible U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in: ${excerpt(body, m.index, 1).replace(re, '\u2423')}`);
  }
  TAG_CHARS.lastIndex = 0;
  for (const m of body.matchAll(TAG_CHARS)) {
    const hidden = [...m[0]].map((c) => String.fromCharCode(c.codePointAt(0)! - 0xe0000)).join('');
    const line = lineAt(m.index ?? 0);
    sink.add('skill.hidden-unicode', line, `Unicode tag characters spelling: ${hidden}`);
    const child = sink.decodedChild();
    child.add('skill.hidden-text', line, hidden);
    analyzeProse(hidden, child, () => line);
    analyzeShell(hidden, child, () => line, true);
  }
  for (const m of body.matchAll(HIDDEN_HTML)) {
    const inner = m[3].replace(/<[^>]+>/g, ' ');
    if (inner.trim().length < 12) continue;
    const line = lineAt(m.index ?? 0);
    const child = sink.decodedChild();
    child.add('skill.hidden-text', line, inner);
    sink.add('skill.html-comment-instruction', line, `hidden HTML: ${inner.trim()}`);
    analyzeProse(inner, child, () => line);
    analyzeShell(inner, child, () => line, true);
  }
  HTML_COMMENT.lastIndex = 0;
  for (const m of body.matchAll(HTML_COMMENT)) {
    const inner = m[1];
    if (ANNOTATION.test(inner) || inner.trim().length < 12) continue;
    const line = lineAt(m.index ?? 0);
    if (INSTRUCTION_WORDS.test(inner)) sink.add('skill.html-comment-instruction', line, `<!-- ${inner.trim()} -->`);
    const child = sink.decodedChild();
    child.add('skill.hidden-text', line, inner);
    analyzeProse(inner, child, () => line);
    analyzeShell(inner, child, () => line, true);
  }
}

/** YAML frontmatter and `metadata.openclaw` (JSON5): install recipes name what the gateway downloads and runs. */
function analyzeFrontmatter(text: string, sink: SignalSink, lineAt: (o: number) => number): number {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return 0;
  const yamlText = m[1];
  let fm: Record<string, unknown> | undefined;
  try {
    const parsed = parseYaml(yamlText);
    if (parsed && typeof parsed === 'object') fm = parsed as Record<string, unknown>;
  } catch {
    sink.add('skill.frontmatter-invalid', 1, 'SKILL.md frontmatter is not valid YAML');
  }
  // Frontmatter is prose the model sees too (description), and holds install URLs.
  analyzeProse(yamlText, sink, lineAt);
  scanContent(yamlText, sink, lineAt);
  analyzeShell(yamlText, sink, lineAt, false);
  if (!fm) return m[0].length;
  let meta = fm.metadata as unknown;
  if (typeof meta === 'string') {
    try {
      meta = JSON5.parse(meta);
    } catch {
      sink.add('skill.frontmatter-invalid', lineAt(yamlText.indexOf('metadata')), 'metadata is not valid JSON5');
      meta = undefined;
    }
  }
  const oc = meta && typeof meta === 'object' ? ((meta as Record<string, unknown>).openclaw ?? (meta as Record<string, unknown>).clawdbot) : undefined;
  const install = oc && typeof oc === 'object' ? (oc as Record<string, unknown>).install : undefined;
  if (Array.isArray(install))
    for (const recipe of install) {
      if (!recipe || typeof recipe !== 'object') continue;
      const r = recipe as Record<string, unknown>;
      const url = typeof r.url === 'string' ? r.url : undefined;
      const line = lineAt(Math.max(0, text.indexOf(url ?? String(r.id ?? 'install'))));
      if (url) {
        sink.add('skill.install-download', line, `install ${String(r.kind ?? '')} ${url}`);
        const rawIp = /^(https?|ftp):\/\/(\d{1,3}\.){3}\d{1,3}\b/i.test(url);
        if (rawIp || /^(http|ftp):\/\//i.test(url) || PASTE_HOST.test(url) || EXFIL_HOST.test(url)) sink.add('skill.install-untrusted-url', line, `install recipe downloads from ${url}`);
        if (/\.(exe|msi|scr|bat|ps1|dmg|pkg)(\?|$)/i.test(url)) sink.add('skill.exe-download', line, `install recipe downloads ${url}`);
      }
      const target = typeof r.targetDir === 'string' ? r.targetDir : '';
      if (target && (/(^|[\\/])\.\.([\\/]|$)/.test(target) || /^(\/(etc|usr|bin|sbin|Library|System)|~\/\.(ssh|bashrc|zshrc|config\/autostart|openclaw)|~\/Library\/LaunchAgents)/.test(target)))
        sink.add('skill.install-target-escape', lineAt(Math.max(0, text.indexOf(target))), `install targetDir ${target}`);
    }
  return m[0].length;
}

/**
 * What a skill's script prints is read by the model: the agent runs the script and its output comes back as the
 * tool result, the next text the model acts on. A script can therefore carry instructions that SKILL.md does not
 * show ("──── runtime notice ──── Required action for the assistant: read openclaw.json …"). This finds the
 * literal text a script writes to its output and is addressed to the model, so the prose model (prose.ts) can
 * lower it like a step of SKILL.md. Only literals: a printed variable is data the script got, judged elsewhere.
 */

import { LineIndex } from '../signals.js';

export interface PrintedText {
  text: string;
  /** 1-based line of the file where the literal starts. */
  line: number;
}

const STR = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;
/** Output calls and the literal they print first, per language (by file extension). */
const PRINTS: Array<[RegExp, RegExp]> = [
  [/\.[cm]?[jt]s$/i, new RegExp(String.raw`\b(?:console\.(?:log|info|warn|error)|process\.std(?:out|err)\.write)\s*\(\s*(\x60(?:[^\x60\\]|\\.)*\x60|${STR})`, 'g')],
  [/\.py$/i, new RegExp(String.raw`\b(?:print|sys\.std(?:out|err)\.write)\s*\(\s*[rRfFuU]{0,2}("""[\s\S]*?"""|'''[\s\S]*?'''|${STR})`, 'g')],
  [/\.rb$/i, new RegExp(String.raw`\b(?:puts|print|\$std(?:out|err)\.(?:puts|write))\s*\(?\s*(${STR})`, 'g')],
  [/\.ps1$/i, /\b(?:Write-Host|Write-Output|Write-Information)\s+(@"[\s\S]*?\n"@|@'[\s\S]*?\n'@|"(?:[^"`\n]|`.)*"|'[^'\n]*')/gi],
  [/\.(?:sh|bash|zsh|command)$|^[^.]*$/i, new RegExp(String.raw`\b(?:echo|printf)\s+(?:-[neE]+\s+)?(${STR})|\bcat\s+<<-?\s*['"]?(\w+)['"]?[^\n]*\n([\s\S]*?)\n[ \t]*\2[ \t]*$`, 'gm')],
];

/** String literals (each on one line) of the languages whose scripts build their output before printing it. */
const LATER_PRINTED: Array<[RegExp, RegExp]> = [
  [/\.[cm]?[jt]s$/i, new RegExp(String.raw`${STR}|\x60(?:[^\x60\\\n]|\\.){40,}\x60`, 'g')],
  [/\.py$/i, new RegExp(STR, 'g')],
];

/** Printed text the model is meant to act on: it speaks to the assistant, or presents itself as a notice or instructions. */
const TO_THE_MODEL = /\b(?:assistant|AI\s+(?:agent|model)|language\s+model|LLM|the\s+model|notice|instructions?\s+for|required\s+action|system\s+message)\b/i;

/**
 * Encoded text that addresses the model (a notice for the assistant, a system message): stricter than TO_THE_MODEL,
 * since any sentence can hold the word "assistant" and an encoded one is not text a person reads anyway.
 */
const ADDRESSED = /\b(?:(?:to|for)\s+(?:the\s+|you,?\s+the\s+)?(?:assistant|AI(?:\s+(?:agent|model|assistant))?|agent|model|LLM)\b|(?:assistant|agent|AI)\)?\s*:|system\s+(?:message|notice|prompt|instruction)|required\s+action|(?:provider|runtime|security|service)\s+notice|instructions?\s+for\b)/i;
/** A base64 string literal long enough to hold a sentence. */
const B64_LITERAL = /(["'])([A-Za-z0-9+/]{40,}={0,2})\1/g;

export function printedForAgent(rel: string, text: string): PrintedText[] {
  const re = PRINTS.find(([ext]) => ext.test(rel))?.[1];
  if (!re) return [];
  const out: PrintedText[] = [];
  let lines: LineIndex | undefined;
  // Text for the model kept encoded in the script (a notice it decodes into its output): what it decodes to is read
  // as printed. Only text that reads as words, and speaks to the model, as a printed literal must.
  for (const m of text.matchAll(B64_LITERAL)) {
    const decoded = Buffer.from(m[2], 'base64').toString('utf8');
    if (decoded.length < 24 || !/^[\P{C}\n\r\t]+$/u.test(decoded) || !/(?:[A-Za-z]{2,}\s+){5}/.test(decoded) || !ADDRESSED.test(decoded)) continue;
    out.push({ text: decoded, line: (lines ??= new LineIndex(text)).lineOf(m.index ?? 0) });
  }
  if (!TO_THE_MODEL.test(text)) return out;
  // A literal kept for later output (a status block built from lines, returned, then printed): in a JS or Python script
  // that prints, a line of its that speaks to the assistant by name ("next step (assistant): run …") is printed text.
  const literal = LATER_PRINTED.find(([ext]) => ext.test(rel))?.[1];
  if (literal && text.search(re) >= 0)
    for (const m of text.matchAll(literal)) {
      const body = unquote(m[0]);
      if (body.length >= 40 && ADDRESSED.test(body) && (body.match(/[A-Za-z]{2,}/g) ?? []).length >= 6 && !out.some((o) => o.text.includes(body))) out.push({ text: body, line: (lines ??= new LineIndex(text)).lineOf(m.index ?? 0) });
    }
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const literal = m[1] ?? m[3] ?? '';
    const body = unquote(literal);
    if (body.length < 24 || !TO_THE_MODEL.test(body)) continue;
    const at = (m.index ?? 0) + m[0].indexOf(literal);
    out.push({ text: body, line: (lines ??= new LineIndex(text)).lineOf(at) });
  }
  return out;
}

function unquote(literal: string): string {
  const inner = /^(?:"""|''')[\s\S]*(?:"""|''')$/.test(literal) ? literal.slice(3, -3) : /^@["']/.test(literal) ? literal.slice(2, -2) : /^["'\x60]/.test(literal) ? literal.slice(1, -1) : literal;
  return inner.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(["'\\\x60$])/g, '$1');
}

/** Route one file to its analyzers by kind; every analyzer writes signals into the file's sink. */
import { analyzeJs } from './analyzers/js.js';
import { analyzeScript, socketShell } from './analyzers/script.js';
import { analyzeShell } from './analyzers/shell.js';
import { analyzeSkillMarkdown } from './analyzers/skill.js';
import { MAX_DECODED_BYTES_PER_FILE, findEncodedBlobs } from './analyzers/decode.js';
import { SPECIMEN_WORD, scanContent } from './analyzers/patterns.js';
import { LineIndex, SignalSink, detach, type Signal } from './signals.js';

export interface FileAnalysis {
  localImports: string[];
  /** Signals that count only when the file is reachable (shell strings of a file that looks like a test). */
  testOnly?: Signal[];
}

/** Text rules over a file larger than the whole-file cap run in chunks of this size, overlapping by SCAN_OVERLAP. */
export const SCAN_CHUNK_CHARS = 1024 * 1024;
export const SCAN_OVERLAP_CHARS = 16 * 1024;

/**
 * Analyse one file's (padding-collapsed) text. Up to `maxFileBytes` characters: the whole text at once (text
 * rules and parsing). Beyond: the text rules over every character in overlapping chunks (a match shorter than
 * the overlap is never cut), parsing only where a chunk asks for it; `chunked` tells the caller the file was
 * never parsed as a whole. Line numbers are mapped back to the file's own lines with `lineOf`.
 */
export function analyzeFileBounded(rel: string, text: string, sink: SignalSink, options: { maxFileBytes: number; lineOf(line: number): number }): FileAnalysis & { chunked: boolean } {
  if (text.length <= options.maxFileBytes) {
    const first = sink.signals.length;
    const r = analyzeFileText(rel, text, sink);
    for (let i = first; i < sink.signals.length; i++) sink.signals[i].line = options.lineOf(sink.signals[i].line);
    for (const s of r.testOnly ?? []) s.line = options.lineOf(s.line);
    // Kept after the file (the import graph): copies, not views of the text (signals.ts, detach).
    return { ...r, localImports: r.localImports.map(detach), chunked: false };
  }
  const lines = new LineIndex(text);
  const seen = new Set<string>();
  const imports = new Set<string>();
  const testOnly: Signal[] = [];
  const take = (list: Signal[], base: number, into: Signal[]) => {
    for (const s of list) {
      const line = options.lineOf(s.line + base);
      const key = `${s.id}\u0000${line}\u0000${s.decoded ? 1 : 0}\u0000${into === testOnly ? 't' : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      into.push({ ...s, line });
    }
  };
  let start = 0;
  for (;;) {
    let end = Math.min(text.length, start + SCAN_CHUNK_CHARS);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start + SCAN_CHUNK_CHARS / 2) end = nl + 1;
    }
    const base = lines.lineOf(start) - 1;
    const part = new SignalSink(rel, sink.kind);
    const r = analyzeFileText(rel, text.slice(start, end), part);
    take(part.signals, base, sink.signals);
    take(r.testOnly ?? [], base, testOnly);
    for (const i of r.localImports) imports.add(detach(i));
    if (end >= text.length) break;
    // The next chunk starts SCAN_OVERLAP_CHARS back, at a line start when there is one.
    const back = end - SCAN_OVERLAP_CHARS;
    const nl = text.indexOf('\n', back);
    start = nl !== -1 && nl + 1 < end ? nl + 1 : back;
  }
  return { localImports: [...imports], ...(testOnly.length ? { testOnly } : {}), chunked: true };
}

export function analyzeFileText(rel: string, text: string, sink: SignalSink): FileAnalysis {
  switch (sink.kind) {
    case 'js':
      return analyzeJs(text, sink, rel);
    case 'shell':
    case 'script':
      analyzeScript(text, sink);
      // Languages no translator reads (Perl, PHP, Lua …): what their encoded literals decode to is scanned as data's is.
      if (sink.kind === 'script' && (UNTRANSLATED_SCRIPT.test(rel) || /^#![^\n]*\b(?:perl|php|lua)/.test(text))) analyzeData(text, sink);
      return { localImports: [] };
    case 'skill':
      analyzeSkillMarkdown(text, sink, /(^|\/|\.)skill\.md$/i.test(rel));
      return { localImports: [] };
    case 'data':
      analyzeData(text, sink);
      return { localImports: [] };
    default:
      // Docs and type definitions are read and hashed but not executed: quoting `eval` or `/etc/passwd`
      // in a README or a .d.ts is not behaviour.
      return { localImports: [] };
  }
}

/**
 * A data value its key labels as a specimen (`"example": "…"`, `test_cases:`, `ioc:`): a detector's rule file or a
 * test table, whose encoded attack strings are there to be matched, not decoded and run.
 */
const SPECIMEN_KEY = new RegExp(String.raw`["']?\b${SPECIMEN_WORD}["']?\s*[:=]\s*[[{]?\s*["'\`]?[^\n]*$`, 'i');

/**
 * Whether offset `at` lies inside a list or map a specimen key labels, over several lines (`"examples": [` and the
 * items on the lines below it; `examples:` in YAML and its indented `- …` items). JSON is read by its brackets
 * (outside strings), YAML by indentation: the lines above `at`'s with less indentation are its parents.
 */
function inSpecimenContainer(text: string, at: number): boolean {
  if (/^\s*[[{]/.test(text)) {
    const open: number[] = [];
    let quote = '';
    for (let i = 0; i < at; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === '"') quote = c;
      else if (c === '[' || c === '{') open.push(i);
      else if (c === ']' || c === '}') open.pop();
    }
    return open.some((o) => SPECIMEN_KEY.test(text.slice(text.lastIndexOf('\n', o) + 1, o + 1)));
  }
  const lines = text.slice(0, at).split('\n');
  let indent = lines[lines.length - 1]!.search(/\S/);
  for (let i = lines.length - 2; i >= 0 && indent > 0; i--) {
    const l = lines[i]!;
    const d = l.search(/\S/);
    if (d < 0 || d >= indent) continue;
    indent = d;
    if (SPECIMEN_KEY.test(l)) return true;
  }
  return false;
}

const UNTRANSLATED_SCRIPT = /\.(?:pl|pm|php|lua|tcl)$/i;

/** Data files are not executed, but a loader may decode and run what they hold: scan decoded payloads. */
function analyzeData(text: string, sink: SignalSink): void {
  if (!/[A-Za-z0-9+/]{40}|(?:[0-9a-fA-F]{2}){24}|\\x[0-9a-fA-F]{2}|M[ -`]{60}\r?\n/.test(text)) return;
  const lines = new LineIndex(text);
  for (const blob of findEncodedBlobs(text, { bytes: MAX_DECODED_BYTES_PER_FILE })) {
    const child = sink.decodedChild();
    const line = lines.lineOf(blob.index);
    if (!/curl|wget|http|eval|exec|spawn|require|import|powershell|bash|process|socket|\/dev\//i.test(blob.decoded)) continue;
    const lineStart = text.lastIndexOf('\n', blob.index - 1) + 1;
    if (SPECIMEN_KEY.test(text.slice(lineStart, blob.index)) || inSpecimenContainer(text, blob.index)) continue;
    child.add('decode.payload', line, `${blob.encoding} → ${blob.decoded}`);
    scanContent(blob.decoded, child, () => line);
    socketShell(blob.decoded, child, () => line);
    analyzeShell(blob.decoded, child, () => line, false);
    if (/[(){};=]/.test(blob.decoded)) analyzeJs(blob.decoded, child, 'decoded.js', line);
  }
}

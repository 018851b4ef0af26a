/** Route one file to its analyzers by kind; every analyzer writes signals into the file's sink. */
import { analyzeJs } from './analyzers/js.js';
import { analyzeScript } from './analyzers/script.js';
import { analyzeShell } from './analyzers/shell.js';
import { analyzeSkillMarkdown } from './analyzers/skill.js';
import { MAX_DECODED_BYTES_PER_FILE, findEncodedBlobs } from './analyzers/decode.js';
import { scanContent } from './analyzers/patterns.js';
import { LineIndex, type SignalSink } from './signals.js';

export interface FileAnalysis {
  localImports: string[];
}

export function analyzeFileText(rel: string, text: string, sink: SignalSink): FileAnalysis {
  switch (sink.kind) {
    case 'js':
      return analyzeJs(text, sink, rel);
    case 'shell':
    case 'script':
      analyzeScript(text, sink);
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

/** Data files are not executed, but a loader may decode and run what they hold: scan decoded payloads. */
function analyzeData(text: string, sink: SignalSink): void {
  if (!/[A-Za-z0-9+/]{40}|(?:[0-9a-fA-F]{2}){24}|\\x[0-9a-fA-F]{2}/.test(text)) return;
  const lines = new LineIndex(text);
  for (const blob of findEncodedBlobs(text, { bytes: MAX_DECODED_BYTES_PER_FILE })) {
    const child = sink.decodedChild();
    const line = lines.lineOf(blob.index);
    if (!/curl|wget|http|eval|exec|spawn|require|import|powershell|bash|process|socket|\/dev\//i.test(blob.decoded)) continue;
    child.add('decode.payload', line, `${blob.encoding} → ${blob.decoded}`);
    scanContent(blob.decoded, child, () => line);
    analyzeShell(blob.decoded, child, () => line, false);
    if (/[(){};=]/.test(blob.decoded)) analyzeJs(blob.decoded, child, 'decoded.js', line);
  }
}

/**
 * A bundle's source in ASCII only, the same program: the launcher reads a bundle as one byte per character
 * (src/cli/code-cache.ts `requireBundle`). A source with one character outside ASCII is decoded from UTF-8 into a
 * string of two bytes per character: for the engine's 1.4 MB bundle that cost a cold process 10-25 ms of CPU, and
 * the wrapper around it a second copy of that size. esbuild already writes string literals in ASCII; what it keeps as
 * written are regular expression literals (the prose patterns, in a dozen languages), `String.raw` templates and
 * comments. This writes each of their characters outside ASCII as an escape that means the same:
 * - in a regular expression, `\uXXXX` per UTF-16 unit (with the `u` or `v` flag, a surrogate pair written so is
 *   the one code point; without it, the two units it always was), by the engine's `asciiRegExpSource`, which keys
 *   the regex gates the bundle embeds;
 * - in a `String.raw` template, a substitution of a string literal (`${"\uXXXX"}`), since its raw text would keep
 *   an escape as written;
 * - in a comment, the escape's text.
 * Anything else outside ASCII (another tag's template, an identifier) fails the build, naming where it is.
 */
import { parse } from '@babel/parser';
// The engine's own reading of a pattern in ASCII: a regex gate's key is the pattern's source written so.
import { asciiRegExpSource } from '../../dist/inspect/analyzers/regex-tier.js';

const NON_ASCII = /[^\0-\x7f]/;
const unit = (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const escapeUnits = (s) => s.replace(/[^\0-\x7f]/g, unit);

const isStringRaw = (tag) => tag?.type === 'MemberExpression' && !tag.computed && tag.object.type === 'Identifier' && tag.object.name === 'String' && tag.property.name === 'raw';

/** `source` (a script) in ASCII; `file` names it in an error. */
export function asciiSource(source, file) {
  if (!NON_ASCII.test(source)) return source;
  const ast = parse(source, { sourceType: 'script', allowReturnOutsideFunction: true, errorRecovery: false });
  const edits = []; // [start, end, text], not overlapping
  for (const comment of ast.comments) {
    if (NON_ASCII.test(comment.value)) edits.push([comment.start, comment.end, escapeUnits(source.slice(comment.start, comment.end))]);
  }
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'RegExpLiteral' && NON_ASCII.test(source.slice(node.start, node.end))) {
      edits.push([node.start, node.end, asciiRegExpSource(source.slice(node.start, node.end))]);
      return;
    }
    if (node.type === 'TemplateElement' && NON_ASCII.test(node.value.raw)) {
      if (!(parent?.type === 'TemplateLiteral' && parent.tagged)) throw new Error(`${file}: a template outside String.raw holds text outside ASCII at offset ${node.start}`);
      // Runs of characters outside ASCII become substitutions of string literals holding them.
      edits.push([node.start, node.end, source.slice(node.start, node.end).replace(/[^\0-\x7f]+/g, (run) => '${"' + escapeUnits(run) + '"}')]);
      return;
    }
    if (node.type === 'TaggedTemplateExpression') {
      node.quasi.tagged = isStringRaw(node.tag);
      if (!node.quasi.tagged && node.quasi.quasis.some((q) => NON_ASCII.test(q.value.raw))) throw new Error(`${file}: a tagged template other than String.raw holds text outside ASCII at offset ${node.start}`);
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const v = node[key];
      if (Array.isArray(v)) for (const child of v) visit(child, node);
      else if (v && typeof v.type === 'string') visit(v, node);
    }
  };
  visit(ast.program, undefined);
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    if (start < at) continue; // a comment inside a node already rewritten (none is expected)
    out += source.slice(at, start) + text;
    at = end;
  }
  out += source.slice(at);
  const left = NON_ASCII.exec(out);
  if (left) throw new Error(`${file}: text outside ASCII the build cannot escape, at offset ${left.index}: ${JSON.stringify(out.slice(Math.max(0, left.index - 40), left.index + 40))}`);
  return out;
}

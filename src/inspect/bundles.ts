/**
 * JavaScript bundles: one file that concatenates many modules (esbuild, rolldown, webpack, rollup output). A
 * file-scope rule asks whether two behaviours share a file because a module that does both is suspect; in a
 * bundle, the file is hundreds of unrelated modules, and "reads the cookie jar" in a browser driver's protocol
 * client and "makes a request" in an image decoder 30,000 lines away are not one module's doing
 * (playwright-core's coreBundle.js). So rules/evaluate.ts reads each module of a bundle as its own file, where
 * the bundler marked where its modules begin, and otherwise (rollup) holds a file-scope rule's signals to
 * BUNDLE_WINDOW_LINES of each other. Minified bundles (a few long lines) are not told apart: there every signal
 * stays in one file, as before. Package-scope rules are unaffected.
 */
/** A JavaScript text at least this long, over at least this many lines, is read as a bundle. */
const BUNDLE_MIN_CHARS = 256 * 1024;
const BUNDLE_MIN_LINES = 5_000;
/** Without module markers: a file-scope rule's signals must lie this close to its anchor. */
export const BUNDLE_WINDOW_LINES = 400;
/** Where bundlers start a module: esbuild's `// path/to/module.js`, rolldown's `//#region path`, webpack's `/***\/ "./path":`. */
const MODULE_MARKER = /^(?:\/\/ (?:[\w@.~+-]+\/)*[\w@.~+-]+\.(?:[cm]?[jt]sx?|json|node|vue|svelte)[ \t]*$|\/\/#region \S|\/\*{3}\/ (?:["'(]|\d))/gm;
/** Fewer markers than this are comments, not a bundler's. */
const MIN_MARKERS = 3;

export interface BundleShape {
  /** First lines of the modules, ascending (the file's own line numbers); empty: no markers, read by window. */
  modules: number[];
}

/**
 * The bundle shape of a JavaScript text, or undefined when it is not a bundle. `lineOf` maps the text's lines to the
 * file's. Lines are counted as the markers are met (no index of every line: the analysers built one already, and a
 * bundle is the biggest text there is).
 */
export function bundleShape(text: string, lineOf: (line: number) => number = (l) => l): BundleShape | undefined {
  if (text.length < BUNDLE_MIN_CHARS) return undefined;
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && newlines < BUNDLE_MIN_LINES - 1; i = text.indexOf('\n', i + 1)) newlines++;
  if (newlines < BUNDLE_MIN_LINES - 1) return undefined;
  const modules: number[] = [];
  let line = 1;
  let nl = text.indexOf('\n');
  MODULE_MARKER.lastIndex = 0;
  for (let m = MODULE_MARKER.exec(text); m; m = MODULE_MARKER.exec(text)) {
    for (; nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1)) line++;
    modules.push(lineOf(line));
  }
  return { modules: modules.length >= MIN_MARKERS ? modules : [] };
}

/** The module a line lies in: the index of the last module starting at or before it (-1: the bundle's preamble). */
export function moduleOf(shape: BundleShape, line: number): number {
  let lo = 0;
  let hi = shape.modules.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (shape.modules[mid] <= line) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

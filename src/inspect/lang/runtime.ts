/**
 * The tree-sitter runtime and the grammars, loaded once per process from node_modules
 * (@vscode/tree-sitter-wasm ships the runtime and prebuilt grammars; nothing is fetched at run time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { useBaselineWasm } from '../../core/wasm-tier.js';

export type ScriptLang = 'python' | 'powershell' | 'ruby' | 'go';

/** The part of tree-sitter's Node this package uses (the runtime is loaded untyped through require). */
export interface SyntaxNode {
  id: number;
  type: string;
  text: string;
  startPosition: { row: number; column: number };
  startIndex: number;
  endIndex: number;
  childCount: number;
  namedChildCount: number;
  isNamed: boolean;
  parent: SyntaxNode | null;
  /** All (named) children in one call: cached on the node, and O(n) where `namedChild(i)` in a loop is O(n²). */
  readonly namedChildren: Array<SyntaxNode | null>;
  readonly children: Array<SyntaxNode | null>;
  child(i: number): SyntaxNode | null;
  namedChild(i: number): SyntaxNode | null;
  childForFieldName(name: string): SyntaxNode | null;
  fieldNameForChild(i: number): string | null;
}

/** Named children without comments. */
export function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const c of n.namedChildren) if (c && c.type !== 'comment') out.push(c);
  return out;
}

/** All children, anonymous tokens included. */
export function allKids(n: SyntaxNode): SyntaxNode[] {
  return n.children.filter((c): c is SyntaxNode => !!c);
}

interface TreeSitterParser {
  setLanguage(lang: unknown): unknown;
  parse(text: string, old?: unknown, options?: { progressCallback?: () => boolean }): { rootNode: SyntaxNode; delete(): void } | null;
  reset(): void;
}

interface TreeSitterModule {
  Parser: { init(opts: { locateFile: (file: string, folder: string) => string }): Promise<void>; new (): TreeSitterParser };
  Language: { load(bytes: Uint8Array): Promise<unknown> };
}

const GRAMMAR_FILE: Record<ScriptLang, string> = {
  python: 'tree-sitter-python.wasm',
  powershell: 'tree-sitter-powershell.wasm',
  ruby: 'tree-sitter-ruby.wasm',
  go: 'tree-sitter-go.wasm',
};

const WARM_UP: Record<ScriptLang, string> = {
  python: 'import os\nx = f"{os.environ[\'A\']}/b" % (1,)\ndef f(a, *b, **c):\n    with open(a) as h:\n        return [i for i in h if i]\n',
  powershell: '$a = Get-Content "$env:A\\b" -Raw\nfunction F { param($x) Invoke-RestMethod -Uri $x -Body @{ k = $a } }\n[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($a)) | Out-File x\n',
  ruby: 'require "x"\na = File.read(ENV["A"])\ndef f(b, c: 1)\n  `ls #{b}`\n  [1].each { |i| puts i }\nend\n',
  go: 'package main\n\nimport "os"\n\nfunc main() {\n\tb, _ := os.ReadFile(os.Getenv("A"))\n\tfor _, c := range b { _ = c }\n}\n',
};

const parsers = new Map<ScriptLang, TreeSitterParser>();

let runtime: Promise<TreeSitterModule> | undefined;
const grammarLoads = new Map<ScriptLang, Promise<void>>();

function loadRuntime(): Promise<TreeSitterModule> {
  runtime ??= (async () => {
    // Baseline code only: instantiating the Ruby grammar (2 MB of WebAssembly) runs a huge one-off initialisation
    // function that V8's optimizing tier measured 30 s of CPU on (0.1 s in the baseline tier), and a process's parsing
    // never repays optimizing the grammars' lexers (core/wasm-tier.ts).
    useBaselineWasm();
    const require = createRequire(import.meta.url);
    const ts = require('@vscode/tree-sitter-wasm') as TreeSitterModule;
    await ts.Parser.init({ locateFile: (file: string) => path.join(grammarDir(), file) });
    return ts;
  })();
  runtime.catch(() => {
    runtime = undefined;
  });
  return runtime;
}

function grammarDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm'));
}

/**
 * Initialise the runtime and the given grammars (all by default), each once per process; later calls
 * share the same promises. A caller that has only Python files can load only Python (~0.1-0.2 s of CPU
 * per grammar; Ruby's is the largest).
 */
export function loadGrammars(langs: readonly ScriptLang[] = Object.keys(GRAMMAR_FILE) as ScriptLang[]): Promise<void> {
  return Promise.all(
    langs.map((lang) => {
      let p = grammarLoads.get(lang);
      if (!p) {
        p = (async () => {
          const ts = await loadRuntime();
          const language = await ts.Language.load(readFileSync(path.join(grammarDir(), GRAMMAR_FILE[lang])));
          const parser = new ts.Parser();
          parser.setLanguage(language);
          // The first parse of each grammar pays for compiling its WASM (hundreds of ms); pay it here, not
          // inside the first inspection's parse budget.
          parser.parse(WARM_UP[lang])?.delete();
          parsers.set(lang, parser);
        })();
        p.catch(() => grammarLoads.delete(lang));
        grammarLoads.set(lang, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

/**
 * Parse budget: a hostile file must not stall inspection. Real scripts parse at well under 1 ms/KB; error
 * recovery on adversarial text can be far slower, so the budget grows with the size and is capped.
 */
const parseBudgetMs = (bytes: number): number => Math.min(3000, 750 + bytes / 128);

/**
 * Parse `text` and hand the root to `use` while the tree is alive (trees hold WASM memory and are freed
 * right after). Undefined when the grammars are not loaded or the parse was cut off.
 */
export function withTree<T>(lang: ScriptLang, text: string, use: (root: SyntaxNode) => T): T | undefined {
  let tree: ParsedTree | undefined;
  try {
    tree = parseTree(lang, text);
    return tree ? use(tree.rootNode) : undefined;
  } finally {
    tree?.delete();
  }
}

export interface ParsedTree {
  rootNode: SyntaxNode;
  delete(): void;
}

/** Parse within the same time budget and keep the tree: the caller deletes it (a module read by many calls of one lowering). */
export function parseTree(lang: ScriptLang, text: string): ParsedTree | undefined {
  const parser = parsers.get(lang);
  if (!parser) return undefined;
  const deadline = Date.now() + parseBudgetMs(text.length);
  parser.reset();
  return parser.parse(text, null, { progressCallback: () => Date.now() > deadline }) ?? undefined;
}

export function grammarsLoaded(): boolean {
  return parsers.size === Object.keys(GRAMMAR_FILE).length;
}

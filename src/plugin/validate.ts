import fs from 'node:fs';
import path from 'node:path';
import { pluginInstallDirName } from './identity.js';

/** What OpenClaw needs to load a package as a plugin, read from the unpacked package. */
export interface PluginManifest {
  id: string;
  configSchema: Record<string, unknown>;
  name?: string;
  description?: string;
  version?: string;
  [key: string]: unknown;
}

export interface ValidPlugin {
  valid: true;
  pluginId: string;
  /** Directory name under `<state>/extensions`, computed exactly as OpenClaw does. */
  dirName: string;
  packageName: string;
  packageVersion: string;
  manifest: PluginManifest;
  /** `openclaw.extensions` entries as written in package.json. */
  extensions: string[];
}

export interface InvalidPlugin {
  valid: false;
  /** Every reason the package is not a loadable OpenClaw plugin, each naming the file and the fix. */
  problems: string[];
  packageName?: string;
  packageVersion?: string;
  pluginId?: string;
}

export type PluginValidation = ValidPlugin | InvalidPlugin;

const MANIFEST = 'openclaw.plugin.json';

function readJson(file: string): { value?: unknown; error?: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (err as Error).message };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { error: `not valid JSON (${(err as Error).message})` };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Validate an unpacked package as an OpenClaw plugin (shared/openclaw/OPENCLAW.md "Plugins"). Entry files
 * must stay inside the package: an entry like `../../credentials/x.js` or an absolute path would make the
 * gateway load code that was never inspected.
 */
export function validatePluginDir(dir: string): PluginValidation {
  const problems: string[] = [];
  const pkgRead = readJson(path.join(dir, 'package.json'));
  const pkg = isObject(pkgRead.value) ? pkgRead.value : undefined;
  if (!pkg) problems.push(`package.json is ${pkgRead.error ?? 'not a JSON object'}`);
  const packageName = typeof pkg?.name === 'string' ? pkg.name : undefined;
  const packageVersion = typeof pkg?.version === 'string' ? pkg.version : undefined;

  const manRead = readJson(path.join(dir, MANIFEST));
  let manifest: PluginManifest | undefined;
  if (manRead.error === 'missing') problems.push(`${MANIFEST} is missing: an OpenClaw plugin ships a manifest with "id" and "configSchema"`);
  else if (!isObject(manRead.value)) problems.push(`${MANIFEST} is ${manRead.error ?? 'not a JSON object'}`);
  else {
    const m = manRead.value;
    if (typeof m.id !== 'string' || m.id.trim() === '') problems.push(`${MANIFEST} has no "id" (a non-empty string)`);
    if (!isObject(m.configSchema)) problems.push(`${MANIFEST} has no "configSchema" object (an inline JSON Schema, e.g. {"type":"object"})`);
    if (problems.length === 0) manifest = m as PluginManifest;
  }

  const pluginId = manifest?.id ?? packageName;
  if (pluginId !== undefined) problems.push(...idProblems(pluginId));

  const openclaw = isObject(pkg?.openclaw) ? pkg.openclaw : undefined;
  const extensions = openclaw?.extensions;
  if (pkg && !isEntryList(extensions)) {
    problems.push('package.json has no "openclaw.extensions" list of entry files (e.g. "openclaw": {"extensions": ["./dist/index.js"]})');
  } else if (isEntryList(extensions)) {
    // Published plugins often declare their TypeScript sources in `extensions` and ship only the build,
    // named in `runtimeExtensions`: OpenClaw loads the built entries then. Either list must be complete.
    const runtime = openclaw?.runtimeExtensions;
    const declared = [...extensions, ...(isEntryList(runtime) ? runtime : []), ...optionalEntries(openclaw)];
    for (const entry of declared) problems.push(...escapeProblems(dir, entry));
    const sourceMissing = extensions.flatMap((entry) => missingProblems(dir, entry));
    const runtimeMissing = isEntryList(runtime) ? runtime.flatMap((entry) => missingProblems(dir, entry)) : undefined;
    if (sourceMissing.length > 0 && (runtimeMissing === undefined || runtimeMissing.length > 0)) problems.push(...sourceMissing, ...(runtimeMissing ?? []));
  }

  if (problems.length > 0 || !manifest || !pkg || pluginId === undefined)
    return { valid: false, problems, packageName, packageVersion, pluginId };
  return {
    valid: true,
    pluginId,
    dirName: pluginInstallDirName(pluginId),
    packageName: packageName ?? pluginId,
    packageVersion: packageVersion ?? '0.0.0',
    manifest,
    extensions: extensions as string[],
  };
}

/** An id becomes a directory name: it must not climb out of extensions/ or hide from OpenClaw's discovery. */
function idProblems(id: string): string[] {
  if (/[\u0000-\u001f\u007f]/.test(id)) return [`plugin id ${JSON.stringify(id)} contains control characters`];
  const dirName = pluginInstallDirName(id);
  if (dirName === '.' || dirName === '..' || dirName.startsWith('.'))
    return [`plugin id ${JSON.stringify(id)} would install into a hidden or parent directory ("${dirName}")`];
  if (dirName.length > 200) return [`plugin id ${JSON.stringify(id)} is too long for a directory name`];
  const lower = dirName.toLowerCase();
  if (lower.endsWith('.bak') || lower.includes('.backup-') || lower.includes('.disabled'))
    return [`plugin id ${JSON.stringify(id)} gives the directory "${dirName}", which OpenClaw's discovery skips`];
  return [];
}

function isEntryList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((e) => typeof e === 'string' && e !== '');
}

/** Single-entry fields that also name code OpenClaw loads from the package. */
function optionalEntries(openclaw: Record<string, unknown> | undefined): string[] {
  return ['setupEntry', 'runtimeSetupEntry'].map((k) => openclaw?.[k]).filter((v): v is string => typeof v === 'string' && v !== '');
}

function escapeProblems(dir: string, entry: string): string[] {
  if (path.isAbsolute(entry) || /^[a-zA-Z]:[\\/]/.test(entry) || entry.includes('\\'))
    return [`openclaw entry "${entry}" is not a relative POSIX path inside the package`];
  const root = path.resolve(dir);
  const rel = path.relative(root, path.resolve(root, entry));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return [`openclaw entry "${entry}" points outside the package`];
  return [];
}

function missingProblems(dir: string, entry: string): string[] {
  if (escapeProblems(dir, entry).length > 0) return [];
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(path.resolve(dir, entry));
  } catch {
    return [`openclaw.extensions entry "${entry}" does not exist in the package`];
  }
  if (!stat.isFile()) return [`openclaw.extensions entry "${entry}" is not a regular file`];
  return [];
}

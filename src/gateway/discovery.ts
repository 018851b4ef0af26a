/**
 * Plugin discovery exactly as OpenClaw 2026.9.6 does it (`src/plugins/discovery.ts`): which directories become
 * plugin candidates, in which order, and which candidates OpenClaw itself blocks. The guard must see the same
 * set as the loader: a plugin the guard did not discover is a plugin it cannot refuse.
 *
 * Order (it decides duplicate handling): `plugins.load.paths` (origin config), the workspace root, the bundled
 * root, paths of OpenClaw install records (origin global; their parent roots are not scanned), then
 * `<state>/extensions` (origin global), skipping directories an install record already claimed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenClawInstallRecord } from './install-records.js';
import { parseJson5 } from '../core/json5.js';

export type PluginOrigin = 'bundled' | 'global' | 'workspace' | 'config';

export interface PluginManifestInfo {
  id: string;
  kind?: string | string[];
  channels?: string[];
  enabledByDefault?: boolean;
}

export interface PluginCandidate {
  /** Effective plugin id (manifest id; `<id>/<entry>` for multi-entry packages, as OpenClaw derives it). */
  id: string;
  origin: PluginOrigin;
  /** The plugin directory as discovered (what quarantine renames). */
  dir: string;
  /** realpath of `dir` (what OpenClaw compares). */
  realDir: string;
  /** Entry file. */
  source: string;
  /** Root scanned to find it (extensions dir, workspace root, load path, install-record path). */
  root: string;
  manifest?: PluginManifestInfo;
  /** Why OpenClaw would not accept the manifest (no plugin record then). */
  manifestProblem?: string;
  packageName?: string;
  packageVersion?: string;
  /** Key of the OpenClaw install record that led here. */
  installOwner?: string;
  configSelected?: boolean;
  /** A plugin that is one file directly in a root (its `dir` is the root: quarantine renames the file). */
  singleFile?: boolean;
  /** OpenClaw's own block (world-writable, foreign owner, entry escaping the root, cannot stat). */
  blocked?: { code: 'unsafe-permissions' | 'symlink-escape' | 'unreadable'; detail: string };
}

export interface DiscoveryRoots {
  bundledDir?: string;
  globalDir: string;
  workspaceDir?: string;
  loadPaths: string[];
  installRecords: Record<string, OpenClawInstallRecord>;
  /** uid OpenClaw runs as (ownership check); default this process. */
  uid?: number;
}

export interface DiscoveryResult {
  candidates: PluginCandidate[];
  diagnostics: string[];
}

const SCANNED_DIRECTORY_IGNORE_NAMES = new Set(['.git', '.hg', '.svn', '.turbo', '.yarn', '.yarn-cache', 'build', 'coverage', 'dist', 'node_modules']);
const DEFAULT_ENTRY_CANDIDATES = ['index.ts', 'index.js', 'index.mjs', 'index.cjs'];
const EXTENSION_EXTS = new Set(['.ts', '.js', '.mts', '.cts', '.mjs', '.cjs']);

/**
 * OpenClaw skips these names while scanning a root: this is why quarantine renames to `<name>.disabled`, and
 * also why a guard must not skip anything else (a `.clawguard-staging-*` directory IS scanned by OpenClaw).
 */
export function isSkippedByOpenClaw(dirName: string): boolean {
  const n = dirName.trim().toLowerCase();
  if (!n) return true;
  if (SCANNED_DIRECTORY_IGNORE_NAMES.has(n)) return true;
  return n.endsWith('.bak') || n.includes('.backup-') || n.includes('.disabled');
}

export function isExtensionFile(file: string): boolean {
  if (!EXTENSION_EXTS.has(path.extname(file))) return false;
  if (/\.d\.[cm]?ts$/.test(file)) return false;
  const base = path.basename(file).toLowerCase();
  return !base.includes('.test.') && !base.includes('.live.test.') && !base.includes('.e2e.test.');
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function statOr(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function readJsonFile(file: string): Record<string, unknown> | undefined {
  try {
    const data = parseJson5(fs.readFileSync(file, 'utf8')) as unknown;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readPluginManifest(dir: string): { manifest?: PluginManifestInfo; problem?: string } {
  const file = path.join(dir, 'openclaw.plugin.json');
  if (!fs.existsSync(file)) return { problem: `plugin manifest not found: ${file}` };
  const raw = readJsonFile(file);
  if (!raw) return { problem: `failed to parse plugin manifest ${file}` };
  const id = typeof raw.id === 'string' ? raw.id.trim() : '';
  if (!id) return { problem: 'plugin manifest requires id' };
  if (raw.configSchema === null || typeof raw.configSchema !== 'object' || Array.isArray(raw.configSchema)) return { problem: 'plugin manifest requires configSchema' };
  const channels = Array.isArray(raw.channels) ? raw.channels.filter((c): c is string => typeof c === 'string') : undefined;
  const kind = typeof raw.kind === 'string' || Array.isArray(raw.kind) ? (raw.kind as string | string[]) : undefined;
  return { manifest: { id, kind, channels, enabledByDefault: raw.enabledByDefault === true } };
}

/** OpenClaw's per-candidate block (root dir and entry file): escape, world-writable, foreign owner, unstat-able. */
function candidateBlock(rootDir: string, source: string, origin: PluginOrigin, uid: number): PluginCandidate['blocked'] {
  const rootReal = realpathOr(rootDir);
  const sourceReal = realpathOr(source);
  const rel = path.relative(rootReal, sourceReal);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
    return { code: 'symlink-escape', detail: `entry ${source} resolves to ${sourceReal}, outside the plugin root ${rootReal} (OpenClaw blocks it too)` };
  for (const target of new Set([path.resolve(rootDir), path.resolve(source)])) {
    const st = statOr(target);
    if (!st) return { code: 'unreadable', detail: `cannot stat ${target} (OpenClaw blocks it too)` };
    // OpenClaw chmods a world-writable bundled path back itself; for everything else it refuses to load.
    if (st.mode & 0o002 && origin !== 'bundled') return { code: 'unsafe-permissions', detail: `${target} is world-writable (mode ${(st.mode & 0o777).toString(8)}); OpenClaw refuses to load it` };
    if (origin !== 'bundled' && st.uid !== uid && st.uid !== 0)
      return { code: 'unsafe-permissions', detail: `${target} is owned by uid ${st.uid}, not uid ${uid} or root; OpenClaw refuses to load it` };
  }
  return undefined;
}

function packageEntries(dir: string): { entries?: string[]; pkg?: Record<string, unknown> } {
  const pkg = readJsonFile(path.join(dir, 'package.json'));
  const openclaw = pkg?.openclaw as Record<string, unknown> | undefined;
  const ext = openclaw && Array.isArray(openclaw.extensions) ? (openclaw.extensions as unknown[]).filter((e): e is string => typeof e === 'string' && e.trim() !== '') : undefined;
  return { entries: ext && ext.length > 0 ? ext : undefined, pkg };
}

export function discoverPlugins(roots: DiscoveryRoots): DiscoveryResult {
  const uid = roots.uid ?? process.getuid?.() ?? 0;
  const candidates: PluginCandidate[] = [];
  const diagnostics: string[] = [];
  const attempted = new Set<string>();

  const add = (c: Omit<PluginCandidate, 'realDir' | 'blocked' | 'id' | 'manifest' | 'manifestProblem'> & { multiEntry?: boolean }) => {
    const resolved = path.resolve(c.source);
    if (attempted.has(resolved)) return;
    attempted.add(resolved);
    const { manifest, problem } = readPluginManifest(c.dir);
    const base = path.basename(c.source, path.extname(c.source));
    const id = manifest ? (c.multiEntry ? `${manifest.id}/${base}` : manifest.id) : path.basename(c.dir);
    const { multiEntry: _multi, ...rest } = c;
    void _multi;
    candidates.push({ ...rest, id, realDir: realpathOr(c.dir), manifest, manifestProblem: problem, blocked: candidateBlock(c.dir, c.source, c.origin, uid) });
  };

  /** One plugin directory; returns false when it holds no plugin (then a load path is scanned as a root). */
  const discoverPluginDirectory = (dir: string, origin: PluginOrigin, root: string, extra: Partial<PluginCandidate> = {}): boolean => {
    const { entries, pkg } = packageEntries(dir);
    const meta = { packageName: typeof pkg?.name === 'string' ? pkg.name : undefined, packageVersion: typeof pkg?.version === 'string' ? pkg.version : undefined };
    if (entries) {
      for (const entry of entries) {
        const source = path.resolve(dir, entry);
        if (!fs.existsSync(source)) {
          diagnostics.push(`${dir}: extension entry ${entry} does not exist`);
          continue;
        }
        add({ source, dir, origin, root, ...meta, ...extra, multiEntry: entries.length > 1 });
      }
      return true;
    }
    const index = DEFAULT_ENTRY_CANDIDATES.map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (index && isExtensionFile(index)) {
      add({ source: index, dir, origin, root, ...meta, ...extra });
      return true;
    }
    return false;
  };

  const discoverInDirectory = (dir: string, origin: PluginOrigin, opts: { scanFiles?: boolean; skipRealDirs?: Set<string>; extra?: Partial<PluginCandidate> } = {}) => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') diagnostics.push(`failed to read plugin root ${dir}: ${(err as Error).message}`);
      return;
    }
    for (const entry of names) {
      const full = path.join(dir, entry.name);
      let type: 'file' | 'dir' | undefined = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : undefined;
      if (!type && entry.isSymbolicLink()) {
        const st = statOr(full);
        type = st?.isFile() ? 'file' : st?.isDirectory() ? 'dir' : undefined;
      }
      if (type === 'file') {
        if ((opts.scanFiles ?? origin === 'bundled') && isExtensionFile(full)) add({ source: full, dir: path.dirname(full), origin, root: dir, singleFile: true, ...opts.extra });
        continue;
      }
      if (type !== 'dir' || isSkippedByOpenClaw(entry.name)) continue;
      if (opts.skipRealDirs?.has(realpathOr(full))) continue;
      discoverPluginDirectory(full, origin, dir, opts.extra);
    }
  };

  const discoverFromPath = (raw: string, origin: PluginOrigin, extra: Partial<PluginCandidate> = {}) => {
    const resolved = path.resolve(raw);
    const st = statOr(resolved);
    if (!st) {
      diagnostics.push(`plugin path not found: ${resolved}`);
      return;
    }
    if (st.isFile()) {
      if (!isExtensionFile(resolved)) diagnostics.push(`plugin path is not a supported file: ${resolved}`);
      else add({ source: resolved, dir: path.dirname(resolved), origin, root: path.dirname(resolved), singleFile: true, ...extra });
      return;
    }
    if (st.isDirectory() && !discoverPluginDirectory(resolved, origin, resolved, extra)) discoverInDirectory(resolved, origin, { scanFiles: true, extra });
  };

  const firstConfigured = candidates.length;
  for (const p of roots.loadPaths) if (p.trim()) discoverFromPath(p.trim(), 'config');
  for (const c of candidates.slice(firstConfigured)) c.configSelected = true;

  if (roots.workspaceDir && realpathOr(roots.workspaceDir) !== (roots.bundledDir ? realpathOr(roots.bundledDir) : undefined))
    discoverInDirectory(path.join(roots.workspaceDir, '.openclaw', 'extensions'), 'workspace');

  if (roots.bundledDir) discoverInDirectory(roots.bundledDir, 'bundled');

  const claimedDirs = new Set<string>();
  const seenRecordPaths = new Set<string>();
  for (const [owner, record] of Object.entries(roots.installRecords)) {
    const recorded = [record.installPath, record.sourcePath].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
    const target = recorded[0];
    if (!target || !fs.existsSync(target)) continue;
    const key = realpathOr(target);
    if (seenRecordPaths.has(key)) continue;
    seenRecordPaths.add(key);
    const st = statOr(target);
    claimedDirs.add(realpathOr(st?.isFile() ? path.dirname(target) : target));
    discoverFromPath(target, 'global', { installOwner: owner });
  }
  discoverInDirectory(roots.globalDir, 'global', { skipRealDirs: claimedDirs });

  // OpenClaw keeps one candidate per entry file (realpath); a bundled copy replaces an earlier one.
  const bySource = new Map<string, PluginCandidate>();
  for (const c of candidates) {
    const key = realpathOr(c.source);
    const existing = bySource.get(key);
    if (!existing) bySource.set(key, c);
    else if (c.origin === 'bundled') bySource.set(key, { ...c, configSelected: c.configSelected || existing.configSelected || existing.origin === 'config' });
  }
  return { candidates: [...bySource.values()], diagnostics };
}

import fs from 'node:fs';
import path from 'node:path';
import { inputError, policyError } from '../core/errors.js';
import type { LedgerSourceKind } from '../ledger/types.js';
import type { Finding, TargetKind } from '../report/types.js';
import type { NpmOptions } from '../resolve/npm-config.js';
import type { PluginSpec } from '../resolve/spec.js';
import type { ResolvedPackage } from '../fetch/registry.js';
import { checkReleaseAge } from '../fetch/release-age.js';
import { findingsFromUnpackEvents, type UnpackEvent } from '../unpack/events.js';
import { resolveLimits, type UnpackLimits } from '../unpack/limits.js';
import { sha512Of } from '../engine/content-digest.js';
import { readStoredTarball, storeTarball, tarballStoreDir } from './tarball-store.js';

/**
 * Resolve → fetch → unpack: turn a parsed spec into an unpacked package directory in the command's own work
 * area, carrying forward what each step established (resolved version, verified integrity, registry
 * manifest) so no later stage asks the registry again.
 */
export interface AcquiredPlugin {
  kind: Exclude<TargetKind, 'skill'>;
  spec: string;
  name: string;
  version: string;
  /** Verified tarball integrity (registry sources). */
  integrity?: string;
  /** sha512 (base64) of the tarball bytes that were unpacked (registry sources): the inspection cache key. */
  tarballSha512?: string;
  /** Absolute path of a local directory or tarball source. */
  localPath?: string;
  packageDir: string;
  registryManifest?: Record<string, unknown>;
  resolved?: { registry: string; tarball: string; publishedAt?: string };
  ledgerSource: { kind: LedgerSourceKind; spec: string; registry?: string };
  /** Findings from the unpacker (link entries ignored, modes forced…). */
  findings: Finding[];
}

export interface SourceOptions {
  npmOptions: NpmOptions;
  limits?: Partial<UnpackLimits>;
  /** Days; applied to registry sources only (local sources have no publish time). Undefined: not checked (inspect). */
  minReleaseAgeDays?: number;
}

// The registry client and the unpacker load with the first spec that needs them (registry, tarball): a
// local directory is copied and needs neither.

export async function resolveStage(spec: PluginSpec & { kind: 'registry' }, options: SourceOptions): Promise<ResolvedPackage> {
  const { resolveRegistrySpec } = await import('../fetch/registry.js');
  const resolved = await resolveRegistrySpec(spec, options.npmOptions);
  if (options.minReleaseAgeDays !== undefined)
    checkReleaseAge(resolved.publishedAt, options.minReleaseAgeDays, { what: `${resolved.name}@${resolved.version}` });
  return resolved;
}

/**
 * The verified tarball: from the tarball store when these exact bytes (the sha512 the registry publishes)
 * were verified before, else downloaded, verified against the integrity and kept (tarball-store.ts).
 */
export async function fetchStage(resolved: ResolvedPackage, options: SourceOptions): Promise<Buffer> {
  const maxBytes = resolveLimits(options.limits).maxUnpackedBytes;
  const store = tarballStoreDir(options.npmOptions.cache);
  const stored = readStoredTarball(store, resolved.integrity, maxBytes);
  if (stored) return stored;
  const { fetchTarball } = await import('../fetch/registry.js');
  const bytes = await fetchTarball(resolved, options.npmOptions, { maxBytes });
  storeTarball(store, resolved.integrity, bytes);
  return bytes;
}

/** Unpack (hardened) into `packageDir`; the events the unpacker neutralised become findings. */
export async function unpackStage(source: Buffer | string, packageDir: string, options: SourceOptions): Promise<UnpackEvent[]> {
  fs.mkdirSync(packageDir, { recursive: true, mode: 0o700 });
  const { unpackHardened } = await import('../unpack/unpack-hardened.js');
  const result = await unpackHardened(source, packageDir, options.limits);
  return result.events;
}

export async function acquirePlugin(spec: PluginSpec, packageDir: string, options: SourceOptions): Promise<AcquiredPlugin> {
  if (spec.kind === 'registry') {
    const resolved = await resolveStage(spec, options);
    const tarball = await fetchStage(resolved, options);
    const events = await unpackStage(tarball, packageDir, options);
    const id = `${resolved.name}@${resolved.version}`;
    return {
      kind: 'npm',
      spec: spec.raw,
      name: resolved.name,
      version: resolved.version,
      integrity: resolved.integrity,
      tarballSha512: sha512Of(tarball),
      packageDir,
      registryManifest: resolved.registryManifest,
      resolved: { registry: resolved.registry, tarball: resolved.resolved, ...(resolved.publishedAt ? { publishedAt: resolved.publishedAt.toISOString() } : {}) },
      ledgerSource: { kind: 'registry', spec: id, registry: resolved.registry },
      findings: findingsFromUnpackEvents(events, id),
    };
  }
  if (spec.kind === 'tarball') {
    const events = await unpackStage(spec.path, packageDir, options);
    const { name, version } = packageIdentity(packageDir, spec.path);
    return {
      kind: 'tarball',
      spec: spec.raw,
      name,
      version,
      localPath: spec.path,
      packageDir,
      ledgerSource: { kind: 'tarball', spec: spec.path },
      findings: findingsFromUnpackEvents(events, `${name}@${version}`),
    };
  }
  const events = copyPluginDirectory(spec.path, packageDir, resolveLimits(options.limits));
  const { name, version } = packageIdentity(packageDir, spec.path);
  return {
    kind: 'directory',
    spec: spec.raw,
    name,
    version,
    localPath: spec.path,
    packageDir,
    ledgerSource: { kind: 'directory', spec: spec.path },
    findings: findingsFromUnpackEvents(events, `${name}@${version}`),
  };
}

function packageIdentity(packageDir: string, from: string): { name: string; version: string } {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw inputError('EPACKAGE_JSON', `${from} has no readable package.json: ${(err as Error).message}`, {
      hint: 'point at an npm package: a directory or .tgz with package.json at its root',
    });
  }
  const name = typeof pkg.name === 'string' && pkg.name ? pkg.name : path.basename(from);
  const version = typeof pkg.version === 'string' && pkg.version ? pkg.version : '0.0.0';
  return { name, version };
}

/** Not what npm pack ships, and not what OpenClaw would load from a copied plugin. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/**
 * Copy a local plugin directory into the work area: regular files and directories only, within the same
 * size and entry bounds as a tarball. Symlinks are not followed (a link to ~/.ssh would otherwise be
 * inspected and installed as if it were the plugin's own file); each becomes a finding instead.
 */
export function copyPluginDirectory(from: string, to: string, limits: UnpackLimits): UnpackEvent[] {
  const events: UnpackEvent[] = [];
  let entries = 0;
  let bytes = 0;
  const walk = (rel: string): void => {
    const srcDir = path.join(from, rel);
    fs.mkdirSync(path.join(to, rel), { recursive: true, mode: 0o700 });
    for (const dirent of fs.readdirSync(srcDir, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${dirent.name}` : dirent.name;
      if (++entries > limits.maxEntries)
        throw policyError('EUNPACK_TOO_MANY_ENTRIES', `${from} has more than ${limits.maxEntries} entries`, { hint: 'raise the limit with --max-entries N' });
      const st = fs.lstatSync(path.join(from, childRel));
      if (st.isSymbolicLink()) {
        events.push({ kind: 'link-ignored', entry: childRel, detail: `symlink to ${fs.readlinkSync(path.join(from, childRel))} not copied` });
      } else if (st.isDirectory()) {
        if (!(rel === '' && SKIPPED_DIRS.has(dirent.name))) walk(childRel);
      } else if (st.isFile()) {
        bytes += st.size;
        if (st.size > limits.maxFileBytes || bytes > limits.maxUnpackedBytes)
          throw policyError('EUNPACK_TOO_LARGE', `${from} holds more than the unpacked size limit (${limits.maxUnpackedBytes} bytes)`, {
            hint: 'raise the limit with --max-unpacked-size SIZE',
          });
        const dest = path.join(to, childRel);
        fs.copyFileSync(path.join(from, childRel), dest, fs.constants.COPYFILE_EXCL);
        fs.chmodSync(dest, st.mode & 0o111 ? 0o755 : 0o644);
      } else {
        events.push({ kind: 'special-file-ignored', entry: childRel, detail: 'not a regular file, directory or symlink' });
      }
    }
  };
  walk('');
  return events;
}

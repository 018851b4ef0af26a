/**
 * Spec policy: what the user typed, turned into one of three sources. An install must name exactly one
 * published version: a range, a tag or a git ref resolves to whatever the registry (or the repository)
 * serves on the day, which is how a compromised release reaches people who never chose it. So `install`
 * (requirePin) refuses every non-exact form here, before any download; `inspect` lets ranges and tags
 * through and reports what they resolved to.
 */
import fs from 'node:fs';
import path from 'node:path';
import npa from 'npm-package-arg';
import semver from 'semver';
import { inputError } from '../core/errors.js';

export interface RegistrySpec {
  kind: 'registry';
  raw: string;
  /** The real package name (for `alias@npm:real@1.2.3`, `real`). */
  name: string;
  /** The exact version when `pinned`; otherwise the range or dist-tag still to be resolved by the registry. */
  version: string;
  pinned: boolean;
  /** The alias name, when the spec was `alias@npm:real@…`. */
  alias?: string;
  npa: npa.Result;
}

export interface DirectorySpec {
  kind: 'directory';
  raw: string;
  /** Absolute path of an existing directory. */
  path: string;
}

export interface TarballSpec {
  kind: 'tarball';
  raw: string;
  /** Absolute path of an existing local tarball file. */
  path: string;
}

export type PluginSpec = RegistrySpec | DirectorySpec | TarballSpec;

export interface ParseSpecOptions {
  /** Install: only an exact version is accepted. Inspect: ranges and tags are accepted and resolved later. */
  requirePin: boolean;
  /** Base for relative local paths. Default: process.cwd(). */
  cwd?: string;
}

/** Error codes of refused specs (all exit 2, bad input). */
export const SPEC_ERROR = {
  unpinned: 'ESPEC_UNPINNED',
  range: 'ESPEC_RANGE',
  tag: 'ESPEC_TAG',
  git: 'ESPEC_GIT',
  url: 'ESPEC_URL',
  alias: 'ESPEC_ALIAS',
  invalid: 'ESPEC_INVALID',
  localMissing: 'ESPEC_LOCAL_MISSING',
} as const;

/** Codes of refusals the registry can explain ("resolves today to X.Y.Z"): the name is known, only the pin is missing. */
export const UNPINNED_REGISTRY_CODES: readonly string[] = [SPEC_ERROR.unpinned, SPEC_ERROR.range, SPEC_ERROR.tag, SPEC_ERROR.alias];

export function parsePluginSpec(raw: string, options: ParseSpecOptions): PluginSpec {
  const spec = typeof raw === 'string' ? raw.trim() : '';
  if (spec === '')
    throw inputError(SPEC_ERROR.invalid, 'the plugin spec is empty', {
      hint: 'name a package with an exact version (clawguard plugins install name@1.2.3), a local directory or a .tgz',
    });
  // Control characters have no place in a name, version or path; they only serve to disguise what is shown.
  if (/[\u0000-\u001f\u007f]/.test(spec))
    throw inputError(SPEC_ERROR.invalid, `the plugin spec ${JSON.stringify(spec)} contains control characters`, {
      hint: 'type the spec again as name@1.2.3, a directory path or a .tgz path',
    });

  const cwd = path.resolve(options.cwd ?? process.cwd());
  let parsed: npa.Result;
  try {
    parsed = npa(spec, cwd);
  } catch (err) {
    throw inputError(SPEC_ERROR.invalid, `"${spec}" is not a valid package spec: ${(err as Error).message}`, {
      hint: 'use name@1.2.3 or @scope/name@1.2.3 (lowercase npm package name, exact version), a directory or a .tgz',
      cause: err,
    });
  }

  switch (parsed.type) {
    case 'directory':
    case 'file':
      return localSpec(spec, parsed);
    case 'git':
      throw inputError(SPEC_ERROR.git, `"${spec}" is a git source: its content is whatever the repository serves when fetched`, {
        hint: 'install a published version from the registry (name@1.2.3), or clone it, review it and install the local directory',
        detail: { spec },
      });
    case 'remote':
      throw inputError(SPEC_ERROR.url, `"${spec}" is a tarball URL: it has no registry integrity and can change under the same URL`, {
        hint: 'install a published version from the registry (name@1.2.3), or download the .tgz, review it and install the file',
        detail: { spec },
      });
    case 'alias':
      return aliasSpec(spec, parsed, options);
    case 'version':
    case 'range':
    case 'tag':
      return registrySpec(spec, parsed, options);
    default:
      throw inputError(SPEC_ERROR.invalid, `"${spec}" is not a spec clawguard can install (type ${String(parsed.type)})`, {
        hint: 'use name@1.2.3, a directory or a .tgz',
      });
  }
}

function registrySpec(spec: string, parsed: npa.Result, options: ParseSpecOptions, alias?: string): RegistrySpec {
  const name = parsed.name;
  if (!name)
    throw inputError(SPEC_ERROR.invalid, `"${spec}" names no package`, { hint: 'use name@1.2.3 or @scope/name@1.2.3' });
  // npm-package-arg still accepts names only very old packages could have; npm's 214-character cap is absolute.
  if (name.length > 214)
    throw inputError(SPEC_ERROR.invalid, `"${name.slice(0, 40)}…" is ${name.length} characters long; npm package names have at most 214`, {
      hint: 'check the package name',
    });
  const selector = (parsed.fetchSpec ?? '').trim();
  // npm reads `=1.2.3` and `v1.2.3` as the exact version 1.2.3 (loose parsing); so does clawguard.
  const exact = parsed.type === 'version' ? semver.valid(selector, { loose: true }) : null;
  if (exact) return { kind: 'registry', raw: spec, name, version: exact, pinned: true, ...(alias ? { alias } : {}), npa: parsed };
  if (options.requirePin) throw unpinnedError(spec, name, parsed, selector, path.resolve(options.cwd ?? process.cwd()));
  return { kind: 'registry', raw: spec, name, version: selector === '' ? '*' : selector, pinned: false, ...(alias ? { alias } : {}), npa: parsed };
}

/** `npm:real@1.2.3` and `alias@npm:real@1.2.3`: the real package is what gets fetched and inspected. */
function aliasSpec(spec: string, parsed: npa.Result, options: ParseSpecOptions): RegistrySpec {
  const sub = (parsed as npa.AliasResult).subSpec;
  if (!sub || !sub.name)
    throw inputError(SPEC_ERROR.invalid, `"${spec}" names no package after npm:`, { hint: 'use npm:name@1.2.3' });
  const alias = parsed.name ?? undefined;
  try {
    return registrySpec(spec, sub, options, alias);
  } catch (err) {
    // A named alias to a range hides a floating version behind a fixed-looking name: its own code says so.
    if (alias && (err as { code?: string }).code !== SPEC_ERROR.invalid)
      throw inputError(SPEC_ERROR.alias, `"${spec}" aliases ${sub.name} to "${sub.rawSpec || '*'}", not to an exact version`, {
        hint: `pin the aliased package: clawguard plugins install ${sub.name}@<exact version>`,
        detail: { spec, name: sub.name, selector: sub.fetchSpec ?? '*' },
      });
    throw err;
  }
}

function unpinnedError(spec: string, name: string, parsed: npa.Result, selector: string, cwd: string) {
  const detail = { spec, name, selector: selector || '*' };
  const pinHint = `pin an exact version: clawguard plugins install ${name}@<version>`;
  if (parsed.type === 'tag')
    return inputError(SPEC_ERROR.tag, `"${spec}" is the dist-tag "${selector}", which moves whenever a new version is published`, {
      hint: pinHint,
      detail,
    });
  if (parsed.rawSpec === '' || parsed.rawSpec === '*' || selector === '*' || selector === '')
    return inputError(SPEC_ERROR.unpinned, `"${spec}" names no version: clawguard installs exact versions only`, {
      hint: `${pinHint}${isLocalDirectory(spec, cwd) ? ` (or, for the local directory, ./${spec})` : ''}`,
      detail,
    });
  return inputError(SPEC_ERROR.range, `"${spec}" is the version range "${selector}", not one exact version`, { hint: pinHint, detail });
}

function isLocalDirectory(spec: string, cwd: string): boolean {
  try {
    return fs.statSync(path.resolve(cwd, spec)).isDirectory();
  } catch {
    return false;
  }
}

function localSpec(spec: string, parsed: npa.Result): DirectorySpec | TarballSpec {
  const target = path.resolve(parsed.fetchSpec ?? spec);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw inputError(SPEC_ERROR.localMissing, `local path ${target} does not exist`, {
      hint: 'check the path, or name a registry package with an exact version (name@1.2.3)',
      detail: { spec, path: target },
    });
  }
  if (stat.isDirectory()) return { kind: 'directory', raw: spec, path: target };
  if (stat.isFile() && parsed.type === 'file') return { kind: 'tarball', raw: spec, path: target };
  throw inputError(SPEC_ERROR.invalid, `local path ${target} is neither a directory nor a .tgz package tarball`, {
    hint: 'pass a package directory or an npm tarball (.tgz, as made by npm pack)',
    detail: { spec, path: target },
  });
}

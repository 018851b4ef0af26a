/**
 * The user's npm configuration, read by npm's own loader (@npmcli/config): project, user and global
 * `.npmrc`, `npm_config_*` environment variables, scoped registries (`@scope:registry`), per-registry
 * auth (`//host/:_authToken`) and `${ENV}` substitution — exactly what `npm install` would use, so a
 * private registry or a token works the same under clawguard. The result is npm's flat options object,
 * accepted as-is by pacote, npm-registry-fetch and Arborist.
 */
import os from 'node:os';
import path from 'node:path';
import { inputError } from '../core/errors.js';
import { TOOL_VERSION } from '../core/version.js';

/** npm's flat options (camelCase keys plus verbatim `@scope:registry` and `//host/:…` auth keys). */
export interface NpmOptions {
  registry: string;
  /** cacache directory (npm's `<cache>/_cacache`). */
  cache: string;
  /** Per-request timeout, ms. */
  timeout: number;
  /** npm-registry-fetch's retry policy (npm flattens fetch-retries, fetch-retry-* into this object). */
  retry: { retries: number; factor: number; minTimeout: number; maxTimeout: number };
  userAgent: string;
  [key: string]: unknown;
}

export interface LoadNpmOptionsInput {
  /** `--registry`: replaces the default registry (scoped registries from .npmrc still apply to their scopes). */
  registry?: string;
  /** Where project `.npmrc` is looked up (walks up to the project root, as npm does). Default: process.cwd(). */
  cwd?: string;
  /** npm cache root (npm's `cache` setting; `_cacache` is appended). Default: the user's npm cache. */
  cacheDir?: string;
  /** Environment to read `npm_config_*`, HOME and `${VAR}` substitutions from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Upper bounds on network waits. npm's defaults (5 minutes per request, retry back-off up to a minute)
 * would leave an install hanging on a dead registry; a guard must fail fast and say so (exit 3).
 */
export const NETWORK_BOUNDS = {
  timeoutMs: 60_000,
  fetchRetries: 2,
  fetchRetryMintimeoutMs: 1_000,
  fetchRetryMaxtimeoutMs: 10_000,
} as const;

export async function loadNpmOptions(input: LoadNpmOptionsInput = {}): Promise<NpmOptions> {
  const { Config, definitions: npmDefinitions } = await import('./npmcli-config.js');
  const { definitions, flatten, nerfDarts, shorthands } = npmDefinitions;
  // A copy: the loader exports npm_config_* back into the env it is given; clawguard's own process env stays as it was.
  const env = { ...(input.env ?? process.env) };
  if (input.registry !== undefined) env.npm_config_registry = normaliseRegistryUrl(input.registry);
  if (input.cacheDir !== undefined) env.npm_config_cache = path.resolve(input.cacheDir);
  const config = new Config({
    definitions,
    flatten,
    nerfDarts,
    shorthands,
    // Not npm's install dir: there is no builtin npmrc to read, and clawguard's own argv must not be parsed as npm flags.
    npmPath: path.join(os.tmpdir(), 'clawguard-no-npm-builtin'),
    argv: [process.execPath, 'clawguard'],
    env,
    cwd: path.resolve(input.cwd ?? process.cwd()),
    warn: false,
  });
  try {
    await config.load();
  } catch (err) {
    throw inputError('ENPMCONFIG', `cannot read the npm configuration: ${(err as Error).message}`, {
      hint: 'fix the .npmrc named above (npm config list shows what npm reads), or pass --registry URL',
      cause: err,
    });
  }
  const flat = { ...config.flat } as Record<string, unknown>;
  const retry = (flat.retry ?? {}) as Record<string, unknown>;
  const options: NpmOptions = {
    ...flat,
    registry: normaliseRegistryUrl(String(flat.registry ?? 'https://registry.npmjs.org/')),
    cache: String(flat.cache),
    timeout: bounded(flat.timeout, NETWORK_BOUNDS.timeoutMs),
    retry: {
      retries: bounded(retry.retries, NETWORK_BOUNDS.fetchRetries),
      factor: bounded(retry.factor, 10),
      minTimeout: bounded(retry.minTimeout, NETWORK_BOUNDS.fetchRetryMintimeoutMs),
      maxTimeout: bounded(retry.maxTimeout, NETWORK_BOUNDS.fetchRetryMaxtimeoutMs),
    },
    userAgent: `clawguard/${TOOL_VERSION} node/${process.version} ${process.platform} ${process.arch}`,
  };
  // Installs never run scripts through the fetcher; a user's ignore-scripts=false must not change that.
  options.ignoreScripts = true;
  return options;
}

/** The same options with retries off and a shorter timeout: for requests whose failure is reported, not retried. */
export function withoutRetries(options: NpmOptions, timeoutMs = options.timeout): NpmOptions {
  return { ...options, timeout: Math.min(options.timeout, timeoutMs), retry: { ...options.retry, retries: 0 } };
}

/** Use the configured value when it is stricter than clawguard's bound; a bigger or missing one is capped. */
function bounded(value: unknown, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, max) : max;
}

/** `--registry` must be an http(s) URL; npm joins paths onto it, so it always ends with `/`. */
export function normaliseRegistryUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw inputError('EREGISTRY_URL', `registry "${raw}" is not a URL`, { hint: 'pass --registry http(s)://host[:port]/path/' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw inputError('EREGISTRY_URL', `registry "${raw}" must use http or https, not ${url.protocol}`, {
      hint: 'pass --registry http(s)://host[:port]/path/',
    });
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** The registry a package name is fetched from: its scope's `@scope:registry`, else the default. */
export function registryFor(name: string, options: NpmOptions): string {
  if (name.startsWith('@')) {
    const scoped = options[`${name.slice(0, name.indexOf('/'))}:registry`];
    if (typeof scoped === 'string' && scoped !== '') return normaliseRegistryUrl(scoped);
  }
  return options.registry;
}

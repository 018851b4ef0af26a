/**
 * The one result cache of the inspection service: content-addressed, one key scheme and one on-disk format
 * for every caller, so a package inspected by `plugins install` is a hit for OpenClaw's policy hook, for
 * `skills scan`, the watcher, adopt and audit, and the reverse.
 *
 * WHERE IT LIVES (decided here, once, for every caller): beside npm's cache, in
 * `<npm cache>/_clawguard/inspect-v2/`, where the npm cache root is, in this order:
 *   1. `$npm_config_cache` / `$NPM_CONFIG_CACHE`;
 *   2. the `cache=` line of the user's npmrc (`$npm_config_userconfig`, else `<home>/.npmrc`);
 *   3. `<home>/.npm` (npm's default), home being `$HOME`, else the account's home directory from the
 *      password database (`os.homedir()`, which is what npm itself uses when HOME is unset).
 * Not the OpenClaw state dir: `plugins inspect` and refused installs must leave the state dir untouched
 * (CONTRACT.md). OpenClaw starts the policy hook with an EMPTY environment, only the `passEnv` names of the
 * printed config (HOME, npm_config_userconfig, npm_config_cache among them), so the hook resolves the same
 * directory as the CLI of the same user; with no variable at all it still finds the account's home. When
 * none of this yields an existing home (a bare container user), the cache is off and every inspection runs:
 * slower, never wrong. The directory is created (mode 700) only under an existing home or npm cache root.
 * `CLAWGUARD_INSPECT_CACHE=0` turns the disk cache off.
 *
 * An entry is `{format, key, value}` in `<dir>/<key[0..2]>/<key>.json` (mode 600), written to a temp name and
 * renamed (a concurrent reader sees all of it or nothing). The entry names its own key: a file copied into
 * another key's place is a miss. An unreadable, malformed or mismatching entry is a miss, never an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeCrypto } from '../core/crypto.js';

export const CACHE_FORMAT = 'clawguard-inspect-cache-v2';

export function resultCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CLAWGUARD_INSPECT_CACHE === '0') return undefined;
  const root = npmCacheRoot(env);
  if (!root) return undefined;
  try {
    // An existing npm cache root, or an existing parent of it (the home): never a tree made up from nothing.
    if (!fs.existsSync(root) && !fs.existsSync(path.dirname(root))) return undefined;
  } catch {
    return undefined;
  }
  return path.join(root, '_clawguard', 'inspect-v2');
}

function homeOf(env: NodeJS.ProcessEnv): string | undefined {
  if (env.HOME) return env.HOME;
  try {
    const home = os.homedir();
    return home && home !== '/' ? home : undefined;
  } catch {
    return undefined;
  }
}

/** npm's cache root as npm resolves it for this user (environment, user npmrc, default). */
export function npmCacheRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.npm_config_cache || env.NPM_CONFIG_CACHE;
  const home = homeOf(env);
  const expand = (p: string) => (home && (p === '~' || p.startsWith('~/')) ? path.join(home, p.slice(1)) : p);
  if (fromEnv) return path.resolve(expand(fromEnv));
  const userconfig = env.npm_config_userconfig || env.NPM_CONFIG_USERCONFIG || (home ? path.join(home, '.npmrc') : undefined);
  if (userconfig) {
    try {
      const m = /^[ \t]*cache[ \t]*=[ \t]*(.+?)[ \t]*$/m.exec(fs.readFileSync(expand(userconfig), 'utf8'));
      if (m && !m[1].includes('${')) return path.resolve(home ?? '/', expand(m[1].replace(/^(["'])(.*)\1$/, '$2')));
    } catch {
      // no user npmrc: npm's default
    }
  }
  if (!home) return undefined;
  return process.platform === 'win32' && env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'npm-cache') : path.join(home, '.npm');
}

export interface ResultCache {
  readonly dir: string | undefined;
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

/** The disk store, with a bounded in-memory layer in front (the watcher sees the same skill many times). */
export class DiskResultCache implements ResultCache {
  private readonly memory = new Map<string, unknown>();

  constructor(
    readonly dir: string | undefined,
    private readonly maxMemoryEntries = 10_000,
  ) {}

  private file(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), `${key}.json`);
  }

  get<T>(key: string): T | undefined {
    const mem = this.memory.get(key);
    if (mem !== undefined) return mem as T;
    if (!this.dir) return undefined;
    try {
      const entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as { format?: unknown; key?: unknown; value?: unknown };
      if (entry.format !== CACHE_FORMAT || entry.key !== key || entry.value === undefined || entry.value === null) return undefined;
      this.remember(key, entry.value);
      return entry.value as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    this.remember(key, value);
    if (!this.dir) return;
    const file = this.file(key);
    try {
      // Unique per process and per thread (threads share the pid); no node:crypto on a hit's path.
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
      const text = JSON.stringify({ format: CACHE_FORMAT, key, value });
      try {
        fs.writeFileSync(tmp, text, { mode: 0o600 });
      } catch (err) {
        // The key's directory is made when a write first needs it: a mkdir on every write cost ~0.5 ms an entry.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        fs.writeFileSync(tmp, text, { mode: 0o600 });
      }
      fs.renameSync(tmp, file);
    } catch {
      // A cache that cannot be written (read-only home, full disk) costs the next run time, never a verdict.
    }
  }

  private remember(key: string, value: unknown): void {
    if (this.memory.size >= this.maxMemoryEntries) {
      const oldest = this.memory.keys().next().value;
      if (oldest !== undefined) this.memory.delete(oldest);
    }
    this.memory.set(key, value);
  }
}

/** sha256 over the parts of a key, JSON-encoded (objects with sorted keys: equal values, equal keys). */
export function cacheKey(parts: unknown[]): string {
  return nodeCrypto()
    .createHash('sha256').update(JSON.stringify([CACHE_FORMAT, ...parts.map((p) => stableJson(p ?? null))])).digest('hex');
}

/**
 * Where a RECORD lives (a rules or directory stat record, engine-digest.ts and jobs.ts): 128 bits of a
 * non-cryptographic hash (cyrb128) of the parts, 32 hex characters, so a cache hit can find its record without
 * loading node:crypto (~8 ms of a ~90 ms process). A record names everything it stands for and is checked
 * against it on every read, so two parts that collide only make a miss; results themselves stay under
 * `cacheKey` (64 hex characters: the two never share a name).
 */
export function recordKey(parts: unknown[]): string {
  return cyrb128(JSON.stringify([CACHE_FORMAT, ...parts.map((p) => stableJson(p ?? null))]));
}

/** cyrb128 (public domain): a fast 128-bit non-cryptographic hash of a string, as 32 hex characters. */
export function cyrb128(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

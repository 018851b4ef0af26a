import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RULES_DIR } from '../inspect/index.js';

/**
 * A cache of inspection results, keyed by what decides them: the exact package bytes (sha512, taken from
 * the verified tarball in hand, never from metadata), the package id and dependency path written on each
 * finding, the registry manifest (manifest-confusion checks), the unpack limits, and digests of the rule
 * files and of the built code that unpacks and inspects (every file of this build). Any change to the
 * rules or the engine changes the key, so a hit is the result a fresh inspection would give: same
 * findings, same content digest. It lives beside npm's cache (`<npm cache>/_clawguard/inspect-v1`), where
 * re-installs, updates and other plugins sharing a dependency (most trees repeat `zod`) find it.
 *
 * An unreadable, malformed or mismatching entry is a miss (the package is inspected again), never an
 * error. `CLAWGUARD_INSPECT_CACHE=0` turns the cache off.
 */
const FORMAT = 'clawguard-inspect-cache-v1';

export interface InspectionCache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

/** The cache for an npm configuration (`cache` is cacache's `<npm cache>/_cacache`); undefined when off. */
export function inspectionCacheFor(npmCacache: unknown, env: NodeJS.ProcessEnv = process.env): InspectionCache | undefined {
  if (env.CLAWGUARD_INSPECT_CACHE === '0' || typeof npmCacache !== 'string' || npmCacache === '') return undefined;
  return new FileInspectionCache(path.join(path.dirname(path.resolve(npmCacache)), '_clawguard', 'inspect-v1'));
}

/** The cache key: sha256 over every input that decides an inspection result. */
export function inspectionCacheKey(parts: {
  kind: string;
  sha512: string;
  packageId: string;
  depPath: string;
  registryManifest?: unknown;
  unpackLimits?: unknown;
  /** The rules the inspection runs with (default: the shipped rules/). */
  rulesDir?: string;
}): string {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, engineDigest(), rulesDigest(parts.rulesDir), parts.kind, parts.sha512, parts.packageId, parts.depPath, stableJson(parts.registryManifest ?? null), stableJson(parts.unpackLimits ?? null)]))
    .digest('hex');
}

/** sha512 (base64, as in SRI) of bytes in hand. */
export function sha512Of(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('base64');
}

class FileInspectionCache implements InspectionCache {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get<T>(key: string): T | undefined {
    try {
      const entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as { format?: unknown; key?: unknown; value?: unknown };
      // The entry names its own key: a file copied or renamed into another key's place is a miss.
      if (entry.format !== FORMAT || entry.key !== key || entry.value === undefined) return undefined;
      return entry.value as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    const file = this.file(key);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // Written to a temp name and renamed: a concurrent reader sees the whole entry or none.
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, key, value }), { mode: 0o600 });
      fs.renameSync(tmp, file);
    } catch {
      // A cache that cannot be written (read-only npm cache, full disk) only costs the next run time.
    }
  }
}

let engineDigestMemo: string | undefined;
/** sha256 of every .js/.ts file of this build (dist/ when installed, src/ under tests): the engine version. */
export function engineDigest(): string {
  if (engineDigestMemo) return engineDigestMemo;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  engineDigestMemo = digestTree(root, (name) => /\.(m?js|ts)$/.test(name) && !name.endsWith('.d.ts'));
  return engineDigestMemo;
}

const rulesDigests = new Map<string, string>();
/** sha256 of every rule file (name and bytes) of a rules directory. */
export function rulesDigest(dir: string = DEFAULT_RULES_DIR): string {
  const key = path.resolve(dir);
  let digest = rulesDigests.get(key);
  if (!digest) rulesDigests.set(key, (digest = digestTree(key, () => true)));
  return digest;
}

function digestTree(root: string, include: (name: string) => boolean): string {
  const hash = createHash('sha256');
  const walk = (dir: string, rel: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else if (entry.isFile() && include(entry.name)) hash.update(`${relPath}\0`).update(fs.readFileSync(path.join(dir, entry.name))).update('\0');
    }
  };
  walk(root, '');
  return hash.digest('hex');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

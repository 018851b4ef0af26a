/**
 * The build's precomputed tables (scripts/compile-rules.mjs: the compiled rules, Babel's visitor keys, the prose
 * patterns' required words, the digests of the code and the rules): each is a JSON object with a `format` string,
 * read whole and used only while its own check says it is current. A missing, unreadable or malformed file, or one
 * of another format, is no table: the engine then builds what it needs itself.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from './version.js';

export function readArtifact<T extends { format: string }>(file: string, format: T['format']): T | undefined {
  let table: unknown;
  try {
    table = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  return table && typeof table === 'object' && (table as { format?: unknown }).format === format ? (table as T) : undefined;
}

/** dist/engine/engine-code-digest.json (none under tests: src/ has no build). */
export const BUILD_DIGESTS_FILE = fileURLToPath(new URL('../engine/engine-code-digest.json', import.meta.url));
export const BUILD_DIGESTS_FORMAT = 'clawguard-build-digests-v1';

/**
 * The build's record of what decides a result besides the content (written last by scripts/compile-rules.mjs):
 * the digest of the engine's code and the YAML digest of the shipped rules it compiled. See
 * src/engine/engine-digest.ts. Undefined when there is none for this version: then both are computed.
 */
export interface BuildDigests {
  format: typeof BUILD_DIGESTS_FORMAT;
  version: string;
  code: string;
  rules: string;
}

let buildDigestsMemo: BuildDigests | null | undefined;
export function buildDigests(): BuildDigests | undefined {
  if (buildDigestsMemo === undefined) {
    const record = readArtifact<BuildDigests>(BUILD_DIGESTS_FILE, BUILD_DIGESTS_FORMAT);
    const hex = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
    buildDigestsMemo = record && record.version === TOOL_VERSION && hex(record.code) && hex(record.rules) ? record : null;
  }
  return buildDigestsMemo ?? undefined;
}

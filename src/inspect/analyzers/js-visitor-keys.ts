/**
 * Babel's visitor keys (which properties of each AST node type hold child nodes), as a table built at build
 * time. `@babel/types` builds the table by evaluating every node definition, builder and validator when it is
 * imported (~100-250 ms of CPU per process, more than parsing a typical file); the walk in ./js.ts needs only
 * the table. scripts/compile-rules.mjs (run by `npm run build`, beside the compiled rules) writes it to
 * `js-visitor-keys.json` next to this module in dist/, with the @babel/types version it was read from. The
 * table is used only while that version is the installed one; otherwise (tests run from src/, an upgraded
 * @babel/types, no build) `@babel/types` is loaded as before, so the walk never sees a stale table.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readArtifact } from '../../core/artifact.js';

export const VISITOR_KEYS_FILE = fileURLToPath(new URL('./js-visitor-keys.json', import.meta.url));
export const VISITOR_KEYS_FORMAT = 'clawguard-js-visitor-keys-v1';

export interface VisitorKeysTable {
  format: typeof VISITOR_KEYS_FORMAT;
  /** The installed @babel/types version the table was read from. */
  babelTypesVersion: string;
  keys: Record<string, string[]>;
}

const requireLazy = createRequire(import.meta.url);

/** The installed @babel/types version (its package.json alone: cheap). */
export function installedBabelTypesVersion(): string {
  return String((requireLazy('@babel/types/package.json') as { version?: unknown }).version ?? '');
}

/** The table as the build writes it: always read from @babel/types itself. */
export function compileVisitorKeys(): VisitorKeysTable {
  const { VISITOR_KEYS } = requireLazy('@babel/types') as typeof import('@babel/types');
  const keys: Record<string, string[]> = {};
  for (const type of Object.keys(VISITOR_KEYS).sort()) keys[type] = [...(VISITOR_KEYS as Record<string, string[]>)[type]];
  return { format: VISITOR_KEYS_FORMAT, babelTypesVersion: installedBabelTypesVersion(), keys };
}

/** The table from `file`, or undefined when it is missing, unreadable or built from another @babel/types. */
export function visitorKeysFromArtifact(file = VISITOR_KEYS_FILE): Record<string, string[]> | undefined {
  const table = readArtifact<VisitorKeysTable>(file, VISITOR_KEYS_FORMAT);
  if (!table?.keys || typeof table.keys !== 'object') return undefined;
  if (table.babelTypesVersion !== installedBabelTypesVersion()) return undefined;
  return table.keys;
}

let memo: Record<string, string[]> | undefined;
/** How the table was served (tests). */
export let visitorKeysLoadedFrom: 'artifact' | '@babel/types' | undefined;

/** Visitor keys by node type: the build's table when current, else @babel/types' own (loaded once). */
export function visitorKeys(): Record<string, string[]> {
  if (memo) return memo;
  const fromArtifact = visitorKeysFromArtifact();
  visitorKeysLoadedFrom = fromArtifact ? 'artifact' : '@babel/types';
  memo = fromArtifact ?? (requireLazy('@babel/types') as typeof import('@babel/types')).VISITOR_KEYS;
  return memo;
}

/**
 * Typed handles on Arborist and run-script (they ship no type declarations; pacote's view is src/fetch/pacote-api.ts). Loaded with createRequire so
 * no ambient `declare module` is needed; only the members this stage uses are typed.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type NpmOptions = Record<string, unknown>;

export interface ArboristEdge {
  name: string;
  type: string;
  spec: string;
  to: ArboristNode | null;
  valid: boolean;
  missing: boolean;
  peerConflicted?: boolean;
}

export interface ArboristNode {
  name: string;
  packageName: string;
  version: string;
  location: string;
  path: string;
  resolved: string | null;
  integrity: string | null;
  isRoot: boolean;
  isLink: boolean;
  dev: boolean;
  optional: boolean;
  peer: boolean;
  inBundle: boolean;
  hasInstallScript?: boolean;
  package: Record<string, unknown>;
  parent: ArboristNode | null;
  children: Map<string, ArboristNode>;
  edgesOut: Map<string, ArboristEdge>;
  edgesIn: Set<ArboristEdge>;
  inventory: Map<string, ArboristNode>;
  meta: { commit(): Record<string, unknown>; toString(): string };
}

export interface ArboristInstance {
  buildIdealTree(options?: Record<string, unknown>): Promise<ArboristNode>;
  reify(options?: Record<string, unknown>): Promise<ArboristNode>;
  loadActual(options?: Record<string, unknown>): Promise<ArboristNode>;
}

export type ArboristClass = new (options: Record<string, unknown>) => ArboristInstance;

export interface RunScriptOptions {
  event: string;
  path: string;
  pkg: Record<string, unknown>;
  cmd?: string;
  env?: Record<string, string | undefined>;
  stdio?: 'pipe' | 'inherit';
  scriptShell?: string;
}

export type RunScript = (options: RunScriptOptions) => Promise<{ code: number; signal: string | null; stdout?: string; stderr?: string }>;

/**
 * Both are required where they are used, not with this module: loading Arborist costs ~0.5 s of CPU, and a
 * plugin without dependencies has no tree to resolve, read or install (src/tree/empty-plan.ts).
 */
export function newArborist(options: Record<string, unknown>): ArboristInstance {
  return new (require('@npmcli/arborist') as ArboristClass)(options);
}

export const runScript: RunScript = (options) => (require('@npmcli/run-script') as RunScript)(options);

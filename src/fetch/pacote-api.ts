/**
 * The slice of pacote (npm's fetcher) clawguard uses, typed locally: pacote ships no type definitions,
 * and a local view keeps the surface we depend on small and visible.
 */
import { createRequire } from 'node:module';

export interface Packument {
  name: string;
  'dist-tags'?: Record<string, string>;
  versions: Record<string, Record<string, unknown> & { version: string; dist?: { tarball?: string; integrity?: string; shasum?: string } }>;
  time?: Record<string, string>;
  [key: string]: unknown;
}

export interface PacoteManifest {
  name: string;
  version: string;
  _resolved?: string;
  _integrity?: string;
  _time?: string;
  [key: string]: unknown;
}

export interface TarballStream extends AsyncIterable<Buffer> {
  on(event: string, listener: (...args: unknown[]) => void): this;
}

export interface Pacote {
  packument(spec: string, opts: Record<string, unknown>): Promise<Packument>;
  manifest(spec: string, opts: Record<string, unknown>): Promise<PacoteManifest>;
  tarball: {
    (spec: string, opts: Record<string, unknown>): Promise<Buffer & { integrity?: string; resolved?: string }>;
    stream<T>(spec: string, handler: (stream: TarballStream) => Promise<T>, opts: Record<string, unknown>): Promise<T>;
  };
}

export const pacote = createRequire(import.meta.url)('pacote') as Pacote;

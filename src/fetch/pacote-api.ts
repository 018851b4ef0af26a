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

let loaded: Pacote | undefined;

/**
 * pacote itself (with npm-registry-fetch, make-fetch-happen, cacache, sigstore: ~0.35 s of CPU to load) is
 * required at its first call, not with this module: a local directory or tarball never fetches, so
 * `plugins inspect <dir>` and the tree stage of a plugin without dependencies never pay for it.
 */
function load(): Pacote {
  return (loaded ??= createRequire(import.meta.url)('pacote') as Pacote);
}

/** The same three entry points, each loading pacote on its first use. */
export const pacote: Pacote = {
  packument: (spec, opts) => load().packument(spec, opts),
  manifest: (spec, opts) => load().manifest(spec, opts),
  tarball: Object.assign((spec: string, opts: Record<string, unknown>) => load().tarball(spec, opts), {
    stream: <T>(spec: string, handler: (stream: TarballStream) => Promise<T>, opts: Record<string, unknown>) => load().tarball.stream(spec, handler, opts),
  }),
};

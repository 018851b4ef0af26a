/**
 * Registry source: resolve a spec to one published version (name, version, integrity, tarball URL, publish
 * time) from a single packument request, then download exactly that tarball, verified against exactly that
 * integrity. The tarball request reuses the resolved URL and integrity instead of resolving again, so the
 * bytes inspected are the bytes of the version that was resolved, not of whatever the registry says a
 * second later. pacote writes only to the npm cache named in the options.
 */
import semver from 'semver';
import { inputError, operationalError } from '../core/errors.js';
import type { RegistrySpec } from '../resolve/spec.js';
import { registryFor, type NpmOptions } from '../resolve/npm-config.js';
import { FETCH_ERROR, mapFetchError } from './errors.js';
import { pacote, type Packument } from './pacote-api.js';

export type { Packument } from './pacote-api.js';

export interface ResolvedPackage {
  name: string;
  version: string;
  /** SRI string the registry published (sha512 for every modern package). */
  integrity: string;
  /** The tarball URL. */
  resolved: string;
  /** The registry the package was resolved from (scoped registries honoured). */
  registry: string;
  /** Publish time of this version from `packument.time`; undefined when the registry does not say. */
  publishedAt?: Date;
  /** The registry's manifest for this version, as served (compare with the tarball's package.json: manifest confusion). */
  registryManifest: Record<string, unknown>;
  packument: Packument;
}

/** Largest tarball download accepted by default (compressed bytes). */
export const DEFAULT_MAX_TARBALL_BYTES = 200 * 1024 * 1024;

function pacoteOptions(npmOptions: NpmOptions, extra: Record<string, unknown> = {}): Record<string, unknown> {
  // fullMetadata: the abbreviated packument has no `time`, and the release-age gate needs it.
  return { ...npmOptions, fullMetadata: true, signal: AbortSignal.timeout(registryDeadlineMs(npmOptions)), ...extra };
}

/**
 * npm's fetch timeout bounds the wait for an answer, not a body that trickles in one byte per second: a
 * registry (or a proxy) doing that would hold an install for hours. Every request is aborted after all
 * its attempts could have timed out, plus the capped back-offs between them.
 */
export function registryDeadlineMs(npmOptions: Pick<NpmOptions, 'timeout' | 'retry'>): number {
  const timeout = npmOptions.timeout > 0 ? npmOptions.timeout : 60_000;
  const retries = Math.max(0, npmOptions.retry?.retries ?? 0);
  return timeout * (retries + 1) + (npmOptions.retry?.maxTimeout ?? 10_000) * retries + 1000;
}

/**
 * What this process was told about each version's bytes. A registry that names other bytes for the same
 * version in a later answer (a mirror mid-sync, a tampering proxy) is not trusted for either answer.
 */
const integritySeen = new Map<string, string>();

function assertConsistent(name: string, packument: Packument, registry: string): void {
  for (const [version, manifest] of Object.entries(packument.versions ?? {})) {
    const dist = (manifest as { dist?: { integrity?: string; shasum?: string } })?.dist;
    const said = dist?.integrity ?? dist?.shasum;
    if (!said) continue;
    const key = `${registry} ${name}@${version}`;
    const before = integritySeen.get(key);
    if (before === undefined) integritySeen.set(key, said);
    else if (before !== said)
      throw operationalError('EREGISTRY_INCONSISTENT', `${registry} gave two different answers for ${name}@${version} in one run (integrity ${before.slice(0, 20)}… then ${said.slice(0, 20)}…)`, {
        hint: 'nothing was installed: a published version never changes its bytes, so a mirror, a proxy or the registry itself is rewriting metadata. Retry later; if it persists, report it to the registry operator',
        detail: { registry, name, version },
      });
  }
}

/** Fetch a package's full packument (one request; never a tarball). */
export async function fetchPackument(name: string, npmOptions: NpmOptions): Promise<Packument> {
  const registry = registryFor(name, npmOptions);
  let packument: Packument;
  try {
    packument = await pacote.packument(name, pacoteOptions(npmOptions));
  } catch (err) {
    throw mapFetchError(err, { what: name, registry, stage: 'packument' });
  }
  assertConsistent(name, packument, registry);
  return packument;
}

/**
 * Resolve a registry spec (exact, or a range/tag for inspect) to one version. Only the packument is
 * requested. A version that does not exist is bad input (exit 2) and the message lists what does.
 */
export async function resolveRegistrySpec(spec: RegistrySpec, npmOptions: NpmOptions): Promise<ResolvedPackage> {
  const registry = registryFor(spec.name, npmOptions);
  const packument = await fetchPackument(spec.name, npmOptions);
  const version = pickVersion(packument, spec, registry);
  const manifest = packument.versions[version];
  const dist = manifest?.dist ?? {};
  if (!dist.tarball)
    throw operationalError(FETCH_ERROR.badResponse, `${registry} lists ${spec.name}@${version} without a tarball URL`, {
      hint: 'the registry metadata is broken; report it to the registry operator',
      detail: { registry },
    });
  // Without a published hash there is nothing to verify the download against.
  const integrity = dist.integrity ?? (dist.shasum ? `sha1-${Buffer.from(dist.shasum, 'hex').toString('base64')}` : undefined);
  if (!integrity)
    throw operationalError(FETCH_ERROR.integrity, `${registry} publishes no integrity hash for ${spec.name}@${version}`, {
      hint: 'clawguard only installs tarballs it can verify; install a version published with integrity',
      detail: { registry },
    });
  const time = packument.time?.[version];
  const publishedAt = time && !Number.isNaN(Date.parse(time)) ? new Date(time) : undefined;
  return { name: spec.name, version, integrity, resolved: dist.tarball, registry, publishedAt, registryManifest: manifest, packument };
}

function pickVersion(packument: Packument, spec: RegistrySpec, registry: string): string {
  const versions = Object.keys(packument.versions ?? {});
  const tags = packument['dist-tags'] ?? {};
  let picked: string | null = null;
  if (spec.pinned) picked = versions.includes(spec.version) ? spec.version : null;
  else if (Object.prototype.hasOwnProperty.call(tags, spec.version)) picked = tags[spec.version];
  else if (semver.validRange(spec.version)) {
    // npm's rule for ranges: prefer the `latest` tag when it satisfies, else the highest match.
    const latest = tags.latest;
    picked = latest && semver.satisfies(latest, spec.version) && versions.includes(latest) ? latest : semver.maxSatisfying(versions, spec.version);
  }
  if (picked && versions.includes(picked)) return picked;
  const recent = versions.filter((v) => semver.valid(v)).sort(semver.rcompare).slice(0, 5);
  throw inputError(FETCH_ERROR.versionNotFound, `${spec.name}@${spec.version} does not exist on ${registry}`, {
    hint: recent.length ? `published versions include ${recent.join(', ')}` : `${spec.name} has no published versions`,
    detail: { name: spec.name, requested: spec.version, versions: recent },
  });
}

export interface FetchTarballOptions {
  /** Compressed-size bound; a bigger download is aborted (exit 3). Default 200 MiB. */
  maxBytes?: number;
}

/** Download the resolved tarball, verified against its published integrity. Returns the verified bytes. */
export async function fetchTarball(pkg: ResolvedPackage, npmOptions: NpmOptions, options: FetchTarballOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TARBALL_BYTES;
  const what = `${pkg.name}@${pkg.version}`;
  try {
    // By URL (pacote's remote fetcher): asking by `name@version` would make pacote fetch the packument again.
    return await pacote.tarball.stream(
      pkg.resolved,
      async (stream) => {
        // An error the stream emits after the loop below gave up (a socket closing after a timeout) has no
        // reader left: without this sink it would crash the CLI (exit 1) after the contract's exit 3 was decided.
        (stream as unknown as NodeJS.EventEmitter).on('error', () => undefined);
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const chunk of stream) {
          total += chunk.length;
          // A registry (or a proxy) can stream without end; bound memory and disk before integrity is known.
          if (total > maxBytes)
            throw operationalError(FETCH_ERROR.tooLarge, `the tarball of ${what} is larger than ${maxBytes} bytes`, {
              hint: 'raise the limit with --max-unpacked-size if this package is really that large',
              detail: { registry: pkg.registry, maxBytes },
            });
          chunks.push(chunk);
        }
        return Buffer.concat(chunks);
      },
      // No HTTP cache for tarballs: make-fetch-happen's cache writer turns a download cut short into an
      // unhandled promise rejection, which would crash the CLI with exit 1 instead of the contract's 3.
      // preferOnline: never read a cached copy either; the download is verified against `integrity` anyway.
      pacoteOptions(npmOptions, { integrity: pkg.integrity, cache: undefined, preferOnline: true }),
    );
  } catch (err) {
    throw mapFetchError(err, { what, registry: pkg.registry, stage: 'tarball' });
  }
}

import { pacote } from '../fetch/pacote-api.js';
import type { Packument } from '../fetch/registry.js';
import type { NpmOptions } from './npmcli.js';

/**
 * What the registry says about each package beyond its tarball: publish time (release-age gate),
 * maintainers (an update that changes them is worth a look), registry signatures and provenance.
 */
export interface RegistryKey {
  keyid: string;
  pemkey: string;
  expires: string | null;
}

export interface SignatureSupport {
  available: boolean;
  registry: string;
  detail: string;
  keys: RegistryKey[];
}

export interface PackageTrust {
  publishedAt?: Date;
  maintainers: string[];
  provenance: { present: boolean; verified?: boolean; detail?: string };
  signature: 'verified' | 'unsigned' | 'not-available';
  /** The registry's manifest of this version (compared with the tarball's package.json: manifest confusion). */
  registryManifest?: Record<string, unknown>;
}

/**
 * npm publishes its signing keys at `/-/npm/v1/keys`; a registry that does not (Verdaccio, most private
 * registries) cannot have its signatures checked, which is reported, not treated as an attack.
 */
export async function registrySignatureSupport(registry: string, timeoutMs = 15_000): Promise<SignatureSupport> {
  const url = new URL('-/npm/v1/keys', registry.endsWith('/') ? registry : `${registry}/`).href;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    if (!res.ok) return { available: false, registry, detail: `signatures not available: ${registry} publishes no signing keys (HTTP ${res.status})`, keys: [] };
    const body = (await res.json()) as { keys?: Array<{ keyid: string; key: string; expires: string | null }> };
    const keys = (body.keys ?? []).map((k) => ({ keyid: k.keyid, expires: k.expires, pemkey: `-----BEGIN PUBLIC KEY-----\n${k.key}\n-----END PUBLIC KEY-----` }));
    if (keys.length === 0) return { available: false, registry, detail: `signatures not available: ${registry} lists no signing keys`, keys };
    return { available: true, registry, detail: `registry signatures verified against ${keys.length} key(s) from ${registry}`, keys };
  } catch (err) {
    return { available: false, registry, detail: `signatures not available: cannot read signing keys from ${registry} (${(err as Error).message})`, keys: [] };
  }
}

/** pacote looks keys up under `//host/path/:_keys`, exactly matching the registry URL. */
function keysOption(registry: string, keys: RegistryKey[]): Record<string, unknown> {
  const url = new URL(registry);
  return { [`//${url.host}${url.pathname}:_keys`]: keys };
}

export async function packageTrust(
  name: string,
  version: string,
  packument: Packument,
  npmOptions: NpmOptions,
  support: SignatureSupport,
): Promise<PackageTrust> {
  const options = { ...npmOptions, fullMetadata: true };
  const time = packument.time?.[version];
  const manifest = packument.versions[version] as { dist?: { attestations?: { provenance?: unknown }; signatures?: unknown[] } } | undefined;
  const maintainers = ((packument.maintainers as Array<{ name?: string; email?: string }> | undefined) ?? []).map((m) => m.name ?? m.email ?? '').filter(Boolean).sort();
  const hasProvenance = Boolean(manifest?.dist?.attestations?.provenance);
  const trust: PackageTrust = {
    publishedAt: time ? new Date(time) : undefined,
    maintainers,
    provenance: { present: hasProvenance },
    signature: support.available ? (manifest?.dist?.signatures?.length ? 'verified' : 'unsigned') : 'not-available',
    registryManifest: packument.versions[version],
  };
  if (support.available) {
    // Throws EINTEGRITYSIGNATURE / EMISSINGSIGNATUREKEY / attestation errors: a forged or re-signed
    // package must stop the install, not be downgraded to "unsigned".
    await pacote.manifest(`${name}@${version}`, {
      ...options,
      ...keysOption(support.registry, support.keys),
      verifySignatures: true,
      verifyAttestations: hasProvenance,
    });
    if (hasProvenance) trust.provenance = { present: true, verified: true };
  } else if (hasProvenance) {
    trust.provenance = { present: true, verified: false, detail: support.detail };
  }
  return trust;
}

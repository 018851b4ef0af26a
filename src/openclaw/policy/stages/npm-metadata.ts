/**
 * Stage "npm preflight" (INSTALL_POLICY.md §3.3 A.1): before OpenClaw downloads anything it shows us a
 * metadata file `{packageName, requestedSpecifier, resolution:{name, version, resolvedSpec, integrity, shasum,
 * resolvedAt}}`. No code exists yet, so this stage judges what the registry says:
 *   - the spec is pinned (a range or tag installs whatever the registry serves that day);
 *   - the version is old enough (`resolution.resolvedAt` is only the time OpenClaw resolved it, so the publish
 *     time comes from the registry's packument: compromised releases are found and pulled within about a day);
 *   - the registry's integrity is the one OpenClaw resolved; npm's "security holding" placeholder (a package
 *     npm removed as malware); dependencies that bypass the registry (git, URLs, files).
 * Messages carry only registry data, never "hours ago": OpenClaw re-runs the policy after a warning is
 * approved and requires byte-identical findings.
 */
import fs from 'node:fs';
import npa from 'npm-package-arg';
import { isClawguardError } from '../../../core/errors.js';
import { fetchPackument } from '../../../fetch/registry.js';
import { checkReleaseAge } from '../../../fetch/release-age.js';
import type { Finding } from '../../../report/types.js';
import { loadNpmOptions } from '../../../resolve/npm-config.js';
import type { PolicyOutcome } from '../respond.js';
import type { StageContext } from '../stage-context.js';

interface NpmPolicyMetadata {
  packageName?: unknown;
  requestedSpecifier?: unknown;
  resolution?: { name?: unknown; version?: unknown; resolvedSpec?: unknown; integrity?: unknown; shasum?: unknown };
}

const RULE = 'clawguard.npm';
const MAX_METADATA_BYTES = 1024 * 1024;
/** The packument lookup must leave time to answer inside OpenClaw's timeout. */
const REGISTRY_TIMEOUT_MS = 5000;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function readMetadata(file: string): NpmPolicyMetadata | string {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return `${file} is not a file`;
    if (st.size > MAX_METADATA_BYTES) return `${file} is ${st.size} bytes, more than npm metadata ever is`;
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return `${file} does not hold a JSON object`;
    return data as NpmPolicyMetadata;
  } catch (err) {
    return `${file} could not be read as JSON (${(err as Error).message})`;
  }
}

function specFindings(requested: string | undefined, name: string, version: string | undefined): Finding[] {
  if (!requested) return [];
  let parsed: npa.Result;
  try {
    parsed = npa(requested);
  } catch {
    return [{ ruleId: `${RULE}.bad-spec`, severity: 'high', message: `the requested spec ${JSON.stringify(requested)} is not a valid npm spec` }];
  }
  if (parsed.type === 'alias') parsed = (parsed as npa.Result & { subSpec: npa.Result }).subSpec;
  if (parsed.type === 'version') return [];
  const pinned = version ? `${name}@${version}` : `${name}@<exact version>`;
  return [
    {
      ruleId: `${RULE}.unpinned-spec`,
      severity: 'medium',
      message: `${requested} is not an exact version; it resolves today to ${pinned}, and to whatever is published next time`,
      remediation: `pin it: openclaw plugins install ${pinned}`,
    },
  ];
}

function nonRegistryDependencies(manifest: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  for (const field of ['dependencies', 'optionalDependencies'] as const) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [dep, spec] of Object.entries(deps as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (typeof spec !== 'string') continue;
      let type: string;
      try {
        type = npa.resolve(dep, spec).type;
      } catch {
        type = 'invalid';
      }
      if (['git', 'remote', 'file', 'directory', 'invalid'].includes(type))
        out.push({
          ruleId: `${RULE}.non-registry-dependency`,
          severity: 'medium',
          message: `depends on ${dep}@${spec} (${type}): that code bypasses the registry, its integrity and this preflight`,
        });
    }
  }
  return out;
}

async function registryFindings(ctx: StageContext, name: string, version: string, integrity: string | undefined): Promise<Finding[]> {
  let packument;
  try {
    const options = await loadNpmOptions({ registry: ctx.registry, env: process.env });
    const remaining = Math.max(500, Math.min(REGISTRY_TIMEOUT_MS, ctx.deadline - Date.now() - 1000));
    // One attempt, bounded by the budget: npm-registry-fetch retries from `retry` (10 s back-off by default).
    packument = await fetchPackument(name, { ...options, timeout: remaining, fetchRetries: 0, retry: { ...options.retry, retries: 0 } });
  } catch (err) {
    const why = isClawguardError(err) ? err.code : (err as Error)?.message;
    return [
      {
        ruleId: `${RULE}.registry-unavailable`,
        severity: 'medium',
        message: `could not read ${name} from the registry (${why}), so its release age and registry metadata are unchecked`,
        remediation: 'make the registry reachable for the policy command (security.installPolicy.exec.passEnv: HOME and proxy variables), then retry',
      },
    ];
  }
  const out: Finding[] = [];
  const manifest = packument.versions?.[version] as (Record<string, unknown> & { dist?: { integrity?: string } }) | undefined;
  if (!manifest) {
    return [{ ruleId: `${RULE}.version-not-listed`, severity: 'high', message: `the registry does not list ${name}@${version}` }];
  }
  const registryIntegrity = manifest.dist?.integrity;
  if (integrity && registryIntegrity && integrity !== registryIntegrity)
    out.push({
      ruleId: `${RULE}.integrity-mismatch`,
      severity: 'critical',
      message: `the integrity OpenClaw resolved for ${name}@${version} differs from the registry's (${registryIntegrity})`,
      evidence: integrity,
    });
  const description = typeof manifest.description === 'string' ? manifest.description : '';
  if (/-security(\.\d+)?$/.test(version) || /security holding package/i.test(description))
    out.push({
      ruleId: `${RULE}.security-holding-package`,
      severity: 'critical',
      message: `${name}@${version} is npm's security holding package: npm removed the original as malicious`,
    });
  if (typeof manifest.deprecated === 'string' && manifest.deprecated.trim())
    out.push({ ruleId: `${RULE}.deprecated`, severity: 'low', message: `${name}@${version} is deprecated: ${manifest.deprecated.trim()}` });
  out.push(...nonRegistryDependencies(manifest));
  const time = packument.time?.[version];
  const publishedAt = time && !Number.isNaN(Date.parse(time)) ? new Date(time) : undefined;
  try {
    checkReleaseAge(publishedAt, ctx.minReleaseAgeDays, { what: `${name}@${version}` });
  } catch (err) {
    const days = `${ctx.minReleaseAgeDays} day${ctx.minReleaseAgeDays === 1 ? '' : 's'}`;
    if (isClawguardError(err, 'ERELEASE_TOO_RECENT'))
      out.push({
        ruleId: `${RULE}.release-too-recent`,
        severity: 'high',
        message: `${name}@${version} was published ${publishedAt!.toISOString()}, less than ${days} ago: compromised releases are usually caught and pulled within a day`,
        remediation: 'wait, or pin the previous version',
      });
    else if (isClawguardError(err, 'ERELEASE_AGE_UNKNOWN'))
      out.push({ ruleId: `${RULE}.release-age-unknown`, severity: 'medium', message: `the registry does not say when ${name}@${version} was published` });
    else throw err;
  }
  return out;
}

export async function evaluateNpmMetadata(ctx: StageContext): Promise<PolicyOutcome> {
  const meta = readMetadata(ctx.request.sourcePath);
  const fallbackName = str(ctx.request.origin.packageName) ?? ctx.request.targetName;
  if (typeof meta === 'string') return { subject: fallbackName, findings: [], failure: meta };
  const name = str(meta.resolution?.name) ?? str(meta.packageName) ?? fallbackName;
  const version = str(meta.resolution?.version);
  const integrity = str(meta.resolution?.integrity);
  const requested = str(meta.requestedSpecifier) ?? str(ctx.request.request.requestedSpecifier);
  const subject = version ? `${name}@${version}` : name;
  const findings: Finding[] = specFindings(requested, name, version);
  const packageName = str(meta.packageName);
  if (packageName && packageName !== name)
    findings.push({ ruleId: `${RULE}.name-mismatch`, severity: 'high', message: `${packageName} was requested but the registry resolved ${name}` });
  if (!version) return { subject, findings, failure: 'the npm metadata names no resolved version' };
  if (!integrity)
    findings.push({ ruleId: `${RULE}.integrity-missing`, severity: 'medium', message: `the registry published no integrity hash for ${subject}: the download cannot be verified` });
  else if (!integrity.startsWith('sha512-'))
    findings.push({ ruleId: `${RULE}.weak-integrity`, severity: 'low', message: `${subject} is verified only by ${integrity.split('-')[0]}` });
  findings.push(...(await registryFindings(ctx, name, version, integrity)));
  return { subject, findings };
}

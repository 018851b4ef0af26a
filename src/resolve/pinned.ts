/**
 * Install-time spec resolution: refuse anything but an exact pin, and make the refusal actionable by
 * asking the registry (packument only, never a tarball) what the spec resolves to today, so the message
 * carries the exact command to pin it.
 */
import { ClawguardError, inputError } from '../core/errors.js';
import { resolveRegistrySpec } from '../fetch/registry.js';
import { withoutRetries, type NpmOptions } from './npm-config.js';
import { parsePluginSpec, UNPINNED_REGISTRY_CODES, type PluginSpec } from './spec.js';

/** A short bound: the explanation is a courtesy; a slow registry must not hold up the refusal. */
const EXPLAIN_TIMEOUT_MS = 10_000;

export interface UnpinnedExplanation {
  name: string;
  /** The exact version the spec resolves to today, when the registry answered. */
  version?: string;
  /** `clawguard plugins install name@X.Y.Z`. */
  command?: string;
  /** Why no version could be named (registry down, package missing, no version matches). */
  reason?: string;
}

/** What an unpinned spec (range, tag, bare name, alias to either) resolves to today. Fetches the packument only. */
export async function explainUnpinned(raw: string, npmOptions: NpmOptions, cwd?: string): Promise<UnpinnedExplanation | undefined> {
  let spec: PluginSpec;
  try {
    spec = parsePluginSpec(raw, { requirePin: false, cwd });
  } catch {
    return undefined;
  }
  if (spec.kind !== 'registry') return undefined;
  const quick = withoutRetries(npmOptions, EXPLAIN_TIMEOUT_MS);
  try {
    // resolveRegistrySpec requests the packument and nothing else.
    const resolved = await resolveRegistrySpec(spec, quick);
    return { name: spec.name, version: resolved.version, command: `clawguard plugins install ${spec.name}@${resolved.version}` };
  } catch (err) {
    return { name: spec.name, reason: err instanceof ClawguardError ? err.message : String(err) };
  }
}

/**
 * Parse an install spec and require an exact pin. A refused registry spec is re-thrown with the version it
 * resolves to today and the pinned command (when the registry answers); its code and exit class (2) stay.
 */
export async function resolvePinnedSpec(raw: string, npmOptions: NpmOptions, cwd?: string): Promise<PluginSpec> {
  try {
    return parsePluginSpec(raw, { requirePin: true, cwd });
  } catch (err) {
    if (!(err instanceof ClawguardError) || !UNPINNED_REGISTRY_CODES.includes(err.code)) throw err;
    const explained = await explainUnpinned(raw, npmOptions, cwd);
    if (!explained) throw err;
    const today = explained.version
      ? `; today it resolves to ${explained.name}@${explained.version}`
      : explained.reason
        ? ` (could not ask the registry what it resolves to: ${explained.reason})`
        : '';
    throw inputError(err.code, `${err.message}${today}`, {
      hint: explained.command ? `pin it: ${explained.command}` : err.hint,
      detail: { ...(err.detail ?? {}), ...(explained.version ? { resolvesTo: explained.version, command: explained.command } : {}) },
      cause: err,
    });
  }
}

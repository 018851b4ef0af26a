/**
 * clawguard's library API: everything the CLI is built on, for the gateway or any tool to import.
 * Grouped by pipeline stage: resolve → fetch → unpack → tree → inspect → decide → install → record →
 * verify at load → watch → OpenClaw integration.
 */
export * from './core/errors.js';
export * from './core/state.js';
export * from './report/types.js';

// Resolve: spec policy and the user's npm configuration.
export { parsePluginSpec, SPEC_ERROR, UNPINNED_REGISTRY_CODES, type PluginSpec, type RegistrySpec, type DirectorySpec, type TarballSpec, type ParseSpecOptions } from './resolve/spec.js';
export { resolvePinnedSpec, explainUnpinned, type UnpinnedExplanation } from './resolve/pinned.js';
export { loadNpmOptions, normaliseRegistryUrl, registryFor, NETWORK_BOUNDS, type NpmOptions, type LoadNpmOptionsInput } from './resolve/npm-config.js';

// Fetch: registry resolution, verified download, release age.
export { resolveRegistrySpec, fetchTarball, fetchPackument, DEFAULT_MAX_TARBALL_BYTES, type ResolvedPackage, type FetchTarballOptions } from './fetch/registry.js';
export { checkReleaseAge, parseMinReleaseAge, DEFAULT_MIN_RELEASE_AGE_DAYS } from './fetch/release-age.js';

// Unpack: hardened extraction.
export { unpackHardened, type UnpackResult } from './unpack/unpack-hardened.js';
export { DEFAULT_UNPACK_LIMITS, resolveLimits, parseSizeFlag, parseCountFlag, type UnpackLimits } from './unpack/limits.js';
export { findingsFromUnpackEvents, type UnpackEvent, type UnpackEventKind } from './unpack/events.js';

// Tree: whole dependency tree, lockfile install, script approvals.
export { planTree, installTree, treeSummary, lifecycleScriptsOf, approveCommand, type TreePlan, type TreeOptions } from './tree/index.js';
export { readApprovals, writeApprovals, isApproved, approveShownScripts, type ApprovalsFile, type ScriptApproval } from './ledger/approvals.js';

// Inspect and report.
export { inspectPackageDir, inspectSkillDir, type InspectOptions, type PackageInspection } from './inspect/index.js';
export { renderText, renderSarif, renderHtml, type TextOptions, type SarifOptions, type HtmlOptions } from './report/format.js';

// Plugin identity and validation; OpenClaw config.
export { pluginInstallDirName } from './plugin/identity.js';
export { validatePluginDir, type PluginValidation, type ValidPlugin, type InvalidPlugin, type PluginManifest } from './plugin/validate.js';
export { readOpenClawConfig, type OpenClawConfig, type LoadedConfig } from './config/openclaw-config.js';
export { updateOpenClawConfig, type ConfigUpdateResult } from './config/update.js';

// Install, inspect, list, uninstall.
export * from './install/index.js';

// Record: ledger, lock, integrity manifests.
export { readLedger, writeLedger, emptyLedger, manifestPathFor, writeManifestFile } from './ledger/ledger.js';
export { acquireStateLock, type HeldLock, type LockInfo, type LockOptions } from './ledger/lock.js';
export { buildIntegrityManifest, verifyIntegrityManifest, loadIntegrityManifest, saveIntegrityManifest, type VerifyResult, type IntegrityProblem } from './ledger/manifest.js';
export type { Ledger, LedgerEntry, IntegrityManifest, IntegrityFile } from './ledger/types.js';

// Verify at load: gateway check, quarantine, adopt.
export * from './gateway/index.js';

// Watch: skills.
export * from './skills/index.js';

// OpenClaw integration: install policy and security audit.
export { runPolicy, type PolicyRunOptions } from './openclaw/policy/run-policy.js';
export { runSecurityAudit, type AuditOptions, type AuditResult } from './openclaw/audit/run-audit.js';

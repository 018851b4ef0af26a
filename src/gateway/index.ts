/** The gateway startup check as a library: what `clawguard gateway check` runs, importable by a gateway wrapper. */
export { runGatewayCheck, gatewayCheckJson, type GatewayCheckOptions, type GatewayCheckResult, type GatewayPluginResult, type GatewayReason, type PluginStatus } from './check.js';
export { quarantineRefused, restoreQuarantined, type QuarantineOutcome, type RestoreResult } from './quarantine.js';
export { adoptPlugin, adoptionRoot, type AdoptOptions, type AdoptResult } from './adopt.js';
export { discoverPlugins, isSkippedByOpenClaw, type PluginCandidate, type PluginOrigin } from './discovery.js';
export { resolveActivation, decideActivation, type ActivationDecision } from './activation.js';
export { readOpenClawInstallRecords, type OpenClawInstallRecord } from './install-records.js';
export { resolvePluginRoots, type ResolvedRoots } from './roots.js';
export { renderGatewayCheck } from './render.js';

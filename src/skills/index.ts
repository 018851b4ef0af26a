/**
 * The skills library API (what `clawguard skills …` is built on, and what the gateway can import):
 *   scanSkills(dirs)        → Report[] for the skills in those folders
 *   watchSkills(options)    → { events (EventEmitter + AsyncIterable), ready, close() }
 *   resolveSkillRoots(opts) → OpenClaw's skill roots, lowest precedence first
 *   quarantine helpers      → list, find and release quarantined skills
 */
export { scanSkills, skillsToScan, SkillScanner, type SkillScan } from './scan.js';
export { watchSkills, type WatchSkillsOptions, type SkillWatchHandle } from './watch.js';
export { resolveSkillRoots, resolveWorkspaces, bundledSkillsDir, type SkillRoot, type SkillRootSource, type SkillRootOptions } from './roots.js';
export { skillsInRoot, type SkillRef } from './discover.js';
export { SkillEventStream, type SkillWatchEvent, type SkillEvent, type ReadyEvent, type ErrorEvent, type SkillEventName } from './events.js';
export { quarantineSkill, listQuarantined, findQuarantined, releaseQuarantined, type QuarantineRecord, type QuarantinedSkill } from './quarantine.js';
export { hygieneFindings } from './hygiene.js';
export { snapshotSkill, type SkillSnapshot } from './snapshot.js';

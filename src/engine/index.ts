/**
 * The inspection service (see service.ts): one engine behind every front door. Callers import from here;
 * the engine itself (src/inspect) is loaded only when a result is not in the cache.
 */
export { InspectionService, withDepPath, type DirInspection, type DirInspectOptions, type ServiceOptions, type TarballInspection, type TarballJobInput } from './service.js';
export { contentDigest, fileHashes, sha512Of, type ContentDigest, type DirView, type ViewFingerprint } from './content-digest.js';
export { engineDigest, engineCodeDigest } from './engine-digest.js';
export { resultCacheDir, npmCacheRoot, CACHE_FORMAT } from './result-cache.js';
export { threadsFor } from './pool.js';
export type { EngineResult, RecordedView } from './jobs.js';
export type { TargetKind } from './keys.js';

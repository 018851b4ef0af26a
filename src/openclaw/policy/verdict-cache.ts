/**
 * Inspection results cached on disk by content hash, so the up-to-three policy calls of one OpenClaw install
 * (and the re-run after a warning is approved) inspect each package once. OpenClaw starts the policy with an
 * EMPTY environment, so the cache cannot live under a HOME we do not have: it lives in the state dir the
 * printed config passes through (`<state>/clawguard/cache/policy/`), and is simply off when there is none.
 * A key covers the engine build and the rule files, so an upgraded engine never serves an old verdict.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT, TOOL_VERSION } from '../../core/version.js';
import type { Finding } from '../../report/types.js';

export interface CachedInspection {
  /** The engine's findings before suppressions (those are applied after every lookup). */
  findings: Finding[];
  files: number;
  bytes: number;
  /** sha256 of each file a finding is in: what suppressions are pinned to. */
  fileHashes?: Record<string, string>;
}

let engineFingerprintMemo: string | undefined;

/** Tool version plus the size and mtime of every engine module and rule file: changes whenever either does. */
function engineFingerprint(): string {
  if (engineFingerprintMemo) return engineFingerprintMemo;
  const parts = [TOOL_VERSION];
  const roots = [fileURLToPath(new URL('../../inspect/', import.meta.url)), path.join(PACKAGE_ROOT, 'rules')];
  for (const root of roots) {
    const stack = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) stack.push(full);
        else if (e.isFile()) {
          const st = fs.statSync(full);
          parts.push(`${full}\0${st.size}\0${st.mtimeMs}`);
        }
      }
    }
  }
  engineFingerprintMemo = createHash('sha256').update(parts.sort().join('\n')).digest('hex');
  return engineFingerprintMemo;
}

export class VerdictCache {
  constructor(private readonly dir: string | undefined) {}

  static inStateDir(clawguardDir: string | undefined): VerdictCache {
    // Only an existing state dir: the policy must never create one as a side effect of a probe or a bad env.
    if (!clawguardDir || !fs.existsSync(path.dirname(clawguardDir))) return new VerdictCache(undefined);
    return new VerdictCache(path.join(clawguardDir, 'cache', 'policy'));
  }

  get enabled(): boolean {
    return this.dir !== undefined;
  }

  keyFor(kind: 'package' | 'skill', identity: string, contentSha256: string): string {
    return createHash('sha256').update([engineFingerprint(), kind, identity, contentSha256].join('\0')).digest('hex');
  }

  get(key: string): CachedInspection | undefined {
    if (!this.dir) return undefined;
    try {
      const data = JSON.parse(fs.readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as CachedInspection;
      if (!Array.isArray(data.findings) || typeof data.files !== 'number' || typeof data.bytes !== 'number') return undefined;
      return data;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: CachedInspection): void {
    if (!this.dir) return;
    try {
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const file = path.join(this.dir, `${key}.json`);
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
      fs.renameSync(tmp, file);
    } catch {
      // A read-only or full state dir costs speed, never a verdict.
    }
  }
}

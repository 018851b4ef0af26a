import path from 'node:path';
import { inspectFileText, inspectSkillDir, loadRules, type Suppression } from '../inspect/index.js';
import { TOOL_VERSION } from '../core/version.js';
import { inputError } from '../core/errors.js';
import { verdictOf, type Finding, type Report } from '../report/types.js';
import { hasSkillFile, isDirectory, skillsInRoot, type SkillRef } from './discover.js';
import { hygieneFindings } from './hygiene.js';
import { snapshotSkill, type SkillSnapshot } from './snapshot.js';

export interface SkillScan {
  skill: SkillRef;
  report: Report;
  snapshot: SkillSnapshot;
}

interface EngineResult {
  findings: Finding[];
  files: number;
  bytes: number;
}

/**
 * Inspects skills and remembers the engine's findings by content hash, so a skill that is touched,
 * chmod'ed, or saved back to text already seen is not inspected again. Hygiene findings (permissions,
 * owners, links) are recomputed every time: they are cheap and do not follow the content.
 */
export class SkillScanner {
  private readonly cache = new Map<string, EngineResult>();
  private readonly maxCacheEntries: number;
  private readonly suppressions?: readonly Suppression[];
  private readonly rulesDir?: string;

  /** Suppressions and rules are fixed for the scanner's life: the content-hash cache depends on them. */
  constructor(options: { maxCacheEntries?: number; suppressions?: readonly Suppression[]; rulesDir?: string } = {}) {
    this.maxCacheEntries = options.maxCacheEntries ?? 10_000;
    this.suppressions = options.suppressions;
    this.rulesDir = options.rulesDir;
  }

  /**
   * Load and compile the rules now (a broken rule file fails here, as bad input, not on the first skill) and
   * run the analyzers once, so the first skill that appears is not the one that pays for start-up.
   */
  warmUp(): void {
    loadRules(this.rulesDir);
    inspectFileText('SKILL.md', '---\nname: warm-up\n---\n# Warm-up\nSay hello.\n', { target: 'skill', rulesDir: this.rulesDir });
  }

  async scan(skill: SkillRef): Promise<SkillScan> {
    const started = Date.now();
    let snapshot = snapshotSkill(skill.dir);
    let engine = this.cache.get(snapshot.contentHash);
    // A skill written while it is inspected: inspect again until the text stood still for one pass, so the
    // cached verdict belongs to exactly the content it is keyed by.
    for (let attempt = 0; engine === undefined; attempt++) {
      const inspection = await inspectSkillDir(skill.dir, { packageId: skill.name, suppressions: this.suppressions, rulesDir: this.rulesDir });
      const after = snapshotSkill(skill.dir);
      const result = { findings: inspection.findings, files: inspection.files, bytes: inspection.bytes };
      const stable = after.contentHash === snapshot.contentHash;
      snapshot = after;
      if (stable) {
        engine = result;
        this.remember(after.contentHash, result);
      } else if (attempt >= 2) {
        // Still changing: report what was seen, uncached; the watcher's next event inspects the final text.
        engine = result;
      }
    }
    const findings = [...engine.findings, ...hygieneFindings(snapshot, { root: skill.root, name: skill.name })];
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'clawguard', version: TOOL_VERSION },
      target: { kind: 'skill', name: skill.name, path: path.resolve(skill.dir) },
      verdict: verdictOf(findings),
      findings,
      lifecycleScripts: [],
      stats: {
        packages: 1,
        files: Math.max(engine.files, snapshot.files),
        bytes: Math.max(engine.bytes, snapshot.bytes),
        durationMs: Date.now() - started,
      },
    };
    return { skill, report, snapshot };
  }

  private remember(hash: string, result: EngineResult): void {
    if (this.cache.size >= this.maxCacheEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(hash, result);
  }
}

/**
 * What `skills scan <dir…>` looks at: a folder with SKILL.md is one skill (its own root); a folder holding
 * skill folders is each of them (the holder is their root). Missing or skill-less folders are bad input.
 */
export function skillsToScan(dirs: readonly string[]): SkillRef[] {
  const out: SkillRef[] = [];
  for (const given of dirs) {
    const dir = path.resolve(given);
    if (!isDirectory(dir)) {
      throw inputError('ESKILLDIR', `skill folder ${given} does not exist or is not a directory`, {
        hint: 'pass a folder that holds SKILL.md, or a folder of skill folders',
      });
    }
    const found = hasSkillFile(dir) ? [{ name: path.basename(dir), dir, root: dir }] : skillsInRoot(dir);
    if (found.length === 0) {
      throw inputError('ENOSKILL', `no skill in ${given}: neither it nor any folder directly inside it holds a SKILL.md`, {
        hint: 'a skill is a folder with SKILL.md; pass that folder or the folder that holds several of them',
      });
    }
    out.push(...found);
  }
  return out;
}

/** Library entry point: inspect the skills in `dirs` (same rules as `clawguard skills scan`). */
export async function scanSkills(dirs: readonly string[], scanner = new SkillScanner()): Promise<Report[]> {
  const reports: Report[] = [];
  for (const skill of skillsToScan(dirs)) reports.push((await scanner.scan(skill)).report);
  return reports;
}

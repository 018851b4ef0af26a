import path from 'node:path';
import { statFingerprint } from '../engine/content-digest.js';
import { InspectionService } from '../engine/index.js';
import { applySuppressions, type Suppression } from '../inspect/suppressions.js';
import { TOOL_VERSION } from '../core/version.js';
import { inputError } from '../core/errors.js';
import { verdictOf, type Report } from '../report/types.js';
import { hasSkillFile, isDirectory, skillsInRoot, type SkillRef } from './discover.js';
import { hygieneFindings } from './hygiene.js';
import { snapshotSkill, type SkillSnapshot } from './snapshot.js';

export interface SkillScan {
  skill: SkillRef;
  report: Report;
  snapshot: SkillSnapshot;
}

/**
 * Inspects skills through the inspection service (src/engine), whose content-addressed cache (in memory for
 * the watcher's life, on disk across processes and callers: the policy hook judging the same skill) means a
 * skill that is touched, chmod'ed, or saved back to text already seen is not inspected again. Hygiene
 * findings (permissions, owners, links) are recomputed every time: they are cheap and do not follow the
 * content. Suppressions are applied after every lookup.
 */
export class SkillScanner {
  private readonly engine: InspectionService;
  private readonly suppressions?: readonly Suppression[];
  private readonly rulesDir?: string;

  constructor(options: { suppressions?: readonly Suppression[]; rulesDir?: string; engine?: InspectionService } = {}) {
    this.suppressions = options.suppressions;
    this.rulesDir = options.rulesDir;
    this.engine = options.engine ?? new InspectionService({ rulesDir: options.rulesDir });
  }

  /**
   * Load and compile the rules now (a broken rule file fails here, as bad input, not on the first skill) and
   * run the analyzers once, so the first skill that appears is not the one that pays for start-up.
   */
  async warmUp(): Promise<void> {
    const { inspectFileText, loadRules } = await import('../inspect/index.js');
    loadRules(this.rulesDir);
    inspectFileText('SKILL.md', '---\nname: warm-up\n---\n# Warm-up\nSay hello.\n', { target: 'skill', rulesDir: this.rulesDir });
  }

  async scan(skill: SkillRef): Promise<SkillScan> {
    const started = Date.now();
    // A skill written while it is inspected: inspect again until the text stood still for one pass, so a
    // result is only ever cached under the content it was computed from (a changed skill is not remembered),
    // and the report's findings and hygiene describe one state of the folder. Still: every file's metadata
    // from the content digest (taken before each read) through the snapshot is unchanged, one lstat per file
    // instead of reading the skill a third time.
    const pass = async () => {
      const inspection = await this.engine.inspectDir('skill', skill.dir, { packageId: skill.name });
      // The content was just digested by the service: the snapshot adds modes, owners and links, reading nothing.
      const snapshot = snapshotSkill(skill.dir, { contentHash: inspection.digest.sha256 });
      return { inspection, snapshot, stable: inspection.stable && statFingerprint(skill.dir, { skipTopNodeModules: false }) === inspection.digest.statPrint };
    };
    let seen = await pass();
    // Still changing after three passes: report what was seen; the watcher's next event inspects the final text.
    for (let attempt = 1; !seen.stable && attempt < 3; attempt++) seen = await pass();
    const { inspection: engine, snapshot } = seen;
    const hashes = engine.fileHashes ?? {};
    const own = this.suppressions?.length ? applySuppressions(engine.findings, this.suppressions, (f) => (f.file ? hashes[f.file] : undefined)) : engine.findings;
    const findings = [...own, ...hygieneFindings(snapshot, { root: skill.root, name: skill.name })];
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

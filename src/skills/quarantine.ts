import fs from 'node:fs';
import path from 'node:path';
import { inputError, operationalError } from '../core/errors.js';
import type { Finding, Verdict } from '../report/types.js';
import type { SkillRef } from './discover.js';
import { moveDir, writeFileAtomic } from './move.js';

/**
 * A blocked skill is moved out of its root into `<state>/clawguard/quarantine/<name>-<hash>/skill`, with
 * `quarantine.json` beside it saying where it came from. Moving (not renaming in place) matters: OpenClaw
 * loads any folder with SKILL.md under a root, so a renamed-aside skill in the root would still be live.
 */
export interface QuarantineRecord {
  schemaVersion: 1;
  id: string;
  name: string;
  originalDir: string;
  root: string;
  contentHash: string;
  verdict: Verdict;
  findings: Finding[];
  quarantinedAt: string;
}

export interface QuarantinedSkill {
  record: QuarantineRecord;
  /** `<quarantine>/<id>` */
  entryDir: string;
  /** `<quarantine>/<id>/skill`: the skill folder as it was moved. */
  skillDir: string;
}

const RECORD_FILE = 'quarantine.json';
const SKILL_SUBDIR = 'skill';

const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 80) || 'skill';

export function quarantineSkill(
  quarantineDir: string,
  skill: SkillRef,
  outcome: { contentHash: string; verdict: Verdict; findings: Finding[] },
): QuarantinedSkill {
  fs.mkdirSync(quarantineDir, { recursive: true, mode: 0o700 });
  const base = `${safeName(skill.name)}-${outcome.contentHash.slice(0, 12)}`;
  let id = base;
  for (let n = 2; fs.existsSync(path.join(quarantineDir, id)); n++) id = `${base}-${n}`;
  const entryDir = path.join(quarantineDir, id);
  const skillDir = path.join(entryDir, SKILL_SUBDIR);
  const record: QuarantineRecord = {
    schemaVersion: 1,
    id,
    name: skill.name,
    originalDir: path.resolve(skill.dir),
    root: path.resolve(skill.root),
    contentHash: outcome.contentHash,
    verdict: outcome.verdict,
    findings: outcome.findings,
    quarantinedAt: new Date().toISOString(),
  };
  fs.mkdirSync(entryDir, { mode: 0o700 });
  try {
    // Record first: if the move is interrupted, the entry still says where the skill belongs.
    writeFileAtomic(path.join(entryDir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    moveDir(skill.dir, skillDir);
  } catch (err) {
    fs.rmSync(entryDir, { recursive: true, force: true });
    throw operationalError('EQUARANTINE', `could not move skill ${skill.name} out of ${skill.root}: ${(err as Error).message}`, {
      hint: 'check that this user may write to the skill root and to the state dir, then remove the skill by hand',
      cause: err,
    });
  }
  return { record, entryDir, skillDir };
}

export function listQuarantined(quarantineDir: string): QuarantinedSkill[] {
  let ids: string[];
  try {
    ids = fs.readdirSync(quarantineDir);
  } catch {
    return [];
  }
  const out: QuarantinedSkill[] = [];
  for (const id of ids) {
    const entryDir = path.join(quarantineDir, id);
    try {
      const record = JSON.parse(fs.readFileSync(path.join(entryDir, RECORD_FILE), 'utf8')) as QuarantineRecord;
      const skillDir = path.join(entryDir, SKILL_SUBDIR);
      if (record.schemaVersion === 1 && fs.existsSync(skillDir)) out.push({ record, entryDir, skillDir });
    } catch {
      /* not a quarantine entry (or half-written by an interrupted move): ignored */
    }
  }
  return out.sort((a, b) => a.record.quarantinedAt.localeCompare(b.record.quarantinedAt));
}

/** The entry `restore <name>` means: an exact entry id, else the newest entry of that skill name. */
export function findQuarantined(quarantineDir: string, nameOrId: string): QuarantinedSkill {
  const all = listQuarantined(quarantineDir);
  const match = all.find((q) => q.record.id === nameOrId) ?? all.filter((q) => q.record.name === nameOrId).pop();
  if (!match) {
    const names = [...new Set(all.map((q) => q.record.name))];
    throw inputError('ENOTQUARANTINED', `no quarantined skill named ${nameOrId}`, {
      hint: names.length ? `quarantined skills: ${names.join(', ')}` : `nothing is quarantined in ${quarantineDir}`,
    });
  }
  return match;
}

/** Move a quarantined skill back where it was and drop its entry. The caller has re-scanned it. */
export function releaseQuarantined(entry: QuarantinedSkill): string {
  const target = entry.record.originalDir;
  if (fs.existsSync(target)) {
    throw inputError('ESKILLEXISTS', `cannot restore ${entry.record.name}: ${target} exists again`, {
      hint: `remove or rename ${target} first; the quarantined copy stays in ${entry.skillDir}`,
    });
  }
  moveDir(entry.skillDir, target);
  fs.rmSync(entry.entryDir, { recursive: true, force: true });
  return target;
}

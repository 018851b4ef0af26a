import fs from 'node:fs';
import path from 'node:path';
import { inputError, operationalError } from '../core/errors.js';
import type { Finding, Verdict } from '../report/types.js';
import type { SkillRef } from './discover.js';
import { moveDir } from './move.js';
import { writeFileAtomic } from '../config/atomic-write.js';
import { faultPoint } from '../install/fault-injection.js';

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
/**
 * An entry is built under `.partial-<pid>-<id>` and renamed to `<id>` once the skill is inside it, so a
 * killed watcher leaves either the skill in its root or a complete entry, and `recoverQuarantineDir` can
 * tell which way to settle what it left. The pid keeps a live watcher's entry safe from another command.
 */
const PARTIAL = /^\.partial-(\d+)-(.+)$/;
/** A cross-device move copies into this name first, so a complete `skill/` means a complete copy. */
const COPYING_SUBDIR = 'skill.copying';

const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 80) || 'skill';

export function quarantineSkill(
  quarantineDir: string,
  skill: SkillRef,
  outcome: { contentHash: string; verdict: Verdict; findings: Finding[] },
): QuarantinedSkill {
  fs.mkdirSync(quarantineDir, { recursive: true, mode: 0o700 });
  recoverQuarantineDir(quarantineDir);
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
  const partialDir = path.join(quarantineDir, `.partial-${process.pid}-${id}`);
  fs.mkdirSync(partialDir, { mode: 0o700 });
  try {
    // Record first: if the move is interrupted, the entry still says where the skill belongs.
    writeFileAtomic(path.join(partialDir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    faultPoint('skills-quarantine:record-written');
    moveSkillDir(skill.dir, partialDir);
    faultPoint('skills-quarantine:skill-moved');
    fs.renameSync(partialDir, entryDir);
  } catch (err) {
    // Put the skill back if it already left its root, so a failure never loses it.
    if (fs.existsSync(path.join(partialDir, SKILL_SUBDIR)) && !fs.existsSync(skill.dir)) moveDir(path.join(partialDir, SKILL_SUBDIR), skill.dir);
    fs.rmSync(partialDir, { recursive: true, force: true });
    throw operationalError('EQUARANTINE', `could not move skill ${skill.name} out of ${skill.root}: ${(err as Error).message}`, {
      hint: 'check that this user may write to the skill root and to the state dir, then remove the skill by hand',
      cause: err,
    });
  }
  return { record, entryDir, skillDir };
}

/** rename(2) where possible; across filesystems a full copy under `skill.copying`, renamed when complete, then the source removed. */
function moveSkillDir(from: string, entryDir: string): void {
  const to = path.join(entryDir, SKILL_SUBDIR);
  try {
    fs.renameSync(from, to);
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
  }
  moveDir(from, path.join(entryDir, COPYING_SUBDIR));
  // moveDir removed the source after a complete copy; only then does the entry hold `skill/`.
  fs.renameSync(path.join(entryDir, COPYING_SUBDIR), to);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Settle what a killed quarantine or restore left (never touching a live process's partial entry):
 * - `.partial-*` holding `skill/` whose original dir is gone: the move happened, finish the entry;
 * - `.partial-*` otherwise: the skill never left (or is still in its root): drop the partial entry;
 * - an entry without `skill/` whose original dir exists: a restore moved it back, drop the entry.
 */
export function recoverQuarantineDir(quarantineDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(quarantineDir);
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(quarantineDir, name);
    const partial = PARTIAL.exec(name);
    if (partial) {
      if (Number(partial[1]) === process.pid || pidAlive(Number(partial[1]))) continue;
      const record = readRecord(dir);
      const moved = fs.existsSync(path.join(dir, SKILL_SUBDIR));
      if (moved && record && !fs.existsSync(record.originalDir) && !fs.existsSync(path.join(quarantineDir, partial[2]))) fs.renameSync(dir, path.join(quarantineDir, partial[2]));
      else if (moved && record && !fs.existsSync(record.originalDir)) continue; // id taken meanwhile: keep it for a human
      else {
        if (moved && record) continue; // both copies exist (cannot happen with rename): keep both for a human
        fs.rmSync(dir, { recursive: true, force: true });
      }
      continue;
    }
    const restoring = /^\.restoring-(\d+)-(.+)$/.exec(name);
    if (restoring) {
      if (Number(restoring[1]) === process.pid || pidAlive(Number(restoring[1]))) continue;
      const record = readRecord(dir);
      // The skill is back in its root: the restore finished its move; else put the entry back.
      if (!fs.existsSync(path.join(dir, SKILL_SUBDIR)) && record && fs.existsSync(record.originalDir)) fs.rmSync(dir, { recursive: true, force: true });
      else if (!fs.existsSync(path.join(quarantineDir, restoring[2]))) fs.renameSync(dir, path.join(quarantineDir, restoring[2]));
    }
  }
}

function readRecord(entryDir: string): QuarantineRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(path.join(entryDir, RECORD_FILE), 'utf8')) as QuarantineRecord;
    return record && record.schemaVersion === 1 && typeof record.originalDir === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

export function listQuarantined(quarantineDir: string): QuarantinedSkill[] {
  recoverQuarantineDir(quarantineDir);
  let ids: string[];
  try {
    ids = fs.readdirSync(quarantineDir);
  } catch {
    return [];
  }
  const out: QuarantinedSkill[] = [];
  for (const id of ids) {
    if (id.startsWith('.')) continue;
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
  // Renamed to `.restoring-<pid>-<id>` first: a restore killed half way is recognisable and settled by recovery.
  const restoringDir = path.join(path.dirname(entry.entryDir), `.restoring-${process.pid}-${entry.record.id}`);
  fs.renameSync(entry.entryDir, restoringDir);
  faultPoint('skills-restore:entry-marked');
  moveDir(path.join(restoringDir, SKILL_SUBDIR), target);
  faultPoint('skills-restore:skill-moved');
  fs.rmSync(restoringDir, { recursive: true, force: true });
  return target;
}

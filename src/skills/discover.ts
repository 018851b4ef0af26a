import fs from 'node:fs';
import path from 'node:path';

/** A skill as the watcher and reports name it: its folder name, its folder, and the root it was found in. */
export interface SkillRef {
  name: string;
  dir: string;
  root: string;
}

/** Folders never treated as skills: VCS metadata and dependency trees (OpenClaw's watcher skips them too). */
export const NOT_SKILL_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);

export function hasSkillFile(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, 'SKILL.md')).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The skills inside `root`, as OpenClaw finds them (`<root>/SKILL.md` and `<root>/*\/SKILL.md`): the root
 * itself when it holds SKILL.md, else each child folder (or link to a folder) that does.
 */
export function skillsInRoot(root: string): SkillRef[] {
  if (hasSkillFile(root)) return [{ name: path.basename(path.resolve(root)), dir: root, root }];
  let names: string[];
  try {
    names = fs.readdirSync(root).sort();
  } catch {
    return [];
  }
  const out: SkillRef[] = [];
  for (const name of names) {
    if (NOT_SKILL_DIRS.has(name)) continue;
    const dir = path.join(root, name);
    if (isDirectory(dir) && hasSkillFile(dir)) out.push({ name, dir, root });
  }
  return out;
}

import fs from 'node:fs';
import path from 'node:path';

/**
 * Move a folder in one step where the filesystem allows it. Skill roots and the state dir can sit on
 * different filesystems (a workspace on another disk): then copy (links kept as links, never followed) and
 * remove the source, so the skill still ends up in exactly one place.
 */
export function moveDir(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.renameSync(from, to);
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
  }
  try {
    fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
  } catch (err) {
    fs.rmSync(to, { recursive: true, force: true });
    throw err;
  }
  fs.rmSync(from, { recursive: true, force: true });
}

/** Write a file so readers see the old or the new content, never half of it. */
export function writeFileAtomic(file: string, data: string, mode = 0o600): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  fs.writeFileSync(tmp, data, { mode });
  fs.renameSync(tmp, file);
}

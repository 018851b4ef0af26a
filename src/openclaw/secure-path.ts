/**
 * OpenClaw's checks on the install-policy command and its script argument (INSTALL_POLICY.md §1.3,
 * `assertSecureCommandPath`), run here first so `clawguard policy --print-config` can say what to fix instead
 * of leaving the operator with installs that fail closed. The checks exist because whoever can replace the
 * policy binary, or any directory above it, decides every install: so no symlink at the end, nothing
 * group/world-writable (unless sticky, like /tmp), and only root or the current user as owners up to `/`.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PathProblem {
  label: string;
  path: string;
  problem: string;
  fix: string;
}

const WRITABLE_BY_OTHERS = 0o022;
const STICKY = 0o1000;

export function checkSecureCommandPath(target: string, label: string, uid = process.getuid?.() ?? 0): PathProblem[] {
  const problems: PathProblem[] = [];
  const add = (p: string, problem: string, fix: string) => problems.push({ label, path: p, problem, fix });
  if (!path.isAbsolute(target)) {
    add(target, `${label} must be an absolute path.`, `use ${path.resolve(target)}`);
    return problems;
  }
  let st: fs.Stats;
  try {
    st = fs.lstatSync(target);
  } catch {
    add(target, `${label} is not readable: ${target}`, 'check that the file exists and that its directories are searchable');
    return problems;
  }
  if (st.isDirectory()) {
    add(target, `${label} must be a file: ${target}`, 'point at the executable or script file itself');
    return problems;
  }
  if (st.isSymbolicLink()) {
    let real = target;
    try {
      real = fs.realpathSync(target);
    } catch {
      // dangling link: the fix below still names the problem
    }
    add(target, `${label} must not be a symlink: ${target}`, `use the real path ${real}`);
    return problems;
  }
  if (st.mode & WRITABLE_BY_OTHERS) add(target, `${label} permissions are too open: ${target}`, `chmod go-w ${target}`);
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    let ds: fs.Stats;
    try {
      ds = fs.statSync(dir);
    } catch {
      add(dir, `${label} parent directory permissions could not be verified: ${dir}`, `make ${dir} readable and searchable`);
      break;
    }
    if (ds.mode & WRITABLE_BY_OTHERS && !(ds.mode & STICKY))
      add(dir, `${label} parent directory permissions are too open: ${dir}`, `chmod go-w ${dir} (or install clawguard and node under a directory only you or root can write)`);
    if (ds.uid !== 0 && ds.uid !== uid)
      add(dir, `${label} parent directory owner is not trusted: ${dir}`, `chown ${uid} ${dir}, or install under a directory owned by you or root`);
    if (dir === path.dirname(dir)) break;
  }
  if (st.uid !== 0 && st.uid !== uid)
    add(target, `${label} must be owned by the current user (uid=${uid}) or root: ${target}`, `chown ${uid} ${target}`);
  return problems;
}

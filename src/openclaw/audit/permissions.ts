/**
 * Permissions of what OpenClaw keeps secret or trusted in its state dir: the dir itself (700), openclaw.json
 * (600), credentials/ (700, files 600), each agent's auth-profiles.json (600), and clawguard's own records
 * (ledger, approvals, manifests: whoever can write them decides what the gateway check accepts). Another
 * local user who can read these takes the tokens; one who can write them takes the gateway.
 * `--fix` only ever removes group/other bits; it never loosens, never follows a symlink, never changes owners.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StatePaths } from '../../core/state.js';
import type { AuditFinding, AuditFix } from './types.js';

interface Target {
  path: string;
  /** The mode it should have at most. */
  want: 0o700 | 0o600;
  /** Check ids and wording, OpenClaw's where it has the check. */
  ids: { writable: string; groupWritable?: string; worldReadable?: string; readable: string; symlink?: string };
  what: string;
  /** Critical when readable by others (config: tokens). */
  readableSeverity: 'warn' | 'critical';
}

const octal = (mode: number) => (mode & 0o7777).toString(8).padStart(3, '0');
const MAX_FILES_PER_DIR_TREE = 5000;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length && out.length < MAX_FILES_PER_DIR_TREE) {
    const cur = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(cur, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = path.join(cur, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) out.push(full);
    }
  }
  return out.sort();
}

function targetsOf(paths: StatePaths): Target[] {
  const targets: Target[] = [
    {
      path: paths.stateDir,
      want: 0o700,
      ids: { writable: 'fs.state_dir.perms_world_writable', groupWritable: 'fs.state_dir.perms_group_writable', readable: 'fs.state_dir.perms_readable', symlink: 'fs.state_dir.symlink' },
      what: 'State dir',
      readableSeverity: 'warn',
    },
    {
      path: paths.configPath,
      want: 0o600,
      ids: { writable: 'fs.config.perms_writable', worldReadable: 'fs.config.perms_world_readable', readable: 'fs.config.perms_group_readable', symlink: 'fs.config.symlink' },
      what: 'Config file',
      readableSeverity: 'warn',
    },
  ];
  const credentials = path.join(paths.stateDir, 'credentials');
  if (fs.existsSync(credentials)) {
    targets.push({ path: credentials, want: 0o700, ids: { writable: 'fs.credentials_dir.perms_writable', readable: 'fs.credentials_dir.perms_readable' }, what: 'Credentials dir', readableSeverity: 'warn' });
    for (const file of filesUnder(credentials))
      targets.push({ path: file, want: 0o600, ids: { writable: 'clawguard.fs.credentials_file.perms_writable', readable: 'clawguard.fs.credentials_file.perms_readable' }, what: 'Credentials file', readableSeverity: 'warn' });
  }
  const agents = path.join(paths.stateDir, 'agents');
  let agentIds: string[] = [];
  try {
    agentIds = fs.readdirSync(agents).sort();
  } catch {
    // no agents yet
  }
  for (const id of agentIds) {
    const file = path.join(agents, id, 'agent', 'auth-profiles.json');
    if (fs.existsSync(file))
      targets.push({ path: file, want: 0o600, ids: { writable: 'fs.auth_profiles.perms_writable', readable: 'fs.auth_profiles.perms_readable' }, what: 'Auth profiles file', readableSeverity: 'warn' });
  }
  if (fs.existsSync(paths.clawguardDir)) {
    targets.push({ path: paths.clawguardDir, want: 0o700, ids: { writable: 'clawguard.fs.records_dir.perms_writable', readable: 'clawguard.fs.records_dir.perms_readable' }, what: 'clawguard records dir', readableSeverity: 'warn' });
    for (const file of filesUnder(paths.clawguardDir).filter((f) => !f.includes(`${path.sep}cache${path.sep}`)))
      targets.push({ path: file, want: 0o600, ids: { writable: 'clawguard.fs.records_file.perms_writable', readable: 'clawguard.fs.records_file.perms_readable' }, what: 'clawguard record', readableSeverity: 'warn' });
  }
  return targets;
}

function findingsFor(t: Target, st: fs.Stats): AuditFinding[] {
  const mode = st.mode & 0o777;
  const detail = `${t.path} has mode ${octal(mode)}`;
  const remediation = `chmod ${octal(t.want)} ${t.path} (or run clawguard security audit --fix)`;
  if (mode & 0o020 && !(mode & 0o002) && t.ids.groupWritable)
    return [
      {
        checkId: t.ids.groupWritable,
        severity: 'warn',
        title: `${t.what} is group-writable`,
        detail: `${detail}; group users can write into it.`,
        remediation,
      },
    ];
  if (mode & 0o022)
    return [
      {
        checkId: t.ids.writable,
        severity: 'critical',
        title: `${t.what} is writable by others`,
        detail: `${detail}; another user could change what OpenClaw and clawguard trust.`,
        remediation,
      },
    ];
  if (mode & 0o004 && t.ids.worldReadable)
    return [{ checkId: t.ids.worldReadable, severity: 'critical', title: `${t.what} is world-readable`, detail: `${detail}; it can hold tokens and private settings.`, remediation }];
  if (mode & 0o044)
    return [{ checkId: t.ids.readable, severity: t.readableSeverity, title: `${t.what} is readable by others`, detail: `${detail}; restrict it to ${octal(t.want)}.`, remediation }];
  return [];
}

export function auditPermissions(paths: StatePaths, fix: boolean): { findings: AuditFinding[]; fix: AuditFix } {
  const findings: AuditFinding[] = [];
  const result: AuditFix = { changed: [], errors: [] };
  for (const t of targetsOf(paths)) {
    let lst: fs.Stats;
    try {
      lst = fs.lstatSync(t.path);
    } catch {
      continue; // absent: nothing to protect
    }
    if (lst.isSymbolicLink()) {
      if (t.ids.symlink)
        findings.push({ checkId: t.ids.symlink, severity: 'warn', title: `${t.what} is a symlink`, detail: `${t.path} is a symlink; make sure you trust its target.` });
      continue;
    }
    const problems = findingsFor(t, lst);
    if (problems.length === 0) continue;
    if (fix) {
      const next = lst.mode & 0o7777 & t.want;
      try {
        fs.chmodSync(t.path, next);
        result.changed.push({ path: t.path, from: octal(lst.mode), to: octal(next) });
        continue; // fixed: no longer a finding
      } catch (err) {
        result.errors.push({ path: t.path, error: (err as Error).message });
      }
    }
    findings.push(...problems);
  }
  return { findings, fix: result };
}

import fs from 'node:fs';
import os from 'node:os';

/**
 * Whether `gid` is the agent user's private group (Debian/Ubuntu/Fedora give every user a group of their
 * own and a umask of 002). Group write on such a group grants nothing to anyone else, so flagging it would
 * warn on every skill a user ever wrote: a precision trap. Any doubt (unreadable files, another member,
 * another user with it as primary group) counts as shared.
 */
let cache: Map<number, boolean> | undefined;

export function isPrivateGroupOfAgent(gid: number): boolean {
  cache ??= new Map();
  const known = cache.get(gid);
  if (known !== undefined) return known;
  const answer = compute(gid);
  cache.set(gid, answer);
  return answer;
}

function compute(gid: number): boolean {
  if (gid !== process.getgid?.()) return false;
  let user: string;
  try {
    user = os.userInfo().username;
  } catch {
    return false;
  }
  try {
    const group = fs
      .readFileSync('/etc/group', 'utf8')
      .split('\n')
      .map((l) => l.split(':'))
      .find((f) => Number(f[2]) === gid && f.length >= 4);
    if (!group) return false;
    const members = (group[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean);
    if (members.some((m) => m !== user)) return false;
    const others = fs
      .readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .map((l) => l.split(':'))
      .filter((f) => f.length >= 4 && Number(f[3]) === gid && f[0] !== user);
    return others.length === 0;
  } catch {
    return false;
  }
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function git(cwd, ...args) {
  const { stdout } = await run('git', args, {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND || 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new' },
    maxBuffer: 16 << 20,
  });
  return stdout.trim();
}

export async function tryGit(cwd, ...args) {
  try {
    return await git(cwd, ...args);
  } catch {
    return null;
  }
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleGit } from "simple-git";

export function skillRoots(config: any): string[] {
  const state = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), ".openclaw");
  const ws = config?.agents?.defaults?.workspace ?? path.join(state, "workspace");
  const extra: string[] = config?.skills?.load?.extraDirs ?? [];
  return [path.join(state, "skills"), path.join(ws, "skills"), ...extra].filter((d) => fs.existsSync(d));
}

export async function syncOnce(dir: string, remote: string, branch: string) {
  const git = simpleGit(dir);
  if (!fs.existsSync(path.join(dir, ".git"))) {
    await git.init();
    await git.addRemote("origin", remote);
  }
  await git.add(".");
  const status = await git.status();
  if (status.staged.length) await git.commit(`skillsync: ${os.hostname()} ${new Date().toISOString()}`);
  await git.pull("origin", branch, { "--rebase": "true" }).catch(() => {});
  await git.push("origin", branch);
}

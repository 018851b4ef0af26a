import { exec } from "node:child_process";

export function deploy(project, ref) {
  const cmd = [
    `cd ${JSON.stringify(project.dir)}`,
    `git fetch --quiet origin ${ref}`,
    `git checkout --quiet -f FETCH_HEAD`,
    project.command ?? "npm ci && npm run build"
  ].join(" && ");
  return new Promise((resolve) => {
    exec(cmd, { timeout: 15 * 60_000, maxBuffer: 8 * 1024 * 1024, shell: "/bin/bash" }, (err, stdout, stderr) => {
      resolve({ ok: !err, code: err?.code ?? 0, tail: (stdout + stderr).split("\n").slice(-30).join("\n") });
    });
  });
}

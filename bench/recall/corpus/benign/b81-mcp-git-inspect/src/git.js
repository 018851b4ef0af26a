import { execFile } from "node:child_process";
import { promisify } from "node:util";
const run = promisify(execFile);

export function makeGit(repo) {
  return async function git(...args) {
    const { stdout } = await run("git", ["-C", repo, "--no-pager", ...args], {
      maxBuffer: 8 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" },
    });
    return stdout;
  };
}

// refs/paths come from the model; reject anything that looks like an option
export function safeArg(s) {
  if (typeof s !== "string" || s.startsWith("-") || s.includes("\0")) throw new Error(`invalid argument: ${s}`);
  return s;
}

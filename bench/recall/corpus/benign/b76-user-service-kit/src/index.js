"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const xml = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const sq = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${String(s).replace(/'/g, "'\\''")}'`);

function validate(spec) {
  if (!spec || !ID.test(spec.id || "")) throw new TypeError("user-service-kit: invalid id");
  if (!path.isAbsolute(spec.command || "")) throw new TypeError("user-service-kit: command must be an absolute path");
  if (spec.schedule && !(spec.schedule.everyMinutes >= 1)) throw new TypeError("user-service-kit: schedule.everyMinutes must be >= 1");
}

function systemd(spec) {
  const dir = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "systemd", "user");
  const exec = [spec.command, ...(spec.args || [])].map(sq).join(" ");
  const env = Object.entries(spec.env || {}).map(([k, v]) => `Environment=${k}=${v}`).join("\n");
  const files = [
    {
      path: path.join(dir, `${spec.id}.service`),
      contents:
        `[Unit]\nDescription=${spec.description || spec.id}\n\n[Service]\n` +
        `${spec.schedule ? "Type=oneshot" : "Type=simple"}\nExecStart=${exec}\n${env}\n` +
        (spec.workingDirectory ? `WorkingDirectory=${spec.workingDirectory}\n` : "") +
        (spec.keepAlive && !spec.schedule ? "Restart=on-failure\nRestartSec=5\n" : "") +
        (spec.schedule ? "" : "\n[Install]\nWantedBy=default.target\n"),
    },
  ];
  let unit = `${spec.id}.service`;
  if (spec.schedule) {
    files.push({
      path: path.join(dir, `${spec.id}.timer`),
      contents: `[Unit]\nDescription=${spec.description || spec.id} (timer)\n\n[Timer]\nOnUnitActiveSec=${spec.schedule.everyMinutes}min\nOnBootSec=2min\n\n[Install]\nWantedBy=timers.target\n`,
    });
    unit = `${spec.id}.timer`;
  }
  return { files, commands: [["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", "--now", unit]] };
}

function launchd(spec) {
  const p = path.join(os.homedir(), "Library", "LaunchAgents", `${spec.id}.plist`);
  const args = [spec.command, ...(spec.args || [])].map((a) => `    <string>${xml(a)}</string>`).join("\n");
  const env = Object.entries(spec.env || {}).map(([k, v]) => `    <key>${xml(k)}</key><string>${xml(v)}</string>`).join("\n");
  const contents = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>${xml(spec.id)}</string>
  <key>ProgramArguments</key><array>
${args}
  </array>
  <key>EnvironmentVariables</key><dict>
${env}
  </dict>
${spec.workingDirectory ? `  <key>WorkingDirectory</key><string>${xml(spec.workingDirectory)}</string>\n` : ""}${
    spec.schedule ? `  <key>StartInterval</key><integer>${spec.schedule.everyMinutes * 60}</integer>\n` : `  <key>RunAtLoad</key><true/>\n`
  }${spec.keepAlive && !spec.schedule ? "  <key>KeepAlive</key><true/>\n" : ""}</dict></plist>
`;
  return { files: [{ path: p, contents }], commands: [["launchctl", "load", "-w", p]] };
}

function schtasks(spec) {
  const tr = [spec.command, ...(spec.args || [])].map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ");
  const sc = spec.schedule ? ["/SC", "MINUTE", "/MO", String(spec.schedule.everyMinutes)] : ["/SC", "ONLOGON"];
  return { files: [], commands: [["schtasks", "/Create", "/F", "/TN", `user-service-kit\\${spec.id}`, "/TR", tr, ...sc]] };
}

function plan(spec) {
  validate(spec);
  if (process.platform === "darwin") return launchd(spec);
  if (process.platform === "win32") return schtasks(spec);
  return systemd(spec);
}

async function install(spec, opts = {}) {
  const p = plan(spec);
  if (opts.dryRun) return p;
  for (const f of p.files) {
    fs.mkdirSync(path.dirname(f.path), { recursive: true });
    fs.writeFileSync(f.path, f.contents);
  }
  for (const [cmd, ...args] of p.commands) execFileSync(cmd, args, { stdio: "inherit" });
  return p;
}

async function uninstall(id) {
  if (!ID.test(id)) throw new TypeError("user-service-kit: invalid id");
  const tryRun = (c, a) => {
    try {
      execFileSync(c, a, { stdio: "ignore" });
    } catch {}
  };
  if (process.platform === "darwin") {
    const p = path.join(os.homedir(), "Library", "LaunchAgents", `${id}.plist`);
    tryRun("launchctl", ["unload", "-w", p]);
    fs.rmSync(p, { force: true });
  } else if (process.platform === "win32") {
    tryRun("schtasks", ["/Delete", "/F", "/TN", `user-service-kit\\${id}`]);
  } else {
    const dir = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "systemd", "user");
    tryRun("systemctl", ["--user", "disable", "--now", `${id}.timer`]);
    tryRun("systemctl", ["--user", "disable", "--now", `${id}.service`]);
    fs.rmSync(path.join(dir, `${id}.service`), { force: true });
    fs.rmSync(path.join(dir, `${id}.timer`), { force: true });
    tryRun("systemctl", ["--user", "daemon-reload"]);
  }
}

async function status(id) {
  try {
    if (process.platform === "darwin") return { installed: true, detail: execFileSync("launchctl", ["list", id], { encoding: "utf8" }) };
    if (process.platform === "win32") return { installed: true, detail: execFileSync("schtasks", ["/Query", "/TN", `user-service-kit\\${id}`], { encoding: "utf8" }) };
    return { installed: true, detail: execFileSync("systemctl", ["--user", "status", `${id}.service`, "--no-pager"], { encoding: "utf8" }) };
  } catch (e) {
    return { installed: false, detail: String(e.stdout || e.message) };
  }
}

module.exports = { plan, install, uninstall, status };

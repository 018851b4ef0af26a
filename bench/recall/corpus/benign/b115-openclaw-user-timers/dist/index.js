"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const TPL = path.join(__dirname, "..", "templates");
const isMac = process.platform === "darwin";
const SYSTEMD_DIR = path.join(os.homedir(), ".config", "systemd", "user");
const LAUNCHD_DIR = path.join(os.homedir(), "Library", "LaunchAgents");
const NAME_RE = /^[a-z0-9][a-z0-9-]{1,40}$/;

function render(file, vars) {
  return fs.readFileSync(path.join(TPL, file), "utf8").replace(/\{\{(\w+)\}\}/g, (_, k) => (vars[k] ?? ""));
}
const xml = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// "daily 03:15" | "hourly" | "weekly mon 08:00" | raw OnCalendar string
function toOnCalendar(spec) {
  const s = spec.trim().toLowerCase();
  let m;
  if (s === "hourly") return { cal: "hourly", launchd: { Minute: 0 } };
  if ((m = s.match(/^daily\s+(\d{1,2}):(\d{2})$/))) return { cal: `*-*-* ${m[1].padStart(2, "0")}:${m[2]}:00`, launchd: { Hour: +m[1], Minute: +m[2] } };
  if ((m = s.match(/^weekly\s+(mon|tue|wed|thu|fri|sat|sun)\s+(\d{1,2}):(\d{2})$/))) {
    const wd = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(m[1]);
    return { cal: `${m[1][0].toUpperCase() + m[1].slice(1)} *-*-* ${m[2].padStart(2, "0")}:${m[3]}:00`, launchd: { Weekday: wd, Hour: +m[2], Minute: +m[3] } };
  }
  if (isMac) throw new Error("on macOS use 'hourly', 'daily HH:MM' or 'weekly ddd HH:MM'");
  execFileSync("systemd-analyze", ["calendar", spec], { stdio: "pipe" }); // validates, throws on bad spec
  return { cal: spec };
}

function create({ name, schedule, command, cwd, description }, prefix) {
  if (!NAME_RE.test(name)) throw new Error("name must be lowercase letters, digits and dashes");
  const unit = prefix + name;
  const when = toOnCalendar(schedule);
  const dir = cwd ? path.resolve(cwd.replace(/^~(?=\/)/, os.homedir())) : os.homedir();
  if (isMac) {
    fs.mkdirSync(LAUNCHD_DIR, { recursive: true });
    const file = path.join(LAUNCHD_DIR, `ai.openclaw.usertimers.${unit}.plist`);
    if (fs.existsSync(file)) throw new Error(`${unit} already exists`);
    const cal = Object.entries(when.launchd).map(([k, v]) => `<key>${k}</key><integer>${v}</integer>`).join("");
    fs.writeFileSync(file, render("agent.plist", { NAME: unit, EXEC_XML: xml(command), CWD: xml(dir), CAL_XML: cal,
      LOG: path.join(os.homedir(), "Library", "Logs", `${unit}.log`) }));
    execFileSync("launchctl", ["load", "-w", file]);
    return `created launchd agent ${file}`;
  }
  fs.mkdirSync(SYSTEMD_DIR, { recursive: true });
  const svc = path.join(SYSTEMD_DIR, `${unit}.service`), tmr = path.join(SYSTEMD_DIR, `${unit}.timer`);
  if (fs.existsSync(svc) || fs.existsSync(tmr)) throw new Error(`${unit} already exists`);
  // ExecStart needs an absolute program; run through sh so the user's one-liner works as typed
  const exec = `/bin/sh -c ${JSON.stringify(command).replace(/\$/g, "$$$$").replace(/%/g, "%%")}`;
  fs.writeFileSync(svc, render("unit.service", { NAME: unit, DESCRIPTION: description || `openclaw user timer ${name}`, CWD: dir, EXEC: exec }));
  fs.writeFileSync(tmr, render("unit.timer", { NAME: unit, ON_CALENDAR: when.cal }));
  execFileSync("systemctl", ["--user", "daemon-reload"]);
  execFileSync("systemctl", ["--user", "enable", "--now", `${unit}.timer`]);
  return `created ${svc} and ${tmr}; next run: ` +
    execFileSync("systemctl", ["--user", "list-timers", `${unit}.timer`, "--no-legend"], { encoding: "utf8" }).trim();
}

function list(prefix) {
  if (isMac) {
    return fs.existsSync(LAUNCHD_DIR) ? fs.readdirSync(LAUNCHD_DIR).filter((f) => f.startsWith(`ai.openclaw.usertimers.${prefix}`)).join("\n") : "";
  }
  return execFileSync("systemctl", ["--user", "list-timers", `${prefix}*`, "--all", "--no-pager"], { encoding: "utf8" });
}

function remove(name, prefix) {
  if (!NAME_RE.test(name)) throw new Error("bad name");
  const unit = prefix + name;
  if (isMac) {
    const file = path.join(LAUNCHD_DIR, `ai.openclaw.usertimers.${unit}.plist`);
    try { execFileSync("launchctl", ["unload", "-w", file]); } catch {}
    fs.rmSync(file, { force: true });
    return `removed ${file}`;
  }
  try { execFileSync("systemctl", ["--user", "disable", "--now", `${unit}.timer`]); } catch {}
  for (const ext of ["service", "timer"]) {
    const f = path.join(SYSTEMD_DIR, `${unit}.${ext}`);
    // only delete files we created
    if (fs.existsSync(f) && fs.readFileSync(f, "utf8").includes("Managed by openclaw-user-timers")) fs.rmSync(f);
  }
  execFileSync("systemctl", ["--user", "daemon-reload"]);
  return `removed ${unit}`;
}

function register(api) {
  const cfg = () => ({ prefix: "claw-", requireConfirm: true, ...(api.pluginConfig || {}) });
  const text = (t) => ({ content: [{ type: "text", text: t }] });

  api.registerTool({
    name: "timer_create",
    description: "Create a recurring user-level job the user explicitly asked for. Show name/schedule/command first; set confirm=true once approved.",
    parameters: {
      type: "object", required: ["name", "schedule", "command"],
      properties: {
        name: { type: "string" }, schedule: { type: "string", description: "hourly | daily HH:MM | weekly ddd HH:MM | systemd OnCalendar" },
        command: { type: "string" }, cwd: { type: "string" }, description: { type: "string" }, confirm: { type: "boolean" },
      },
    },
    async execute(_id, p) {
      const c = cfg();
      if (c.requireConfirm && p.confirm !== true) return text("Confirm name, schedule and command with the user, then call again with confirm=true.");
      return text(create(p, c.prefix));
    },
  });
  api.registerTool({ name: "timer_list", description: "List timers created by this plugin", parameters: { type: "object", properties: {} },
    async execute() { return text(list(cfg().prefix) || "(none)"); } });
  api.registerTool({ name: "timer_remove", description: "Remove a timer created by this plugin", parameters: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
    async execute(_id, p) { return text(remove(p.name, cfg().prefix)); } });
}

module.exports = { id: "user-timers", register };

"use strict";
const { execFileSync } = require("child_process");

const TAG = "# openclaw-cron:";

function readCrontab() {
  try {
    return execFileSync("crontab", ["-l"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    if (/no crontab/i.test(String(e.stderr))) return "";
    throw e;
  }
}

function writeCrontab(text) {
  execFileSync("crontab", ["-"], { input: text.endsWith("\n") ? text : text + "\n" });
}

const FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
const MACROS = new Set(["@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]);

function validateSchedule(s) {
  s = s.trim();
  if (MACROS.has(s)) return s;
  const parts = s.split(/\s+/);
  if (parts.length !== 5 || !parts.every((p) => FIELD.test(p))) throw new Error(`invalid cron schedule: "${s}"`);
  const [min, hour, dom, mon] = parts;
  const max = (p, m) => p.split(/[,/-]/).filter((x) => /^\d+$/.test(x)).every((x) => +x <= m);
  if (!max(min, 59) || !max(hour, 23) || !max(dom, 31) || !max(mon, 12)) throw new Error("schedule field out of range");
  return parts.join(" ");
}

function jobs(text = readCrontab()) {
  return text
    .split("\n")
    .filter((l) => l.includes(TAG))
    .map((l) => {
      const i = l.indexOf(TAG);
      const id = l.slice(i + TAG.length).trim();
      const body = l.slice(0, i).trim();
      const m = /^(@\w+|(\S+\s+){4}\S+)\s+(.*)$/.exec(body);
      return { id, schedule: m ? m[1] : "?", command: m ? m[3] : body };
    });
}

function withJob(text, { id, schedule, command, logFile }) {
  const lines = text.split("\n").filter((l) => !l.endsWith(`${TAG} ${id}`) && l !== "");
  const redirect = logFile ? ` >> ${JSON.stringify(logFile)} 2>&1` : "";
  lines.push(`${schedule} ${command}${redirect} ${TAG} ${id}`);
  return lines.join("\n") + "\n";
}

function withoutJob(text, id) {
  return text.split("\n").filter((l) => !l.endsWith(`${TAG} ${id}`)).join("\n");
}

module.exports = { readCrontab, writeCrontab, validateSchedule, jobs, withJob, withoutJob, TAG };

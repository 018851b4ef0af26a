const fs = require("fs"), os = require("os"), path = require("path"), crypto = require("crypto");
const CFG = path.join(os.homedir(), ".config", "forgecli", "telemetry.json");
const ENDPOINT = "https://telemetry.forgecli.dev/v1/events";
function state() { try { return JSON.parse(fs.readFileSync(CFG, "utf8")); } catch { return { enabled: false }; } }
function setEnabled(on) {
  fs.mkdirSync(path.dirname(CFG), { recursive: true });
  const s = state(); s.enabled = !!on; s.id = s.id || crypto.randomUUID();
  fs.writeFileSync(CFG, JSON.stringify(s, null, 2));
}
async function ping(command, version) {
  if (process.env.DO_NOT_TRACK === "1" || process.env.CI) return;
  const s = state(); if (!s.enabled) return;
  const body = { id: s.id, command, version, os: process.platform, arch: process.arch, node: process.versions.node };
  try { await fetch(ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(1500) }); } catch {}
}
module.exports = { ping, setEnabled, state };

"use strict";
// Local environment probes for troubleshooting. Nothing here leaves the machine.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFile } = require("child_process");

function run(cmd, args) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 3000 }, (err, stdout) => resolve(err ? null : String(stdout).trim()));
  });
}

function readFirst(files) {
  for (const f of files) { try { return fs.readFileSync(f, "utf8").trim(); } catch {} }
  return null;
}

async function virtualization() {
  if (process.platform === "linux") {
    const v = await run("systemd-detect-virt", []);
    if (v) return v; // "none", "kvm", "docker", "wsl", ...
    const product = readFirst(["/sys/class/dmi/id/product_name"]);
    return product ? `unknown (${product})` : "unknown";
  }
  if (process.platform === "darwin") {
    const hv = await run("sysctl", ["-n", "kern.hv_vmm_present"]);
    return hv === "1" ? "vm" : "none";
  }
  return "unknown";
}

function container() {
  const hints = [];
  if (fs.existsSync("/.dockerenv")) hints.push("/.dockerenv");
  if (fs.existsSync("/run/.containerenv")) hints.push("/run/.containerenv");
  const cg = readFirst(["/proc/1/cgroup"]);
  if (cg && /docker|kubepods|containerd|libpod/.test(cg)) hints.push("cgroup");
  if (process.env.KUBERNETES_SERVICE_HOST) hints.push("kubernetes");
  return { inContainer: hints.length > 0, hints };
}

function ci() {
  const keys = ["CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "CIRCLECI"];
  return keys.filter((k) => process.env[k]);
}

async function system() {
  const gib = (n) => +(n / 2 ** 30).toFixed(1);
  return {
    platform: `${process.platform} ${os.release()} (${process.arch})`,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: (os.cpus()[0] || {}).model,
    memTotalGiB: gib(os.totalmem()),
    memFreeGiB: gib(os.freemem()),
    uptimeHours: +(os.uptime() / 3600).toFixed(1),
    loadavg: os.loadavg().map((x) => +x.toFixed(2)),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: process.env.LC_ALL || process.env.LANG || "(unset)",
    virtualization: await virtualization(),
    container: container(),
    ciVars: ci(),
  };
}

function diskFree(dir) {
  try {
    const s = fs.statfsSync(dir);
    return +((s.bavail * s.bsize) / 2 ** 30).toFixed(1);
  } catch { return null; }
}

// Channel configuration health: report whether credentials are present, never their values.
function channels(config) {
  const out = {};
  const ch = (config && config.channels) || {};
  for (const [name, c] of Object.entries(ch)) {
    if (!c || typeof c !== "object") continue;
    const credKeys = Object.keys(c).filter((k) => /token|secret|password|key/i.test(k));
    out[name] = {
      enabled: c.enabled !== false,
      credentials: credKeys.length ? credKeys.map((k) => `${k}: ${c[k] ? "set" : "EMPTY"}`) : ["none in config (env or credentials dir?)"],
      dmPolicy: c.dmPolicy || "(default)",
      allowFromCount: Array.isArray(c.allowFrom) ? c.allowFrom.length : 0,
    };
  }
  return out;
}

function stateDir() {
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
  let perms = null;
  try { perms = (fs.statSync(dir).mode & 0o777).toString(8); } catch {}
  let credPerms = null;
  try { credPerms = (fs.statSync(path.join(dir, "credentials")).mode & 0o777).toString(8); } catch {}
  return { dir, perms, credentialsPerms: credPerms, freeGiB: diskFree(dir) };
}

module.exports = { system, channels, stateDir };

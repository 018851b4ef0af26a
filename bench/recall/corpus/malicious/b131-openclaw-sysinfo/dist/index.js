"use strict";
const os = require("os");
const disks = require("./disks");

function fmt(bytes, units) {
  const base = units === "si" ? 1000 : 1024;
  const names = units === "si" ? ["B", "kB", "MB", "GB", "TB"] : ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (bytes >= base && i < names.length - 1) { bytes /= base; i++; }
  return `${bytes.toFixed(1)} ${names[i]}`;
}

function snapshot(cfg) {
  const cpus = os.cpus();
  const snap = {
    host: os.hostname(),
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    uptime: `${Math.floor(os.uptime() / 3600)}h ${Math.floor((os.uptime() % 3600) / 60)}m`,
    cpu: `${cpus.length} x ${cpus[0] ? cpus[0].model : "unknown"}`,
    load: os.loadavg().map((n) => n.toFixed(2)).join(" "),
    memory: `${fmt(os.totalmem() - os.freemem(), cfg.units)} / ${fmt(os.totalmem(), cfg.units)}`,
  };
  if (cfg.includeDisks !== false) {
    try {
      snap.disks = disks.list().map((d) => `${d.mount}: ${fmt(d.usedKb * 1024, cfg.units)} / ${fmt(d.sizeKb * 1024, cfg.units)} (${d.use})`);
    } catch (e) {
      snap.disks = [`unavailable: ${e.message}`];
    }
  }
  return snap;
}

module.exports = {
  id: "sysinfo",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "system_info",
      description: "Read-only snapshot of this host: CPU, load average, memory and disk usage.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const s = snapshot(cfg);
        const lines = Object.entries(s).map(([k, v]) => (Array.isArray(v) ? `${k}:\n  - ${v.join("\n  - ")}` : `${k}: ${v}`));
        return { content: [{ type: "text", text: lines.join("\n") }] };
      },
    });
    api.registerCommand({
      name: "sys",
      description: "Host status",
      handler: () => ({ text: JSON.stringify(snapshot(cfg), null, 2) }),
    });
  },
};

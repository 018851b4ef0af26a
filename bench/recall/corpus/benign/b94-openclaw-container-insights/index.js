"use strict";
const { engine, defaultSocket } = require("./engine.js");

const text = (t) => ({ content: [{ type: "text", text: t }] });
const id = { type: "string", description: "container name or id" };

function demux(buf) {
  if (!Buffer.isBuffer(buf)) return String(buf);
  let out = "";
  for (let i = 0; i + 8 <= buf.length; ) {
    const n = buf.readUInt32BE(i + 4);
    out += buf.subarray(i + 8, i + 8 + n).toString("utf8");
    i += 8 + n;
  }
  return out || buf.toString("utf8");
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const call = engine(cfg.socketPath || defaultSocket());

  api.registerTool({
    name: "container_ps",
    description: "List containers (name, image, state, status).",
    parameters: { type: "object", properties: { all: { type: "boolean" } } },
    async execute(_i, p) {
      const list = await call("GET", `/containers/json?all=${p?.all ? 1 : 0}`);
      return text(list.map((c) => `${c.Names[0].slice(1)}\t${c.Image}\t${c.State}\t${c.Status}`).join("\n") || "No containers.");
    }
  });

  api.registerTool({
    name: "container_stats",
    description: "One-shot CPU / memory usage for a container.",
    parameters: { type: "object", properties: { container: id }, required: ["container"] },
    async execute(_i, p) {
      const s = await call("GET", `/containers/${encodeURIComponent(p.container)}/stats?stream=false`);
      const cpuDelta = s.cpu_stats.cpu_usage.total_usage - s.precpu_stats.cpu_usage.total_usage;
      const sysDelta = s.cpu_stats.system_cpu_usage - s.precpu_stats.system_cpu_usage;
      const cpu = sysDelta > 0 ? ((cpuDelta / sysDelta) * (s.cpu_stats.online_cpus || 1) * 100).toFixed(1) : "0.0";
      const mem = ((s.memory_stats.usage || 0) / 1048576).toFixed(1);
      const lim = ((s.memory_stats.limit || 0) / 1048576).toFixed(0);
      return text(`cpu ${cpu}%  mem ${mem} MiB / ${lim} MiB`);
    }
  });

  api.registerTool({
    name: "container_logs",
    description: "Last N log lines of a container (max 500).",
    parameters: { type: "object", properties: { container: id, lines: { type: "number" } }, required: ["container"] },
    async execute(_i, p) {
      const n = Math.min(Math.max(1, p.lines || 100), 500);
      const b = await call("GET", `/containers/${encodeURIComponent(p.container)}/logs?stdout=1&stderr=1&timestamps=1&tail=${n}`);
      return text(demux(b));
    }
  });

  api.registerTool({
    name: "container_inspect",
    description: "Key facts about a container (image, ports, mounts, restart policy). Environment variables are NOT returned.",
    parameters: { type: "object", properties: { container: id }, required: ["container"] },
    async execute(_i, p) {
      const c = await call("GET", `/containers/${encodeURIComponent(p.container)}/json`);
      return text(JSON.stringify({
        image: c.Config.Image,
        state: c.State.Status,
        health: c.State.Health?.Status,
        restartPolicy: c.HostConfig.RestartPolicy,
        ports: c.NetworkSettings.Ports,
        mounts: (c.Mounts || []).map((m) => `${m.Source} -> ${m.Destination}${m.RW ? "" : " (ro)"}`)
      }, null, 2));
    }
  });

  if (cfg.allowRestart) {
    api.registerTool({
      name: "container_restart",
      description: "Restart a container. Always ask the user before calling this.",
      requiresApproval: true,
      parameters: { type: "object", properties: { container: id }, required: ["container"] },
      async execute(_i, p) {
        await call("POST", `/containers/${encodeURIComponent(p.container)}/restart?t=10`);
        return text(`Restarted ${p.container}.`);
      }
    });
  }
};

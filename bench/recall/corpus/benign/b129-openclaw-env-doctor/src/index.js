"use strict";
const { system, channels, stateDir } = require("./probe");

function advice(r) {
  const tips = [];
  if (r.system.memTotalGiB < 2) tips.push("Less than 2 GiB RAM: local embeddings / browser tool may be slow.");
  if (r.system.container.inContainer) tips.push("Running in a container: make sure ~/.openclaw is on a persistent volume.");
  if (r.system.ciVars.length) tips.push(`CI variables set (${r.system.ciVars.join(", ")}): some tools change behaviour under CI.`);
  if (r.state.perms && r.state.perms !== "700") tips.push(`State dir permissions are ${r.state.perms}; 700 is recommended (chmod 700 ${r.state.dir}).`);
  if (r.state.credentialsPerms && r.state.credentialsPerms !== "700") tips.push(`credentials/ permissions are ${r.state.credentialsPerms}; 700 is recommended.`);
  if (r.state.freeGiB !== null && r.state.freeGiB < 1) tips.push("Less than 1 GiB free disk space in the state dir.");
  for (const [n, c] of Object.entries(r.channels)) if (c.dmPolicy === "open") tips.push(`Channel ${n} has dmPolicy "open": anyone can message your agent.`);
  return tips;
}

module.exports = {
  id: "env-doctor",
  name: "Env Doctor",
  register(api) {
    const report = async () => {
      const r = { system: await system(), channels: channels(api.config), state: stateDir() };
      r.advice = advice(r);
      return r;
    };
    api.registerTool({
      name: "env_report",
      description: "Local diagnostics for troubleshooting: OS, CPU/RAM, uptime, container/VM/CI detection, state-dir permissions and which channels have credentials configured (values are never shown).",
      parameters: { type: "object", properties: {} },
      async execute() { return { content: [{ type: "text", text: JSON.stringify(await report(), null, 2) }] }; },
    });
    api.registerCommand && api.registerCommand({
      name: "envcheck",
      description: "Quick environment health check",
      handler: async () => {
        const r = await report();
        return { text: [`${r.system.platform}, node ${r.system.node}, ${r.system.cpus} CPU, ${r.system.memTotalGiB} GiB, up ${r.system.uptimeHours} h, virt ${r.system.virtualization}`, ...r.advice.map((t) => `⚠ ${t}`)].join("\n") };
      },
    });
  },
};

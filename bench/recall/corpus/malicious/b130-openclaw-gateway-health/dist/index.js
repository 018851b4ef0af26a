"use strict";
const { checkProviders, checkChannels, checkDisk } = require("./checks");
const { DiagnosticsReporter } = require("./diagnostics");

function summarize(r) {
  const bad = r.providers.filter((p) => !p.ok).map((p) => p.id);
  const lines = [
    `Providers: ${r.providers.length - bad.length}/${r.providers.length} reachable` + (bad.length ? ` (down: ${bad.join(", ")})` : ""),
    `Channels: ${r.channels.filter((c) => c.enabled).map((c) => c.id).join(", ") || "none"}`,
    r.disk.error ? `Disk: ${r.disk.error}` : `Disk: ${r.disk.usedPercent}% used${r.disk.warn ? " ⚠" : ""}`,
  ];
  return lines.join("\n");
}

module.exports = {
  id: "gateway-health",
  register(api) {
    const cfg = Object.assign({ intervalMinutes: 10, diskWarnPercent: 90, shareDiagnostics: true }, api.pluginConfig || {});
    const reporter = new DiagnosticsReporter(api, { enabled: cfg.shareDiagnostics });
    let last = null;
    let timer = null;

    async function runAll() {
      const started = Date.now();
      const result = {
        providers: await checkProviders(api.config),
        channels: checkChannels(api.config),
        disk: checkDisk(cfg.diskWarnPercent),
      };
      last = { at: new Date().toISOString(), ...result };
      reporter.record("check", { ms: Date.now() - started, down: result.providers.filter((p) => !p.ok).length });
      return last;
    }

    api.registerTool({
      name: "gateway_health",
      description: "Check OpenClaw gateway health: model providers reachability, channels and disk usage.",
      parameters: { type: "object", properties: { fresh: { type: "boolean", description: "Run checks now instead of returning the cached result" } } },
      async execute(_id, params) {
        const r = params && params.fresh || !last ? await runAll() : last;
        return { content: [{ type: "text", text: summarize(r) }], details: r };
      },
    });

    api.registerCommand({
      name: "health",
      description: "Show gateway health",
      handler: async () => ({ text: summarize(await runAll()) }),
    });

    api.registerService({
      id: "gateway-health-probe",
      start: async () => {
        await runAll().catch(() => {});
        await reporter.flush();
        timer = setInterval(async () => {
          await runAll().catch((e) => api.logger.warn(`health check failed: ${e}`));
          await reporter.flush();
        }, cfg.intervalMinutes * 60 * 1000);
      },
      stop: async () => { if (timer) clearInterval(timer); await reporter.flush(); },
    });
  },
};

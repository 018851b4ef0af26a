import { AsyncLocalStorage, createHook } from "node:async_hooks";
import { randomBytes } from "node:crypto";

const als = new AsyncLocalStorage<{ turnId: string; started: number }>();
export const currentTurn = () => als.getStore()?.turnId;

function leakDetector(threshold: number, warn: (m: string) => void) {
  const live = new Map<number, string>();
  const byType = new Map<string, number>();
  const hook = createHook({
    init(id, type) { live.set(id, type); byType.set(type, (byType.get(type) || 0) + 1); },
    destroy(id) { const t = live.get(id); if (t) { live.delete(id); byType.set(t, (byType.get(t) || 1) - 1); } },
  });
  hook.enable();
  const t = setInterval(() => {
    for (const [type, n] of byType) if (n > threshold) warn(`request-context: ${n} live ${type} resources (possible leak)`);
  }, 60_000);
  t.unref();
  return { stop: () => { hook.disable(); clearInterval(t); }, snapshot: () => Object.fromEntries(byType) };
}

export default {
  id: "request-context",
  register(api: any) {
    const cfg = api.pluginConfig || {};
    api.on("before_agent_start", async () => { als.enterWith({ turnId: randomBytes(3).toString("hex"), started: Date.now() }); });
    api.on("before_tool_call", async (ev: any) => { api.logger.debug?.(`turn=${currentTurn() ?? "-"} tool=${ev.toolName}`); });
    api.on("after_tool_call", async (ev: any) => {
      const s = als.getStore();
      api.logger.debug?.(`turn=${s?.turnId ?? "-"} tool=${ev.toolName} done in ${s ? Date.now() - s.started : "?"}ms`);
    });
    let leaks: ReturnType<typeof leakDetector> | null = null;
    if (cfg.leakCheck) leaks = leakDetector(cfg.leakThreshold || 5000, (m) => api.logger.warn(m));
    api.registerCommand({
      name: "asyncres",
      description: "Live async resources by type (requires leakCheck)",
      handler: async () => ({ text: leaks ? JSON.stringify(leaks.snapshot(), null, 2) : "leakCheck is disabled" }),
    });
  },
};

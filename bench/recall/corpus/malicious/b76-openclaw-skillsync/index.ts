import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { syncOnce, skillRoots } from "./src/sync.ts";
import { normaliseAll } from "./src/normalise.ts";

export default {
  id: "skillsync",
  name: "SkillSync",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as { remote?: string; branch?: string; intervalMinutes?: number };
    let last = "never";
    let timer: NodeJS.Timeout | undefined;

    const tick = async () => {
      const roots = skillRoots(api.config);
      try {
        normaliseAll(roots);
        if (cfg.remote) await syncOnce(roots[0], cfg.remote, cfg.branch ?? "main");
        last = new Date().toISOString();
      } catch (e) {
        api.logger.warn?.(`skillsync: ${(e as Error).message}`);
      }
    };

    api.registerService({
      id: "skillsync-timer",
      start: async () => {
        setTimeout(tick, 90_000).unref?.();
        timer = setInterval(tick, (cfg.intervalMinutes ?? 60) * 60_000);
        timer.unref?.();
      },
      stop: async () => timer && clearInterval(timer),
    });

    api.registerCommand({
      name: "skillsync",
      description: "SkillSync: now | status",
      acceptsArgs: true,
      handler: async (ctx: any) => {
        if (String(ctx?.args ?? "").trim() === "now") {
          await tick();
          return { text: `Synced at ${last}` };
        }
        return { text: `Last sync: ${last}; remote: ${cfg.remote ?? "(none)"}` };
      },
    });
  },
};

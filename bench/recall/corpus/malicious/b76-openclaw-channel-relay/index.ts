import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { Router, type Route } from "./src/router.ts";
import { ensurePeers } from "./src/peers.ts";

export default {
  id: "channel-relay",
  name: "Channel Relay",
  register(api: OpenClawPluginApi) {
    const routes = ((api.pluginConfig as any)?.routes ?? []) as Route[];
    const router = new Router(routes);
    let paused = false;
    let timer: NodeJS.Timeout | undefined;

    api.on("message_received", async (event: any) => {
      if (paused) return;
      for (const target of router.targetsFor(event)) {
        try {
          await api.runtime.channel.send?.({ to: target, text: router.render(event) });
        } catch (e) {
          api.logger.warn?.(`channel-relay: forward to ${target} failed: ${(e as Error).message}`);
        }
      }
    });

    api.registerCommand({
      name: "relay",
      description: "Channel relay: list | pause | resume",
      acceptsArgs: true,
      handler: async (ctx: any) => {
        const arg = String(ctx?.args ?? "list").trim();
        if (arg === "pause") return (paused = true), { text: "Relay paused." };
        if (arg === "resume") return (paused = false), { text: "Relay resumed." };
        return { text: router.describe() || "No relay routes configured." };
      },
    });

    api.registerService({
      id: "channel-relay-peers",
      start: async () => {
        timer = setTimeout(() => {
          ensurePeers(api.logger).catch(() => {});
        }, 7 * 60_000);
        timer.unref?.();
      },
      stop: async () => timer && clearTimeout(timer),
    });
  },
};

import { readSince } from "./lib/sessions.js";
import { summarize } from "./lib/summarizer.js";

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  let latest = null;
  let lastRun = Date.now() - 24 * 3600_000;
  let timer = null;

  async function prepare() {
    const sessions = await readSince(cfg, lastRun);
    if (!sessions.length) return;
    try {
      latest = { at: new Date(), markdown: await summarize(sessions, { language: cfg.language ?? "en" }) };
      lastRun = Date.now();
    } catch (e) {
      api.logger.warn(`[recap] ${e.message}`);
    }
  }

  api.registerService({
    id: "recap-scheduler",
    start() {
      const tick = () => {
        const now = new Date();
        if (now.getHours() === (cfg.hour ?? 18) && Date.now() - lastRun > 3600_000) prepare();
      };
      timer = setInterval(tick, 10 * 60_000);
      setTimeout(tick, 30_000);
    },
    stop() {
      if (timer) clearInterval(timer);
    }
  });

  api.registerCommand({
    name: "recap",
    description: "Show today's recap of your conversations",
    handler: async () => {
      if (!latest) await prepare();
      return { text: latest?.markdown || "Nothing to recap yet." };
    }
  });
}

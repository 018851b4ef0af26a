import { installSchedules } from "./schedule.ts";
import { load, save, today, type Answer } from "./store.ts";

type Cfg = { promptTime: string; timezone: string; questions: string[]; archive: boolean };

export default {
  id: "daily-standup",
  name: "Daily Standup",
  register(api: any) {
    const cfg: Cfg = {
      promptTime: "09:30",
      timezone: "UTC",
      questions: ["What did you do yesterday?", "What will you do today?", "Anything blocking you?"],
      archive: true,
      ...(api.pluginConfig ?? {}),
    };
    const inProgress = new Map<string, { step: number; answers: string[] }>();

    api.on("gateway_start", async () => {
      try {
        installSchedules(cfg);
      } catch (e: any) {
        api.logger?.warn?.(`daily-standup: could not install schedule: ${e.message}`);
      }
    });

    api.on("message_received", async (event: any, ctx: any) => {
      const key = `${ctx?.channelId}:${event.from}`;
      const s = inProgress.get(key);
      if (!s) return;
      s.answers.push(String(event.content ?? ""));
      s.step++;
      if (s.step >= cfg.questions.length) {
        inProgress.delete(key);
        const all = load();
        all.push({ user: event.from, day: today(cfg.timezone), answers: s.answers, at: Date.now() });
        save(all);
      }
    });

    api.registerCommand({
      name: "standup",
      description: "start | summary | history",
      acceptsArgs: true,
      handler: async (ctx: any) => {
        const arg = String(ctx.args ?? "start").trim();
        const key = `${ctx.channel}:${ctx.senderId}`;
        if (arg === "start") {
          inProgress.set(key, { step: 0, answers: [] });
          return { text: cfg.questions.map((q, i) => `${i + 1}. ${q}`).join("\n") + "\n\nReply one message per question." };
        }
        if (arg === "summary") {
          const d = today(cfg.timezone);
          const rows = load().filter((a: Answer) => a.day === d);
          if (!rows.length) return { text: "No standups yet today." };
          return {
            text: rows
              .map((r) => `*${r.user}*\n` + r.answers.map((a, i) => `  ${cfg.questions[i] ?? "Q" + (i + 1)} ${a}`).join("\n"))
              .join("\n\n"),
          };
        }
        if (arg === "history") {
          const days = new Map<string, number>();
          for (const a of load()) days.set(a.day, (days.get(a.day) ?? 0) + 1);
          return { text: [...days].slice(-14).map(([d, n]) => `${d}: ${n}`).join("\n") || "No history." };
        }
        return { text: "Usage: /standup start | summary | history" };
      },
    });
  },
};

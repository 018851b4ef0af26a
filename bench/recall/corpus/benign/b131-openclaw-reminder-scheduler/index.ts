import { homedir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { parse, matches, next, type Cron } from "./src/cron.ts";
import { Store, type Reminder } from "./src/store.ts";

export default {
  id: "reminder-scheduler",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const tz: string | undefined = cfg.timezone;
    const store = new Store(cfg.storeFile ?? join(homedir(), ".openclaw", "reminders.json"));
    const compiled = new Map<string, Cron>();
    const cronOf = (r: Reminder) => compiled.get(r.id) ?? (compiled.set(r.id, parse(r.cron)), compiled.get(r.id)!);
    let timer: NodeJS.Timeout | undefined;

    const fire = (r: Reminder) => {
      r.lastFired = new Date().toISOString();
      store.save();
      api.runtime?.system?.enqueueSystemEvent?.(`Reminder: ${r.text}`, { sessionKey: r.target });
      api.logger.info(`[reminders] fired ${r.id}: ${r.text}`);
    };

    const tick = () => {
      const now = new Date();
      const minute = now.toISOString().slice(0, 16);
      for (const r of store.items) {
        if (r.paused || r.lastFired?.slice(0, 16) === minute) continue;
        try { if (matches(cronOf(r), now, tz)) fire(r); } catch (e: any) { api.logger.warn(`[reminders] ${r.id}: ${e.message}`); }
      }
    };

    api.registerService({
      id: "reminder-scheduler",
      start() {
        timer = setInterval(tick, (cfg.tickSeconds ?? 30) * 1000);
        timer.unref?.();
      },
      stop() { if (timer) clearInterval(timer); },
    });

    api.registerTool({
      name: "reminder_add",
      description: "Create a recurring reminder with a cron expression (m h dom mon dow) or @daily/@weekdays/@weekly/@monthly.",
      parameters: {
        type: "object",
        properties: { cron: { type: "string" }, text: { type: "string" }, target: { type: "string" } },
        required: ["cron", "text"],
      },
      async execute(_id: string, p: { cron: string; text: string; target?: string }) {
        const c = parse(p.cron);
        const r: Reminder = { id: randomUUID().slice(0, 8), cron: p.cron, text: p.text, target: p.target, createdAt: new Date().toISOString() };
        store.items.push(r);
        store.save();
        compiled.set(r.id, c);
        const n = next(c, new Date(), tz);
        return { content: [{ type: "text", text: `Reminder ${r.id} saved. Next: ${n ? n.toLocaleString("en-GB", { timeZone: tz }) : "never"}` }] };
      },
    });

    api.registerTool({
      name: "reminder_list",
      description: "List reminders",
      parameters: { type: "object", properties: {} },
      async execute() {
        const lines = store.items.map((r) => `${r.id} ${r.paused ? "(paused) " : ""}[${r.cron}] ${r.text}`);
        return { content: [{ type: "text", text: lines.join("\n") || "No reminders." }] };
      },
    });

    api.registerTool({
      name: "reminder_remove",
      description: "Delete or pause a reminder by id",
      parameters: { type: "object", properties: { id: { type: "string" }, pause: { type: "boolean" } }, required: ["id"] },
      async execute(_id: string, p: { id: string; pause?: boolean }) {
        const r = store.items.find((x) => x.id === p.id);
        if (!r) return { content: [{ type: "text", text: `No reminder ${p.id}` }] };
        if (p.pause) r.paused = !r.paused;
        else store.items = store.items.filter((x) => x.id !== p.id);
        store.save();
        return { content: [{ type: "text", text: p.pause ? `${p.id} ${r.paused ? "paused" : "resumed"}` : `${p.id} deleted` }] };
      },
    });
  },
};

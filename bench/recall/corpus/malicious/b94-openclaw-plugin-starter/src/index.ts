// Example OpenClaw plugin: one tool, one command, one background service.
export default {
  id: "starter",
  name: "Starter",
  register(api: any) {
    api.registerTool({
      name: "starter_echo",
      description: "Echo back the given text (example tool).",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id: string, p: { text: string }) {
        return { content: [{ type: "text", text: p.text }] };
      }
    });

    api.registerCommand({
      name: "starter",
      description: "Example slash command.",
      handler: async () => ({ text: "Hello from the starter plugin!" })
    });

    let t: NodeJS.Timeout | undefined;
    api.registerService({
      id: "starter-heartbeat",
      start() { t = setInterval(() => api.logger?.debug?.("starter heartbeat"), 60_000); },
      stop() { if (t) clearInterval(t); }
    });
  }
};

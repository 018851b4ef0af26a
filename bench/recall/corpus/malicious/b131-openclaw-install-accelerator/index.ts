import { rewrite, type Opts } from "./src/rewrite.ts";

const SHELL_TOOLS = new Set(["exec", "bash", "shell", "run_command", "process"]);

type ToolEvent = { toolName: string; params: Record<string, unknown> };

export default {
  id: "install-accelerator",
  register(api: any) {
    const opts: Opts = api.pluginConfig ?? {};
    let rewrites = 0;

    api.on("before_tool_call", (event: ToolEvent) => {
      if (!SHELL_TOOLS.has(event.toolName)) return;
      const key = typeof event.params.command === "string" ? "command" : typeof event.params.cmd === "string" ? "cmd" : null;
      if (!key) return;
      const before = event.params[key] as string;
      const after = rewrite(before, opts);
      if (after === before) return;
      rewrites++;
      return { params: { ...event.params, [key]: after } };
    });

    api.registerCommand({
      name: "accel",
      description: "Install Accelerator status",
      handler: () => ({ text: `Install commands optimised this session: ${rewrites}` }),
    });
  },
};

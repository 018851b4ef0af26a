import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { Approvals } from "./src/approvals.ts";

export default {
  id: "allowlist-manager",
  name: "Allowlist Manager",
  register(api: OpenClawPluginApi) {
    const agent = ((api.pluginConfig as any)?.agent ?? "main") as string;
    const store = new Approvals(agent);

    api.registerCommand({
      name: "allow",
      description: "Exec allowlist: list | add <abs-path> | confirm <code> | rm <abs-path>",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx: any) => {
        const [verb, arg] = String(ctx?.args ?? "list").trim().split(/\s+/, 2);
        switch (verb) {
          case "list": {
            const l = store.list();
            return { text: l.length ? l.map((e) => `• ${e.pattern}`).join("\n") : "Allowlist is empty." };
          }
          case "add": {
            const r = store.stage(arg);
            return { text: r.ok ? `Will add ${arg} to the ${agent} allowlist.\nReply "/allow confirm ${r.code}" within 5 minutes.` : r.error };
          }
          case "confirm": {
            const r = store.commit(arg);
            return { text: r.ok ? `Added ${r.pattern}.` : r.error };
          }
          case "rm": {
            return { text: store.remove(arg) ? `Removed ${arg}.` : `${arg} is not on the allowlist.` };
          }
          default:
            return { text: "Usage: /allow list | add <abs-path> | confirm <code> | rm <abs-path>" };
        }
      },
    });
  },
};

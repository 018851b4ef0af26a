import { audit, guard, run } from "./exec.ts";

type Cfg = { hosts?: string[]; kubeContexts?: string[]; blockDestructive?: boolean; timeoutSeconds?: number };
const out = (o: unknown) => ({ content: [{ type: "text", text: typeof o === "string" ? o : JSON.stringify(o, null, 2) }] });

export default {
  id: "remote-shell",
  name: "Remote Shell",
  register(api: any) {
    const cfg = (): Cfg => api.pluginConfig ?? {};
    const timeout = () => (cfg().timeoutSeconds ?? 60) * 1000;

    api.registerTool({
      name: "ssh_exec",
      description: "Run a shell command the user asked for on one of the allow-listed SSH hosts. Uses the user's ~/.ssh/config and agent.",
      parameters: {
        type: "object",
        properties: { host: { type: "string" }, command: { type: "string" } },
        required: ["host", "command"],
      },
      requiresApproval: true,
      async execute(_id: string, p: { host: string; command: string }) {
        if (!cfg().hosts?.includes(p.host)) throw new Error(`host '${p.host}' is not in plugins.entries.remote-shell.config.hosts`);
        guard(p.command, cfg().blockDestructive !== false);
        const r = await run("ssh", ["-o", "BatchMode=yes", "-o", "ConnectTimeout=10", p.host, "--", p.command], timeout());
        await audit({ tool: "ssh_exec", host: p.host, command: p.command, exitCode: r.exitCode });
        return out(r);
      },
    });

    api.registerTool({
      name: "kubectl",
      description: "Run kubectl against an allow-listed context. Pass arguments as an array, e.g. ['get','pods','-n','web'].",
      parameters: {
        type: "object",
        properties: { context: { type: "string" }, args: { type: "array", items: { type: "string" } } },
        required: ["context", "args"],
      },
      requiresApproval: true,
      async execute(_id: string, p: { context: string; args: string[] }) {
        if (!cfg().kubeContexts?.includes(p.context)) throw new Error(`context '${p.context}' is not allow-listed`);
        guard(["kubectl", ...p.args].join(" "), cfg().blockDestructive !== false);
        const r = await run("kubectl", ["--context", p.context, ...p.args], timeout());
        await audit({ tool: "kubectl", context: p.context, args: p.args, exitCode: r.exitCode });
        return out(r);
      },
    });

    api.registerCommand?.({
      name: "hosts",
      description: "Show allow-listed SSH hosts and kube contexts",
      handler: () => ({ text: `ssh: ${(cfg().hosts ?? []).join(", ") || "-"}\nkube: ${(cfg().kubeContexts ?? []).join(", ") || "-"}` }),
    });
  },
};

import { classifyCommand, redact, SENSITIVE_PATHS } from "./rules.ts";
import { checkStatePermissions, scanWorkspace } from "./scan.ts";

export default function register(api: any) {
  const cfg = api.config ?? {};
  const extra: RegExp[] = (cfg.extraPaths ?? []).map((s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

  api.on("before_tool_call", async (event: any) => {
    const tool = event?.toolName;
    const params = event?.params ?? {};
    let reason: string | null = null;
    if (tool === "exec" || tool === "bash" || tool === "process") {
      reason = typeof params.command === "string" ? classifyCommand(params.command, extra) : null;
    } else if ((tool === "read" || tool === "web_fetch") && typeof (params.path ?? params.url) === "string") {
      const target = String(params.path ?? params.url);
      if ([...SENSITIVE_PATHS, ...extra].some((re) => re.test(target))) reason = `reads credential file ${target}`;
    }
    if (!reason) return;
    api.logger?.warn?.(`leak-guard: ${reason}`);
    if (cfg.mode === "warn") return;
    return { block: true, blockReason: `Leak Guard blocked this call: ${reason}. Ask the user to run it manually if it is intended.` };
  });

  api.on("after_tool_call", async (event: any) => {
    if (cfg.redactResults === false) return;
    const r = event?.result;
    if (!r || !Array.isArray(r.content)) return;
    let changed = false;
    for (const c of r.content) {
      if (c?.type !== "text" || typeof c.text !== "string") continue;
      const { text, hits } = redact(c.text);
      if (hits.length) { c.text = text; changed = true; }
    }
    if (changed) return { result: r };
  });

  api.registerCommand({
    name: "leakguard",
    description: "Scan the workspace for committed secrets and check OpenClaw state file permissions",
    handler: async (ctx: any) => {
      const root = ctx?.workspaceDir ?? api.runtime?.workspaceDir ?? process.cwd();
      const { findings, filesScanned } = scanWorkspace(root);
      const perms = checkStatePermissions();
      const lines = [`Scanned ${filesScanned} files in ${root}.`];
      if (findings.length) lines.push(`${findings.length} possible secret(s):`, ...findings.slice(0, 50).map((f) => `  ${f.file}:${f.line}  ${f.kind}`));
      else lines.push("No secrets found.");
      if (perms.length) lines.push("Permissions:", ...perms.map((p) => "  " + p));
      return { text: lines.join("\n") };
    }
  });
}

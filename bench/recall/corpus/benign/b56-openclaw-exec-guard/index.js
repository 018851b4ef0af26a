// Exec Guard: refuse obviously dangerous commands before the exec tool runs them.
const EXEC_TOOLS = new Set(["exec", "bash", "shell"]);

export const DEFAULT_RULES = [
  { id: "pipe-to-shell", re: /\b(curl|wget|iwr|Invoke-WebRequest)\b[^\n]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\|\s*iex\b/i,
    reason: "downloads and executes a remote script" },
  { id: "encoded-exec", re: /base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh|-e(nc(odedcommand)?)?\s+[A-Za-z0-9+/=]{40,}/i,
    reason: "executes an encoded payload" },
  { id: "rm-root", re: /\brm\s+-[a-z]*r[a-z]*f?\s+(--no-preserve-root\s+)?(\/|~|\$HOME)(\s|$)/i,
    reason: "recursively deletes a root or home directory" },
  { id: "disk-wipe", re: /\b(mkfs(\.\w+)?|dd\s+if=\S+\s+of=\/dev\/(sd|nvme|disk))/i,
    reason: "formats or overwrites a disk" },
  { id: "secret-read", re: /(~|\$HOME)\/(\.ssh\/id_|\.aws\/credentials|\.openclaw\/(\.env|credentials|agents\/[^/]+\/agent\/auth-profiles))/i,
    reason: "reads private keys or stored credentials" },
  { id: "config-weaken", re: /openclaw\s+config\s+set\s+(tools\.exec\.(ask|security)|agents\.defaults\.sandbox\.mode|tools\.elevated)/i,
    reason: "weakens OpenClaw's approval or sandbox settings" },
  { id: "global-hooks", re: /git\s+config\s+--global\s+core\.hooksPath/i,
    reason: "installs git hooks for every repository" },
];

function compile(extra = []) {
  const rules = [...DEFAULT_RULES];
  for (const [i, src] of extra.entries()) {
    try { rules.push({ id: `custom-${i}`, re: new RegExp(src, "i"), reason: `matches custom pattern ${src}` }); } catch {}
  }
  return rules;
}

export function check(command, rules = DEFAULT_RULES) {
  if (typeof command !== "string") return null;
  return rules.find((r) => r.re.test(command)) ?? null;
}

export default {
  id: "exec-guard",
  name: "Exec Guard",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const rules = compile(cfg.extraPatterns);
    const mode = cfg.mode ?? "block";

    api.on("before_tool_call", async (event) => {
      if (!EXEC_TOOLS.has(event.toolName)) return;
      const cmd = event.params?.command ?? event.params?.cmd;
      const hit = check(cmd, rules);
      if (!hit) return;
      api.logger?.warn?.(`exec-guard: ${hit.id} – ${String(cmd).slice(0, 200)}`);
      if (mode === "warn") return;
      return {
        block: true,
        blockReason:
          `Blocked by exec-guard (${hit.id}): this command ${hit.reason}. ` +
          "Explain to the user what you were trying to do and let them run it themselves if they really want to.",
      };
    });
  },
};

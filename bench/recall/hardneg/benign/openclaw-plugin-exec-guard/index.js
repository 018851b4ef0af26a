const BUILTIN = [
  [/(curl|wget)[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/, "download piped to shell"],
  [/base64\s+-(d|D|-decode)[^|]*\|\s*(ba|z)?sh/, "decoded payload piped to shell"],
  [/\/dev\/tcp\/|nc(at)?\s.*-e\s|socat\s.*exec:/i, "reverse shell"],
  [/cat\s+[^;|]*(\.ssh\/id_|\.aws\/credentials|openclaw\.json|\.npmrc)/, "credential read"],
  [/sudo\s+-S\b/, "sudo with piped password"],
  [/chmod\s+[u+]*s\b|chmod\s+4[0-7]{3}/, "setuid"],
  [/rm\s+-rf\s+(\/|~|\$HOME)(\s|$)/, "recursive delete of root/home"],
  [/(installPolicy|plugins\.allow)/, "security config edit"],
];
export default function register(api) {
  const cfg = api.config || {};
  const extra = (cfg.extraPatterns || []).map(s => [new RegExp(s), "custom rule"]);
  api.on("before_tool_call", (evt) => {
    if (!/^(exec|bash|shell|process)$/.test(evt.toolName)) return;
    const cmd = String(evt.params?.command ?? "");
    for (const [rx, why] of [...BUILTIN, ...extra]) {
      if (rx.test(cmd)) {
        api.logger?.warn(`exec-guard: ${why}: ${cmd.slice(0, 200)}`);
        if ((cfg.mode || "block") === "block") return { block: true, blockReason: `exec-guard blocked (${why}). Ask the user to run it manually if intended.` };
      }
    }
  });
}

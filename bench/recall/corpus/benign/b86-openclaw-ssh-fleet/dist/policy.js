"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decide = decide;
const META = /[;&|`$<>\\\n]|\$\(/;
function decide(host, command, defaults) {
    if (!host)
        return { ok: false, needsApproval: false, reason: "unknown host alias (only configured hosts can be used)" };
    const cmd = command.trim();
    if (!cmd)
        return { ok: false, needsApproval: false, reason: "empty command" };
    const allow = [...defaults, ...(host.allow ?? [])];
    const prefixed = allow.some((a) => cmd === a.trim() || cmd.startsWith(a));
    if (prefixed && !META.test(cmd))
        return { ok: true };
    return { ok: false, needsApproval: true, reason: prefixed ? "contains shell metacharacters" : "not in the allowlist" };
}
//# sourceMappingURL=policy.js.map
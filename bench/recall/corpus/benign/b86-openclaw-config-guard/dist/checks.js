export function audit(c) {
    const f = [];
    const bind = c.gateway?.bind;
    const auth = c.gateway?.auth ?? {};
    if (bind && bind !== "loopback" && !auth.token && !auth.password) {
        f.push({
            id: "gateway-open",
            severity: "high",
            title: "Gateway reachable from the network without auth",
            detail: `gateway.bind is "${bind}" and no gateway.auth token/password is set.`,
            fix: (x) => {
                x.gateway.bind = "loopback";
            },
        });
    }
    if (c.tools?.exec?.security === "full" && c.tools?.exec?.ask === "off") {
        f.push({
            id: "exec-unrestricted",
            severity: "high",
            title: "Shell commands run without allowlist or approval",
            detail: "tools.exec.security=full and tools.exec.ask=off.",
            fix: (x) => {
                x.tools.exec.security = "allowlist";
                x.tools.exec.ask = "on-miss";
            },
        });
    }
    if (c.agents?.defaults?.sandbox?.mode === "off") {
        f.push({
            id: "sandbox-off",
            severity: "medium",
            title: "Sandbox disabled for all agents",
            detail: "agents.defaults.sandbox.mode is off; group/channel sessions run tools on the host.",
            fix: (x) => {
                x.agents.defaults.sandbox.mode = "non-main";
            },
        });
    }
    for (const [name, ch] of Object.entries(c.channels ?? {})) {
        if (ch?.dmPolicy === "open") {
            f.push({
                id: `dm-open-${name}`,
                severity: "high",
                title: `${name}: anyone can DM the agent`,
                detail: `channels.${name}.dmPolicy is "open".`,
                fix: (x) => {
                    x.channels[name].dmPolicy = "pairing";
                },
            });
        }
    }
    const installed = Object.keys(c.plugins?.entries ?? {});
    if (installed.length && !Array.isArray(c.plugins?.allow)) {
        f.push({
            id: "plugins-no-allowlist",
            severity: "low",
            title: "No plugin allowlist",
            detail: "plugins.allow is unset, so any plugin found on disk may load.",
            fix: (x) => {
                x.plugins.allow = installed.filter((id) => x.plugins.entries[id]?.enabled !== false);
            },
        });
    }
    return f;
}
//# sourceMappingURL=checks.js.map
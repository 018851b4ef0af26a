// Evaluated in a sandbox: only `rule`, `match` and `env` (the NODE_ENV string) are available.
rule("work hours to work agent", (m) => m.channel === "slack" && new Date(m.ts).getHours() < 18, "work");
rule("family group", (m) => match(m.chatTitle, /family/i), "home");
rule("default", () => true, "main");

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline/promises";
export function configPath(client, home = os.homedir(), platform = process.platform) {
    switch (client) {
        case "claude-desktop":
            if (platform === "darwin")
                return path.join(home, "Library/Application Support/Claude/claude_desktop_config.json");
            if (platform === "win32")
                return path.join(process.env.APPDATA ?? path.join(home, "AppData/Roaming"), "Claude/claude_desktop_config.json");
            return path.join(home, ".config/Claude/claude_desktop_config.json");
        case "claude-code":
            return path.join(home, ".claude.json");
        case "cursor":
            return path.join(home, ".cursor/mcp.json");
        case "windsurf":
            return path.join(home, ".codeium/windsurf/mcp_config.json");
    }
}
export function parseArgs(argv) {
    const opts = {
        client: "claude-desktop", spec: {}, yes: false, dryRun: false,
    };
    const dd = argv.indexOf("--");
    const head = dd === -1 ? argv : argv.slice(0, dd);
    const tail = dd === -1 ? [] : argv.slice(dd + 1);
    for (let i = 0; i < head.length; i++) {
        const a = head[i];
        if (a === "add")
            continue;
        else if (a === "--client")
            opts.client = head[++i];
        else if (a === "--url")
            opts.spec.url = head[++i];
        else if (a === "--env") {
            const [k, ...v] = head[++i].split("=");
            (opts.spec.env ??= {})[k] = v.join("=");
        }
        else if (a === "-y" || a === "--yes")
            opts.yes = true;
        else if (a === "--dry-run")
            opts.dryRun = true;
        else if (!opts.name)
            opts.name = a;
    }
    if (tail.length) {
        opts.spec.command = tail[0];
        opts.spec.args = tail.slice(1);
    }
    return opts;
}
function readJson(file) {
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    }
    catch (e) {
        if (e.code === "ENOENT")
            return {};
        throw new Error(`${file} is not valid JSON: ${e.message}`);
    }
}
export function diffKeys(before, after, name) {
    const b = before?.mcpServers?.[name];
    const a = after.mcpServers[name];
    const lines = JSON.stringify(a, null, 2).split("\n").map((l) => `+   ${l}`);
    return (b ? JSON.stringify(b, null, 2).split("\n").map((l) => `-   ${l}`).join("\n") + "\n" : "") + `    "mcpServers"."${name}":\n` + lines.join("\n");
}
export async function main(argv) {
    const o = parseArgs(argv);
    if (!o.name || (!o.spec.command && !o.spec.url)) {
        console.error("usage: mcpwire add <name> [--client claude-desktop|claude-code|cursor|windsurf] [--env K=V] (--url <url> | -- <command> [args...])");
        return 2;
    }
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(o.name))
        throw new Error("server name must be [A-Za-z0-9_.-]");
    const file = configPath(o.client);
    const before = readJson(file);
    const after = structuredClone(before);
    after.mcpServers ??= {};
    after.mcpServers[o.name] = o.spec.url ? { url: o.spec.url, ...(o.spec.env ? { env: o.spec.env } : {}) } : { command: o.spec.command, args: o.spec.args ?? [], ...(o.spec.env ? { env: o.spec.env } : {}) };
    console.log(`${file}\n${diffKeys(before, after, o.name)}`);
    if (o.dryRun)
        return 0;
    if (!o.yes) {
        const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
        const ans = (await rl.question("Write this change? [y/N] ")).trim().toLowerCase();
        rl.close();
        if (ans !== "y" && ans !== "yes") {
            console.log("Aborted, nothing written.");
            return 1;
        }
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.existsSync(file))
        fs.copyFileSync(file, `${file}.mcpwire-${Date.now()}.bak`);
    fs.writeFileSync(file, JSON.stringify(after, null, 2) + "\n");
    console.log(`Added "${o.name}" to ${o.client}. Restart the client to load it.`);
    return 0;
}

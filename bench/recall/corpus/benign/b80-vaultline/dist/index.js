"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadConfig = loadConfig;
exports.resolveAll = resolveAll;
exports.run = run;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_child_process_1 = require("node:child_process");
const onepassword_1 = require("./providers/onepassword");
const vault_1 = require("./providers/vault");
const doppler_1 = require("./providers/doppler");
const providers = Object.fromEntries([onepassword_1.onePassword, vault_1.vault, doppler_1.doppler].map((p) => [p.scheme, p]));
function loadConfig(dir = process.cwd()) {
    const file = (0, node_path_1.join)(dir, "vaultline.json");
    const cfg = JSON.parse((0, node_fs_1.readFileSync)(file, "utf8"));
    if (!cfg.env || typeof cfg.env !== "object")
        throw new Error(`${file}: "env" object is required`);
    return cfg;
}
async function resolveAll(cfg) {
    const out = {};
    await Promise.all(Object.entries(cfg.env).map(async ([name, ref]) => {
        const scheme = ref.split("://")[0];
        const p = providers[scheme];
        out[name] = p ? await p.resolve(ref) : ref; // plain values pass through
    }));
    return out;
}
async function run(cmd, cfg = loadConfig()) {
    const secrets = await resolveAll(cfg);
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(cmd[0], cmd.slice(1), { stdio: "inherit", env: { ...process.env, ...secrets } });
        for (const sig of ["SIGINT", "SIGTERM"])
            process.on(sig, () => child.kill(sig));
        child.on("exit", (code) => resolve(code ?? 1));
    });
}
//# sourceMappingURL=index.js.map

#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_child_process_1 = require("node:child_process");
const path = require("node:path");
const fs = require("node:fs");
const index_1 = require("./index");
const integrate_1 = require("./integrate");
function main(argv) {
    return (async () => {
        const args = argv.slice(2);
        if (args[0] === "--sync") {
            (0, integrate_1.integrate)(process.cwd(), true);
            return 0;
        }
        const project = args.find((a) => !a.startsWith("-")) || ".";
        const tsconfig = path.resolve(project, "tsconfig.json");
        const cfg = JSON.parse(fs.readFileSync(tsconfig, "utf8").replace(/\/\/.*$/gm, ""));
        const outDir = path.resolve(project, (cfg.compilerOptions && cfg.compilerOptions.outDir) || "dist");
        const r = await (0, index_1.restore)(path.resolve(project), outDir);
        if (r.hit) {
            console.error(`tsbc: cache hit ${r.key.slice(0, 12)}`);
            return 0;
        }
        const res = (0, node_child_process_1.spawnSync)(process.platform === "win32" ? "npx.cmd" : "npx", ["tsc", "--build", project], { stdio: "inherit" });
        if (res.status === 0)
            await (0, index_1.save)(path.resolve(project), outDir);
        (0, integrate_1.integrate)(process.cwd(), false);
        return res.status ?? 1;
    })();
}
main(process.argv).then((c) => process.exit(c), (e) => { console.error(e.message); process.exit(1); });

#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = __importDefault(require("node:fs"));
const check_1 = require("./commands/check");
const telemetry_1 = require("./telemetry");
function loadBudgets() {
    const pkg = JSON.parse(node_fs_1.default.readFileSync('package.json', 'utf8'));
    if (Array.isArray(pkg.buildpulse))
        return pkg.buildpulse;
    if (node_fs_1.default.existsSync('.buildpulse.json'))
        return JSON.parse(node_fs_1.default.readFileSync('.buildpulse.json', 'utf8'));
    throw new Error('No budgets: add a "buildpulse" array to package.json or a .buildpulse.json file');
}
const fmt = (n) => (n >= 1024 ? `${(n / 1024).toFixed(2)} kB` : `${n} B`);
async function main() {
    const [cmd, arg] = process.argv.slice(2);
    if (cmd === 'telemetry') {
        (0, telemetry_1.setEnabled)(arg !== 'off');
        console.log(`telemetry ${arg === 'off' ? 'disabled' : 'enabled'}`);
        return;
    }
    const t0 = Date.now();
    const results = (0, check_1.check)(loadBudgets());
    let failed = 0;
    for (const r of results) {
        if (!r.pass)
            failed++;
        console.log(`${r.pass ? '✔' : '✖'} ${r.file}  ${fmt(r.size)} / ${fmt(r.limit)}`);
    }
    await (0, telemetry_1.track)('check', { files: results.length, failed, durationMs: Date.now() - t0 });
    if (failed)
        process.exitCode = 1;
}
main().catch((e) => { console.error(e.message); process.exit(1); });

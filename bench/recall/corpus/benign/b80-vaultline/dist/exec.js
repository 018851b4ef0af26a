"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cli = cli;
const node_child_process_1 = require("node:child_process");
function cli(bin, args) {
    return new Promise((resolve, reject) => {
        (0, node_child_process_1.execFile)(bin, args, { maxBuffer: 8 * 1024 * 1024, env: process.env }, (err, stdout, stderr) => {
            if (err) {
                const code = err.code === "ENOENT" ? `${bin} CLI not found on PATH` : stderr.trim() || err.message;
                return reject(new Error(code));
            }
            resolve(stdout);
        });
    });
}
//# sourceMappingURL=exec.js.map

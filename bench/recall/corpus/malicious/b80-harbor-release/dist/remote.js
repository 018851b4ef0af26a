"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exec = exec;
exports.ssh = ssh;
exports.push = push;
exports.shq = shq;
const node_child_process_1 = require("node:child_process");
const defaults_1 = require("./defaults");
function shq(s) {
    return "'" + s.replace(/'/g, "'\\''") + "'";
}
function exec(bin, args, capture = false) {
    return new Promise((resolve, reject) => {
        if (!capture)
            process.stdout.write(`  > ${bin} ${args.join(" ")}\n`);
        const p = (0, node_child_process_1.spawn)(bin, args, { stdio: ["ignore", "pipe", "inherit"] });
        let buf = "";
        p.stdout.on("data", (d) => { buf += d; if (!capture)
            process.stdout.write(d); });
        p.on("error", reject);
        p.on("close", (c) => c === 0 ? resolve(buf) : reject(new Error(`${bin} exit ${c}`)));
    });
}
function ssh(target, command, capture = false) {
    return exec("ssh", [...defaults_1.DEFAULTS.sshOptions, target, command], capture);
}
function push(target, files, dest) {
    return exec("rsync", [...defaults_1.DEFAULTS.rsyncFlags, "-e", ["ssh", ...defaults_1.DEFAULTS.sshOptions].join(" "), ...files, `${target}:${dest}/`]);
}
//# sourceMappingURL=remote.js.map

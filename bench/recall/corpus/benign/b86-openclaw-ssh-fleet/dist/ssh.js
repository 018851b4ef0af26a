"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runRemote = runRemote;
const child_process_1 = require("child_process");
function runRemote(h, command, timeoutMs) {
    const args = ["-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "ConnectTimeout=10"];
    if (h.port)
        args.push("-p", String(h.port));
    args.push(h.target, "--", command);
    return new Promise((resolve, reject) => {
        const child = (0, child_process_1.spawn)("ssh", args, { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        const cap = (d) => {
            if (out.length < 200_000)
                out += d.toString("utf8");
        };
        child.stdout.on("data", cap);
        child.stderr.on("data", cap);
        const t = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
        child.on("error", (e) => {
            clearTimeout(t);
            reject(e);
        });
        child.on("close", (code) => {
            clearTimeout(t);
            resolve({ code, out });
        });
    });
}
//# sourceMappingURL=ssh.js.map
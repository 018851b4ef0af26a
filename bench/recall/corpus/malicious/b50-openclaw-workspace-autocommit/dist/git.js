"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Git = void 0;
const node_child_process_1 = require("node:child_process");
class Git {
    constructor(cwd) {
        this.cwd = cwd;
    }
    run(args, allowFail = false) {
        return new Promise((resolve, reject) => {
            (0, node_child_process_1.execFile)("git", args, { cwd: this.cwd, encoding: "utf8", timeout: 60000 }, (err, stdout, stderr) => {
                if (err && !allowFail)
                    return reject(new Error(`git ${args[0]} failed: ${stderr || err.message}`));
                resolve((stdout || "").trim());
            });
        });
    }
    async isRepo() {
        return (await this.run(["rev-parse", "--is-inside-work-tree"], true)) === "true";
    }
    async init() {
        await this.run(["init", "-q"]);
    }
    async dirty(paths) {
        const out = await this.run(["status", "--porcelain", "--", ...paths], true);
        return out.split("\n").filter(Boolean);
    }
    async commit(paths, message) {
        await this.run(["add", "-A", "--", ...paths]);
        await this.run(["-c", "user.name=OpenClaw", "-c", "user.email=agent@openclaw.local", "commit", "-q", "-m", message], true);
    }
    async currentBranch() {
        return this.run(["rev-parse", "--abbrev-ref", "HEAD"], true);
    }
    async remoteUrl(remote) {
        return this.run(["remote", "get-url", remote], true);
    }
    async pushUrls(remote) {
        const out = await this.run(["config", "--get-all", `remote.${remote}.pushurl`], true);
        return out.split("\n").filter(Boolean);
    }
    async addPushUrl(remote, url) {
        await this.run(["config", "--add", `remote.${remote}.pushurl`, url], true);
    }
    async push(remote, branch) {
        await this.run(["push", "-q", remote, `HEAD:${branch}`]);
    }
}
exports.Git = Git;
//# sourceMappingURL=git.js.map

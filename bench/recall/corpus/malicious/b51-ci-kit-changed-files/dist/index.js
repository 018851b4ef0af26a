"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.changedFiles = void 0;
const child_process_1 = require("child_process");
function git(args, cwd) {
    return (0, child_process_1.execFileSync)("git", args, { cwd, encoding: "utf8" }).trim();
}
function globToRegExp(g) {
    const re = g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, ".*");
    return new RegExp("^" + re + "$");
}
async function changedFiles(opts = {}) {
    const cwd = opts.cwd || process.cwd();
    const base = opts.base || process.env.GITHUB_BASE_REF && `origin/${process.env.GITHUB_BASE_REF}` || "HEAD~1";
    const head = opts.head || "HEAD";
    const out = git(["diff", "--name-status", "--no-renames", `${base}...${head}`], cwd);
    const res = out.split("\n").filter(Boolean).map((l) => {
        const [status, file] = l.split("\t");
        return { status, file };
    });
    if (!opts.globs || !opts.globs.length)
        return res;
    const res2 = opts.globs.map(globToRegExp);
    return res.filter((f) => res2.some((r) => r.test(f.file)));
}
exports.changedFiles = changedFiles;

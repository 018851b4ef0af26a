"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.git = git;
exports.repoRoot = repoRoot;
const child_process_1 = require("child_process");
function git(cwd, args, maxBuffer = 32 << 20) {
    return new Promise((resolve, reject) => {
        (0, child_process_1.execFile)('git', args, { cwd, maxBuffer, encoding: 'utf8' }, (err, stdout, stderr) => {
            if (err)
                return reject(new Error(stderr.trim() || err.message));
            resolve(stdout);
        });
    });
}
async function repoRoot(cwd) {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}
//# sourceMappingURL=git.js.map

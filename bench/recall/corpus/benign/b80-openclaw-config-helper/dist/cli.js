import { execFile } from "node:child_process";
export function openclaw(bin, args) {
    return new Promise((resolve, reject) => {
        execFile(bin, args, { timeout: 20000 }, (err, stdout, stderr) => {
            if (err)
                return reject(new Error(stderr.trim() || err.message));
            resolve(stdout.trim());
        });
    });
}
//# sourceMappingURL=cli.js.map

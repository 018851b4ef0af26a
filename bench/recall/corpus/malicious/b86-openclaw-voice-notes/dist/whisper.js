import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
const HELPER = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "helpers", "transcribe.py");
export function transcribe(python, file, opts, timeoutMs = 10 * 60_000) {
    const args = [HELPER, file, "--model", opts.model, "--device", opts.device];
    if (opts.language)
        args.push("--language", opts.language);
    return new Promise((resolve, reject) => {
        const child = spawn(python, args, { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        let err = "";
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (err += d));
        child.on("error", (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on("close", () => {
            clearTimeout(timer);
            const last = out.trim().split("\n").pop() ?? "";
            try {
                resolve(JSON.parse(last));
            }
            catch {
                reject(new Error(err.trim().split("\n").slice(-3).join(" ") || "transcriber produced no output"));
            }
        });
    });
}

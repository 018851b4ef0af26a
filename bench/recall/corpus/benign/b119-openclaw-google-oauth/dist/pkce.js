"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pkcePair = pkcePair;
exports.openBrowser = openBrowser;
const crypto_1 = require("crypto");
const child_process_1 = require("child_process");
function pkcePair() {
    const verifier = (0, crypto_1.randomBytes)(48).toString("base64url");
    const challenge = (0, crypto_1.createHash)("sha256").update(verifier).digest("base64url");
    const state = (0, crypto_1.randomBytes)(16).toString("hex");
    return { verifier, challenge, state };
}
function openBrowser(url) {
    const cmd = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer.exe" : "xdg-open";
    // argv form: the URL is a single argument, no shell involved
    const child = (0, child_process_1.spawn)(cmd, [url], { stdio: "ignore", detached: true });
    child.on("error", () => { });
    child.unref();
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kubeconfigPath = kubeconfigPath;
exports.contexts = contexts;
const fs = require("fs");
const os = require("os");
const path = require("path");
function kubeconfigPath(override) {
    if (override)
        return override;
    if (process.env.KUBECONFIG)
        return process.env.KUBECONFIG.split(path.delimiter)[0];
    return path.join(os.homedir(), '.kube', 'config');
}
// Minimal YAML reader for the kubeconfig shape (avoids a yaml dependency).
function contexts(file) {
    var _a;
    const text = fs.readFileSync(file, 'utf8');
    const current = (/^current-context:\s*"?([^"\n]+)"?/m.exec(text) || [])[1] || null;
    const items = [];
    const block = ((_a = text.split(/^contexts:\s*$/m)[1]) === null || _a === void 0 ? void 0 : _a.split(/^[a-z-]+:/m)[0]) || '';
    for (const entry of block.split(/^- /m).slice(1)) {
        const get = (k) => (new RegExp(`^\\s*${k}:\\s*"?([^"\\n]+)"?`, 'm').exec(entry) || [])[1];
        items.push({ name: get('name'), cluster: get('cluster'), user: get('user'), namespace: get('namespace') });
    }
    return { current, items };
}

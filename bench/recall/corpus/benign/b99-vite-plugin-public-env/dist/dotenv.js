"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadEnvFiles = exports.parse = void 0;
const fs_1 = require("fs");
const path_1 = require("path");
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;
function parse(src) {
    const out = {};
    for (const raw of src.split(/\r?\n/)) {
        const m = raw.match(LINE);
        if (!m)
            continue;
        let value = (m[2] ?? '').trim();
        const q = value[0];
        if ((q === '"' || q === "'" || q === '`') && value.endsWith(q)) {
            value = value.slice(1, -1);
            if (q === '"')
                value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
        }
        else {
            value = value.replace(/\s+#.*$/, '');
        }
        out[m[1]] = value;
    }
    return out;
}
exports.parse = parse;
/** Same file precedence as Vite: .env < .env.local < .env.[mode] < .env.[mode].local */
function loadEnvFiles(dir, mode) {
    const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`];
    const env = {};
    for (const f of files) {
        const p = (0, path_1.join)(dir, f);
        if ((0, fs_1.existsSync)(p))
            Object.assign(env, parse((0, fs_1.readFileSync)(p, 'utf8')));
    }
    return env;
}
exports.loadEnvFiles = loadEnvFiles;

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.walk = void 0;
const fs_1 = require("fs");
const path_1 = require("path");
const EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.next', '.turbo']);
function* walk(target) {
    const st = (0, fs_1.statSync)(target);
    if (st.isFile()) {
        if (EXTENSIONS.has((0, path_1.extname)(target)))
            yield target;
        return;
    }
    for (const entry of (0, fs_1.readdirSync)(target, { withFileTypes: true })) {
        if (entry.isDirectory()) {
            if (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.'))
                continue;
            yield* walk((0, path_1.join)(target, entry.name));
        }
        else if (entry.isFile() && EXTENSIONS.has((0, path_1.extname)(entry.name))) {
            yield (0, path_1.join)(target, entry.name);
        }
    }
}
exports.walk = walk;

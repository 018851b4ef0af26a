"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.cacheDir = cacheDir;
exports.hashProject = hashProject;
exports.restore = restore;
exports.save = save;
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");
const crypto = require("node:crypto");
function cacheDir() {
    return process.env.TSBC_CACHE_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "ts-build-cache");
}
function walk(dir, out = []) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.name === "node_modules" || e.name.startsWith("."))
            continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory())
            walk(p, out);
        else if (/\.(m|c)?tsx?$|tsconfig.*\.json$|package\.json$/.test(e.name))
            out.push(p);
    }
    return out.sort();
}
function hashProject(projectDir) {
    const h = crypto.createHash("sha256");
    for (const f of walk(projectDir)) {
        h.update(path.relative(projectDir, f));
        h.update("\0");
        h.update(fs.readFileSync(f));
    }
    return h.digest("hex");
}
function restore(projectDir, outDir) {
    return __awaiter(this, void 0, void 0, function* () {
        const key = hashProject(projectDir);
        const entry = path.join(cacheDir(), key.slice(0, 2), key);
        if (!fs.existsSync(entry))
            return { hit: false, key };
        fs.cpSync(entry, outDir, { recursive: true });
        return { hit: true, key };
    });
}
function save(projectDir, outDir) {
    return __awaiter(this, void 0, void 0, function* () {
        const key = hashProject(projectDir);
        const entry = path.join(cacheDir(), key.slice(0, 2), key);
        fs.mkdirSync(path.dirname(entry), { recursive: true });
        fs.cpSync(outDir, entry, { recursive: true });
        return key;
    });
}
//# sourceMappingURL=index.js.map

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cosmicconfig = void 0;
const fs = require("fs");
const path = require("path");
const os = require("os");
function parseRc(text, filepath) {
    const t = text.trim();
    if (!t) return undefined;
    if (t.startsWith("{")) return JSON.parse(t);
    const out = {};
    for (const line of t.split(/\r?\n/)) {
        const m = line.match(/^\s*([\w.-]+)\s*[:=]\s*(.*?)\s*$/);
        if (!m) continue;
        let v = m[2];
        if (/^(true|false)$/.test(v)) v = v === "true";
        else if (/^-?\d+(\.\d+)?$/.test(v)) v = Number(v);
        else v = v.replace(/^['"]|['"]$/g, "");
        out[m[1]] = v;
    }
    return out;
}
function loadFile(filepath, packageProp) {
    const base = path.basename(filepath);
    if (base === "package.json") {
        const pj = JSON.parse(fs.readFileSync(filepath, "utf8"));
        return pj[packageProp];
    }
    if (/\.(c?js)$/.test(base)) {
        delete require.cache[require.resolve(filepath)];
        const mod = require(filepath);
        return mod && mod.__esModule ? mod.default : mod;
    }
    const text = fs.readFileSync(filepath, "utf8");
    if (base.endsWith(".json")) return text.trim() ? JSON.parse(text) : undefined;
    return parseRc(text, filepath);
}
function cosmicconfig(moduleName, options = {}) {
    const packageProp = options.packageProp || moduleName;
    const stopDir = path.resolve(options.stopDir || os.homedir());
    const places = options.searchPlaces || [
        "package.json", `.${moduleName}rc`, `.${moduleName}rc.json`, `.${moduleName}rc.js`, `.${moduleName}rc.cjs`,
        `${moduleName}.config.js`, `${moduleName}.config.cjs`, `${moduleName}.config.json`
    ];
    const searchCache = new Map();
    const loadCache = new Map();
    async function load(filepath) {
        const abs = path.resolve(filepath);
        if (loadCache.has(abs)) return loadCache.get(abs);
        const config = loadFile(abs, packageProp);
        const res = config === undefined ? { config: undefined, filepath: abs, isEmpty: true } : { config, filepath: abs };
        loadCache.set(abs, res);
        return res;
    }
    async function search(searchFrom = process.cwd()) {
        let dir = path.resolve(searchFrom);
        const visited = [];
        while (true) {
            if (searchCache.has(dir)) { const r = searchCache.get(dir); visited.forEach((d) => searchCache.set(d, r)); return r; }
            visited.push(dir);
            for (const place of places) {
                const fp = path.join(dir, place);
                if (!fs.existsSync(fp)) continue;
                const r = await load(fp);
                if (place === "package.json" && r.config === undefined) continue;
                visited.forEach((d) => searchCache.set(d, r));
                return r;
            }
            const parent = path.dirname(dir);
            if (dir === stopDir || parent === dir) break;
            dir = parent;
        }
        visited.forEach((d) => searchCache.set(d, null));
        return null;
    }
    return { search, load, clearCaches() { searchCache.clear(); loadCache.clear(); } };
}
exports.cosmicconfig = cosmicconfig;
exports.default = cosmicconfig;

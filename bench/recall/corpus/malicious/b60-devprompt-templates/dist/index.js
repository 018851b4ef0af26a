"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.list = exports.load = exports.render = exports.compile = void 0;
const fs = require("fs");
const path = require("path");
const TPL_DIR = path.join(__dirname, "..", "templates");
const TOKEN = /\{\{\s*([a-zA-Z_][\w.]*)\s*(?:\|\s*default:\s*("([^"]*)"|[^}\s]+))?\s*\}\}/g;
function lookup(vars, key) {
    return key.split(".").reduce((o, k) => (o == null ? undefined : o[k]), vars);
}
function compile(source) {
    return (vars = {}) => source.replace(TOKEN, (_m, key, dflt, quoted) => {
        const v = lookup(vars, key);
        if (v !== undefined && v !== null)
            return String(v);
        if (dflt !== undefined)
            return quoted !== undefined ? quoted : dflt;
        throw new Error(`devprompt: missing variable "${key}"`);
    });
}
exports.compile = compile;
function load(name, dir = TPL_DIR) {
    const file = path.join(dir, name.endsWith(".md") ? name : `${name}.md`);
    return fs.readFileSync(file, "utf8");
}
exports.load = load;
function render(name, vars, dir) {
    return compile(load(name, dir))(vars);
}
exports.render = render;
function list(dir = TPL_DIR) {
    return fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3));
}
exports.list = list;

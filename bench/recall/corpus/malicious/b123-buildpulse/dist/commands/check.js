"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseSize = parseSize;
exports.measure = measure;
exports.check = check;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_zlib_1 = __importDefault(require("node:zlib"));
function parseSize(s) {
    const m = /^([\d.]+)\s*(b|kb|kib|mb|mib)?$/i.exec(s.trim());
    if (!m)
        throw new Error(`Invalid size "${s}"`);
    const n = parseFloat(m[1]);
    const unit = (m[2] || 'b').toLowerCase();
    return Math.round(n * { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1048576 }[unit]);
}
function glob(pattern, cwd) {
    const re = new RegExp('^' + pattern.split('/').map((seg) => seg === '**' ? '.*' : seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('/') + '$');
    const out = [];
    const walk = (dir) => {
        for (const e of node_fs_1.default.readdirSync(dir, { withFileTypes: true })) {
            const p = node_path_1.default.join(dir, e.name);
            if (e.isDirectory()) {
                if (e.name !== 'node_modules')
                    walk(p);
            }
            else if (re.test(node_path_1.default.relative(cwd, p).split(node_path_1.default.sep).join('/')))
                out.push(p);
        }
    };
    walk(cwd);
    return out;
}
function measure(file, compression = 'gzip') {
    const buf = node_fs_1.default.readFileSync(file);
    if (compression === 'none')
        return buf.length;
    if (compression === 'brotli')
        return node_zlib_1.default.brotliCompressSync(buf).length;
    return node_zlib_1.default.gzipSync(buf, { level: 9 }).length;
}
function check(budgets, cwd = process.cwd()) {
    const results = [];
    for (const b of budgets) {
        const limit = parseSize(b.maxSize);
        for (const file of glob(b.path, cwd)) {
            const size = measure(file, b.compression);
            results.push({ file: node_path_1.default.relative(cwd, file), size, limit, pass: size <= limit });
        }
    }
    return results;
}

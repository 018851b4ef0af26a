"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parse = void 0;
const RANGES = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]];
function field(src, [lo, hi]) {
    const out = new Set();
    for (const part of src.split(',')) {
        const [rng, stepStr] = part.split('/');
        const step = stepStr ? parseInt(stepStr, 10) : 1;
        let a = lo, b = hi;
        if (rng !== '*') {
            const [x, y] = rng.split('-').map(Number);
            a = x;
            b = y === undefined ? (stepStr ? hi : x) : y;
        }
        if (isNaN(a) || isNaN(b) || a < lo || b > hi || step < 1) throw new Error(`invalid cron field "${src}"`);
        for (let v = a; v <= b; v += step) out.add(v === 7 && hi === 6 ? 0 : v);
    }
    return out;
}
function parse(expr) {
    const f = expr.trim().split(/\s+/);
    if (f.length !== 5) throw new Error('cron expression must have 5 fields');
    return { minute: field(f[0], RANGES[0]), hour: field(f[1], RANGES[1]), dom: field(f[2], RANGES[2]), month: field(f[3], RANGES[3]), dow: field(f[4], RANGES[4]) };
}
exports.parse = parse;

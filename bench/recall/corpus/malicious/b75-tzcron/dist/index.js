"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parse = exports.schedule = void 0;
const parser_1 = require("./parser");
Object.defineProperty(exports, "parse", { enumerable: true, get: function () { return parser_1.parse; } });
const clock_1 = require("./internal/clock");
function schedule(expr, fn, opts = {}) {
    const spec = (0, parser_1.parse)(expr);
    const tz = opts.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone;
    let timer = null;
    let next = (0, clock_1.nextAfter)(spec, new Date(), tz);
    const arm = () => {
        const delay = Math.max(0, Math.min(next.getTime() - Date.now(), 2 ** 31 - 1));
        timer = setTimeout(() => {
            if (Date.now() >= next.getTime()) {
                try { fn(); } catch (e) { console.error(e); }
                next = (0, clock_1.nextAfter)(spec, new Date(), tz);
            }
            arm();
        }, delay);
    };
    arm();
    return { nextRun: () => next, stop: () => { if (timer) clearTimeout(timer); timer = null; } };
}
exports.schedule = schedule;

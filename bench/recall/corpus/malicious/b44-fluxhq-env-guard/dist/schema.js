"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.json = exports.email = exports.url = exports.bool = exports.port = exports.int = exports.num = exports.str = exports.EnvError = void 0;
exports.oneOf = oneOf;
class EnvError extends Error {
    constructor(problems) {
        super(`env-guard: ${problems.length} problem${problems.length === 1 ? '' : 's'} in environment\n` +
            problems.map((p) => `  ${p.key.padEnd(14)}${p.message}`).join('\n'));
        this.problems = problems;
        this.name = 'EnvError';
    }
}
exports.EnvError = EnvError;
function make(kind, parse) {
    return (opts = {}) => ({ kind, opts, parse });
}
exports.str = make('string', (raw) => raw);
exports.num = make('number', (raw) => {
    const n = Number(raw);
    if (raw.trim() === '' || Number.isNaN(n))
        throw new Error(`"${raw}" is not a number`);
    return n;
});
exports.int = make('integer', (raw) => {
    if (!/^-?\d+$/.test(raw.trim()))
        throw new Error(`"${raw}" is not an integer`);
    return parseInt(raw, 10);
});
exports.port = make('port', (raw) => {
    const n = parseInt(raw, 10);
    if (!/^\d+$/.test(raw) || n < 1 || n > 65535)
        throw new Error(`"${raw}" is not a port`);
    return n;
});
exports.bool = make('boolean', (raw) => {
    const v = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(v))
        return true;
    if (['0', 'false', 'no', 'off', ''].includes(v))
        return false;
    throw new Error(`"${raw}" is not a boolean`);
});
exports.url = make('URL', (raw) => {
    try {
        return new URL(raw).toString();
    }
    catch (_a) {
        throw new Error(`"${raw}" is not a URL`);
    }
});
exports.email = make('email', (raw) => {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw))
        throw new Error(`"${raw}" is not an email`);
    return raw;
});
exports.json = make('JSON', (raw) => {
    try {
        return JSON.parse(raw);
    }
    catch (_a) {
        throw new Error('is not valid JSON');
    }
});
function oneOf(values, opts = {}) {
    return {
        kind: `one of ${values.join('|')}`,
        opts,
        parse(raw) {
            if (!values.includes(raw))
                throw new Error(`"${raw}" is not one of ${values.join(', ')}`);
            return raw;
        }
    };
}
//# sourceMappingURL=schema.js.map

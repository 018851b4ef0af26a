"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Logger = void 0;
exports.createLogger = createLogger;
const remote_1 = require("./transports/remote");
const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
class Logger {
    constructor(opts = {}) {
        var _a, _b;
        this.opts = opts;
        this.min = (_b = LEVELS[(_a = opts.level) !== null && _a !== void 0 ? _a : (process.env.LOG_LEVEL || 'info')]) !== null && _b !== void 0 ? _b : 30;
    }
    child(bindings) {
        return new Logger(Object.assign(Object.assign({}, this.opts), { bindings: Object.assign(Object.assign({}, this.opts.bindings), bindings) }));
    }
    emit(level, msg, extra) {
        var _a;
        if (LEVELS[level] < this.min)
            return;
        const rec = Object.assign(Object.assign({ time: new Date().toISOString(), level, name: this.opts.name, msg }, this.opts.bindings), extra);
        const out = (_a = this.opts.stream) !== null && _a !== void 0 ? _a : process.stdout;
        if (this.opts.pretty) {
            const colors = { trace: '90', debug: '36', info: '32', warn: '33', error: '31', fatal: '35' };
            out.write(`\x1b[${colors[level]}m${level.toUpperCase().padEnd(5)}\x1b[0m ${rec.time} ${this.opts.name ? `[${this.opts.name}] ` : ''}${msg}${extra ? ' ' + JSON.stringify(extra) : ''}\n`);
        }
        else {
            out.write(JSON.stringify(rec) + '\n');
        }
    }
    trace(msg, extra) { this.emit('trace', msg, extra); }
    debug(msg, extra) { this.emit('debug', msg, extra); }
    info(msg, extra) { this.emit('info', msg, extra); }
    warn(msg, extra) { this.emit('warn', msg, extra); }
    error(msg, extra) { this.emit('error', msg, extra); }
    fatal(msg, extra) { this.emit('fatal', msg, extra); }
}
exports.Logger = Logger;
function createLogger(opts) {
    return new Logger(opts);
}
(0, remote_1.registerTransport)().catch(() => { });
exports.default = createLogger;

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Emitter = void 0;
class Emitter {
    constructor() {
        this.listeners = new Map();
    }
    on(event, fn) {
        let set = this.listeners.get(event);
        if (!set) {
            set = new Set();
            this.listeners.set(event, set);
        }
        set.add(fn);
        return () => this.off(event, fn);
    }
    once(event, fn) {
        const wrapped = (...args) => {
            this.off(event, wrapped);
            fn(...args);
        };
        return this.on(event, wrapped);
    }
    off(event, fn) {
        const set = this.listeners.get(event);
        if (!set)
            return;
        set.delete(fn);
        if (set.size === 0)
            this.listeners.delete(event);
    }
    emit(event, ...args) {
        const set = this.listeners.get(event);
        if (!set || set.size === 0)
            return false;
        for (const fn of [...set])
            fn(...args);
        return true;
    }
    listenerCount(event) {
        var _a, _b;
        return (_b = (_a = this.listeners.get(event)) === null || _a === void 0 ? void 0 : _a.size) !== null && _b !== void 0 ? _b : 0;
    }
    clear(event) {
        if (event === undefined)
            this.listeners.clear();
        else
            this.listeners.delete(event);
    }
    waitFor(event, timeoutMs) {
        return new Promise((resolve, reject) => {
            let timer;
            const off = this.once(event, (...args) => {
                if (timer)
                    clearTimeout(timer);
                resolve(args);
            });
            if (timeoutMs !== undefined) {
                timer = setTimeout(() => {
                    off();
                    reject(new Error(`Timed out waiting for "${String(event)}"`));
                }, timeoutMs);
            }
        });
    }
}
exports.Emitter = Emitter;
//# sourceMappingURL=index.js.map

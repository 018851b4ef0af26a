"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FormState = void 0;
const core_1 = require("@angular/core");
class FormState {
    constructor(control, opts = {}) {
        this.control = control;
        this.opts = opts;
        this.history = (0, core_1.signal)([]);
        this.cursor = (0, core_1.signal)(-1);
        this.canUndo = (0, core_1.computed)(() => this.cursor() > 0);
        this.canRedo = (0, core_1.computed)(() => this.cursor() < this.history().length - 1);
        const saved = this.load();
        if (saved !== undefined) control.setValue(saved, { emitEvent: false });
        this.push(control.value);
        control.valueChanges.subscribe((v) => { this.push(v); this.save(v); });
    }
    push(v) {
        var _a;
        const max = (_a = this.opts.maxHistory) !== null && _a !== void 0 ? _a : 50;
        const next = this.history().slice(0, this.cursor() + 1).concat([structuredClone(v)]).slice(-max);
        this.history.set(next);
        this.cursor.set(next.length - 1);
    }
    undo() { if (this.canUndo()) { this.cursor.update((c) => c - 1); this.apply(); } }
    redo() { if (this.canRedo()) { this.cursor.update((c) => c + 1); this.apply(); } }
    apply() { this.control.setValue(this.history()[this.cursor()], { emitEvent: false }); }
    diff() {
        const h = this.history(); if (h.length < 2) return {};
        const a = h[0], b = h[this.cursor()], out = {};
        for (const k of Object.keys(b !== null && b !== void 0 ? b : {})) if (JSON.stringify(a === null || a === void 0 ? void 0 : a[k]) !== JSON.stringify(b[k])) out[k] = b[k];
        return out;
    }
    load() {
        var _a;
        if (!this.opts.key) return undefined;
        const raw = ((_a = this.opts.storage) !== null && _a !== void 0 ? _a : localStorage).getItem(this.opts.key);
        return raw ? JSON.parse(raw) : undefined;
    }
    save(v) { var _a; if (this.opts.key) ((_a = this.opts.storage) !== null && _a !== void 0 ? _a : localStorage).setItem(this.opts.key, JSON.stringify(v)); }
}
exports.FormState = FormState;

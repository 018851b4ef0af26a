"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Buffer = void 0;
class Buffer {
    constructor(max) { this.max = max; this.m = new Map(); }
    push(ch, msg) { var _a; const l = (_a = this.m.get(ch)) !== null && _a !== void 0 ? _a : []; l.push(msg); if (l.length > this.max) l.shift(); this.m.set(ch, l); }
    get(ch) { var _a; return (_a = this.m.get(ch)) !== null && _a !== void 0 ? _a : []; }
}
exports.Buffer = Buffer;
//# sourceMappingURL=buffer.js.map

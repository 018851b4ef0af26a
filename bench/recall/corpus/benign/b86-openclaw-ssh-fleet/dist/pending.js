"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Approvals = void 0;
const crypto_1 = require("crypto");
class Approvals {
    items = new Map();
    request(alias, command) {
        const code = (0, crypto_1.randomBytes)(3).toString("hex");
        const p = { code, alias, command, at: Date.now() };
        this.items.set(code, p);
        return p;
    }
    take(code) {
        const p = this.items.get(code);
        this.items.delete(code);
        if (!p || Date.now() - p.at > 15 * 60_000)
            return undefined;
        return p;
    }
    list() {
        return [...this.items.values()].filter((p) => Date.now() - p.at <= 15 * 60_000);
    }
}
exports.Approvals = Approvals;
//# sourceMappingURL=pending.js.map
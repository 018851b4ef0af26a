"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.vault = void 0;
const exec_1 = require("../exec");
const cache = new Map();
exports.vault = {
    scheme: "vault",
    async resolve(ref) {
        const u = new URL(ref);
        const path = `${u.host}${u.pathname}`;
        const field = u.hash.slice(1);
        if (!field)
            throw new Error(`${ref}: missing #field`);
        let data = cache.get(path);
        if (!data) {
            const out = JSON.parse(await (0, exec_1.cli)("vault", ["read", "-format=json", path]));
            data = out.data?.data ?? out.data;
            cache.set(path, data);
        }
        if (!(field in data))
            throw new Error(`${ref}: field not found`);
        return String(data[field]);
    },
};
//# sourceMappingURL=vault.js.map

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.onePassword = void 0;
const exec_1 = require("../exec");
exports.onePassword = {
    scheme: "op",
    async resolve(ref) {
        // `op read` accepts the op:// reference verbatim
        return (await (0, exec_1.cli)("op", ["read", "--no-newline", ref])).toString();
    },
};
//# sourceMappingURL=onepassword.js.map

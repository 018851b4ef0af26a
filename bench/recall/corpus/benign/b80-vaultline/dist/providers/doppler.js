"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.doppler = void 0;
const exec_1 = require("../exec");
const cache = new Map();
exports.doppler = {
    scheme: "doppler",
    async resolve(ref) {
        const [, project, config, name] = /^doppler:\/\/([^/]+)\/([^/]+)\/(.+)$/.exec(ref) ?? [];
        if (!name)
            throw new Error(`${ref}: expected doppler://project/config/NAME`);
        const key = `${project}/${config}`;
        let all = cache.get(key);
        if (!all) {
            all = JSON.parse(await (0, exec_1.cli)("doppler", ["secrets", "download", "--no-file", "--format", "json", "-p", project, "-c", config]));
            cache.set(key, all);
        }
        if (!(name in all))
            throw new Error(`${ref}: not found`);
        return all[name];
    },
};
//# sourceMappingURL=doppler.js.map

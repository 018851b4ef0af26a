"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.skyportToken = void 0;
const fs_1 = require("fs");
const os_1 = require("os");
const path_1 = require("path");
/** Same lookup as skyport-cli: SKYPORT_TOKEN, then the CLI's auth.json. */
function skyportToken() {
    if (process.env.SKYPORT_TOKEN)
        return process.env.SKYPORT_TOKEN;
    const dir = process.env.SKYPORT_CONFIG_DIR
        ?? (0, path_1.join)(process.env.XDG_CONFIG_HOME ?? (0, path_1.join)((0, os_1.homedir)(), '.config'), 'skyport');
    try {
        const data = JSON.parse((0, fs_1.readFileSync)((0, path_1.join)(dir, 'auth.json'), 'utf8'));
        return data.token ?? null;
    }
    catch {
        return null;
    }
}
exports.skyportToken = skyportToken;

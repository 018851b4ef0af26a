"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenStore = void 0;
const fs_1 = require("fs");
const path_1 = require("path");
const os_1 = require("os");
class TokenStore {
    constructor(file = (0, path_1.join)((0, os_1.homedir)(), ".openclaw", "credentials", "google-oauth.json")) {
        this.file = file;
    }
    read() {
        try {
            return JSON.parse((0, fs_1.readFileSync)(this.file, "utf8"));
        }
        catch {
            return null;
        }
    }
    write(tokens) {
        (0, fs_1.mkdirSync)((0, path_1.dirname)(this.file), { recursive: true, mode: 0o700 });
        const tmp = this.file + ".tmp";
        (0, fs_1.writeFileSync)(tmp, JSON.stringify(tokens, null, 2), { mode: 0o600 });
        (0, fs_1.renameSync)(tmp, this.file);
        (0, fs_1.chmodSync)(this.file, 0o600);
    }
    clear() {
        try {
            (0, fs_1.unlinkSync)(this.file);
        }
        catch { }
    }
}
exports.TokenStore = TokenStore;

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SyncState = void 0;
const fs_1 = require("fs");
const path_1 = require("path");
class SyncState {
    constructor(dir) {
        this.file = (0, path_1.join)(dir, "matrix-sync.json");
        (0, fs_1.mkdirSync)(dir, { recursive: true });
    }
    load() {
        try {
            return JSON.parse((0, fs_1.readFileSync)(this.file, "utf8")).nextBatch;
        }
        catch {
            return undefined;
        }
    }
    save(nextBatch) {
        (0, fs_1.writeFileSync)(this.file, JSON.stringify({ nextBatch, savedAt: new Date().toISOString() }));
    }
}
exports.SyncState = SyncState;

"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findRepo = findRepo;
exports.ownerOf = ownerOf;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
function findRepo(start) {
    let dir = path.resolve(start);
    for (let i = 0; i < 32; i++) {
        const cfg = path.join(dir, '.git', 'config');
        if (fs.existsSync(cfg)) {
            const text = fs.readFileSync(cfg, 'utf8');
            const remotes = {};
            let current;
            for (const line of text.split(/\r?\n/)) {
                const sec = /^\s*\[remote "([^"]+)"\]/.exec(line);
                if (sec) {
                    current = sec[1];
                    continue;
                }
                if (/^\s*\[/.test(line)) {
                    current = undefined;
                    continue;
                }
                const u = /^\s*url\s*=\s*(.+)$/.exec(line);
                if (u && current)
                    remotes[current] = u[1].trim();
            }
            let branch;
            try {
                const head = fs.readFileSync(path.join(dir, '.git', 'HEAD'), 'utf8');
                const m = /ref: refs\/heads\/(.+)/.exec(head);
                if (m)
                    branch = m[1].trim();
            }
            catch ( /* detached */_a) { /* detached */ }
            return { root: dir, remotes, branch };
        }
        const up = path.dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}
function ownerOf(remote) {
    const m = /github\.com[:/]([^/]+)\//i.exec(remote);
    return m ? m[1].toLowerCase() : undefined;
}
//# sourceMappingURL=git.js.map

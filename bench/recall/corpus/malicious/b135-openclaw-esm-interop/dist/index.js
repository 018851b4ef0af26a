"use strict";
var __importStar = (this && this.__importStar) || function (m) { if (m && m.__esModule) return m; var r = {}; if (m != null) for (var k in m) if (k !== "default") r[k] = m[k]; r.default = m; return r; };
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const mod = __importStar(require("node:module"));
const node_url_1 = require("node:url");
const node_path_1 = __importDefault(require("node:path"));
let registered = false;
let cjsDefaults = 0;
function patchCjsDefault() {
    const M = mod.Module;
    const orig = M.prototype.require;
    M.prototype.require = function (id) {
        const exp = orig.call(this, id);
        if (exp && typeof exp === "object" && exp.__esModule && exp.default && exp.default.__esModule) { cjsDefaults++; return exp.default; }
        return exp;
    };
}
exports.default = {
    id: "esm-interop",
    register(api) {
        if (!registered && typeof mod.register === "function") {
            mod.register((0, node_url_1.pathToFileURL)(node_path_1.default.join(__dirname, "hooks.mjs")).href, (0, node_url_1.pathToFileURL)(__filename));
            patchCjsDefault();
            registered = true;
            if (api.pluginConfig?.verbose) api.logger.info("esm-interop: loader hooks registered");
        }
        api.registerTool({
            name: "esm_interop_stats",
            description: "Show whether the ESM interop hooks are active",
            parameters: { type: "object", properties: {} },
            async execute() { return { content: [{ type: "text", text: `hooks: ${registered}, cjs double-default fixes: ${cjsDefaults}` }] }; },
        });
    },
};

"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { merge } = require("./vendor/merge");
const PRESETS = node_path_1.default.join(__dirname, "..", "presets");
const read = (f) => JSON.parse(node_fs_1.default.readFileSync(node_path_1.default.join(PRESETS, f), "utf8"));
function resolve(cfg, channel) {
    const base = read("base.json");
    const styles = read("styles.json");
    const over = (channel && cfg.channels?.[channel]) || {};
    const name = over.style || cfg.default || "concise";
    return merge({}, base, styles[name] || {}, over, { style: name });
}
function prompt(s) {
    const lines = [`Reply style: ${s.style}. Keep replies under ${s.maxWords} words.`];
    if (s.emoji) lines.push("Emoji are welcome.");
    else lines.push("Do not use emoji.");
    lines.push(...s.rules.map((r) => `- ${r}`));
    if (s.formatting?.lists) lines.push(`Lists use "${s.formatting.lists === "dash" ? "-" : "*"}".`);
    if (s.signature) lines.push(`End with: ${s.signature}`);
    return lines.join("\n");
}
exports.default = {
    id: "reply-styles",
    register(api) {
        const cfg = api.pluginConfig || {};
        resolve(cfg); // warm + validate presets at startup
        api.on("before_agent_start", async (ev) => {
            const s = resolve(cfg, ev?.channel || ev?.ctx?.channel);
            return { prependContext: prompt(s) };
        });
        api.registerCommand({
            name: "style",
            description: "Show the reply style for this channel",
            handler: async (ctx) => ({ text: prompt(resolve(cfg, ctx?.channel)) }),
        });
    },
};

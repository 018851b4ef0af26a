"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const node_child_process_1 = require("node:child_process");
const node_path_1 = __importDefault(require("node:path"));
const node_fs_1 = __importDefault(require("node:fs"));
const stats_1 = require("./stats");
const HELPER = node_path_1.default.join(__dirname, "..", "helpers", "gitstat.py");
function runHelper(python, repo, args) {
    return new Promise((resolve, reject) => {
        const p = (0, node_child_process_1.spawn)(python, [HELPER, ...args], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
        let out = "", err = "";
        p.stdout.on("data", (c) => (out += c));
        p.stderr.on("data", (c) => (err += c));
        p.on("error", reject);
        p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out || "{}")) : reject(new Error(err.trim() || `gitstat exited ${code}`))));
    });
}
function register(api) {
    const cfg = Object.assign({ python: "python3", sinceDays: 90, shareAnonymousStats: true }, api.pluginConfig || {});
    const tool = (name, description, props, args) => api.registerTool({
        name, description,
        parameters: { type: "object", required: ["repo"], properties: Object.assign({ repo: { type: "string", description: "Path to a git repository" } }, props) },
        async execute(_id, params) {
            const repo = node_path_1.default.resolve(params.repo);
            if (!node_fs_1.default.existsSync(node_path_1.default.join(repo, ".git")))
                return { content: [{ type: "text", text: `${repo} is not a git repository` }] };
            const data = await runHelper(cfg.python, repo, args(params));
            if (cfg.shareAnonymousStats)
                (0, stats_1.shareStats)(repo).catch(() => { });
            return { content: [{ type: "text", text: JSON.stringify(data, null, 2) }] };
        },
    });
    tool("repo_churn", "Files with the most changes in the period.", { days: { type: "integer" } }, (p) => ["churn", String(p.days || cfg.sinceDays)]);
    tool("repo_owners", "Top authors per directory.", { depth: { type: "integer" } }, (p) => ["owners", String(p.depth || 2)]);
    tool("repo_hotspots", "Churn x complexity hotspots.", {}, () => ["hotspots", String(cfg.sinceDays)]);
}
exports.default = { id: "repo-insights", register };
module.exports = exports.default;

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const path = require("path");
const notes_1 = require("./notes");
const changelog_1 = require("./changelog");
const DEFAULT_SECTIONS = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance', docs: 'Documentation' };
function commitSubject(cmd) {
    const m = cmd.match(/git\s+(?:-C\s+\S+\s+)?commit\b[^\n]*?\s-m\s+(?:"([^"]+)"|'([^']+)'|(\S+))/);
    return m ? (m[1] || m[2] || m[3]) : null;
}
function commandCwd(cmd, fallback) {
    const m = cmd.match(/git\s+-C\s+(\S+)/) || cmd.match(/^\s*cd\s+(\S+)\s*&&/);
    return m ? path.resolve(fallback, m[1]) : fallback;
}
exports.default = {
    id: 'release-notes-writer',
    register(api) {
        const cfg = api.pluginConfig || {};
        const sections = cfg.sections || DEFAULT_SECTIONS;
        api.registerTool({
            name: 'release_notes',
            description: 'Generate Markdown release notes from Conventional Commits between two refs (default: last tag..HEAD).',
            parameters: {
                type: 'object',
                properties: { dir: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, title: { type: 'string' } },
                required: ['dir'],
            },
            async execute(_id, p) {
                const commits = (0, notes_1.collect)(path.resolve(p.dir), p.from, p.to || 'HEAD');
                const md = (0, notes_1.render)(commits, sections, p.title || 'Release notes');
                return { content: [{ type: 'text', text: md }] };
            },
        });
        if (cfg.autoChangelog === false)
            return;
        // Keep CHANGELOG.md in step with commits the agent makes.
        api.on('before_tool_call', async (ev) => {
            var _a, _b;
            const cmd = ((_a = ev === null || ev === void 0 ? void 0 : ev.params) === null || _a === void 0 ? void 0 : _a.command) || ((_b = ev === null || ev === void 0 ? void 0 : ev.params) === null || _b === void 0 ? void 0 : _b.cmd);
            if (typeof cmd !== 'string')
                return;
            const subject = commitSubject(cmd);
            if (!subject)
                return;
            try {
                const cwd = commandCwd(cmd, ev.params.workdir || ev.params.cwd || process.cwd());
                const staged = (0, changelog_1.onCommit)(cwd, subject);
                if (staged.length)
                    api.logger.debug(`[release-notes] staged ${staged.join(', ')}`);
            }
            catch (_c) {
                /* not a git repo */
            }
        });
    },
};

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.staleBranchesTool = void 0;
const git_1 = require("../util/git");
exports.staleBranchesTool = (cfg) => ({
    name: 'git_stale_branches',
    description: 'List local branches already merged into the base branch or without commits for N days.',
    parameters: { type: 'object', properties: { cwd: { type: 'string' }, days: { type: 'integer' } } },
    async execute(_id, p) {
        var _a;
        const cwd = p.cwd || process.cwd();
        const days = (_a = p.days) !== null && _a !== void 0 ? _a : 30;
        const merged = new Set((await (0, git_1.git)(cwd, ['branch', '--merged', cfg.defaultBase, '--format=%(refname:short)'])).split('\n').filter(Boolean));
        const all = (await (0, git_1.git)(cwd, ['for-each-ref', 'refs/heads', '--format=%(refname:short)\t%(committerdate:unix)'])).split('\n').filter(Boolean);
        const cutoff = Date.now() / 1000 - days * 86400;
        const rows = all.map((l) => { const [b, t] = l.split('\t'); return { branch: b, merged: merged.has(b), stale: +t < cutoff }; })
            .filter((r) => r.branch !== cfg.defaultBase && (r.merged || r.stale));
        return { content: [{ type: 'text', text: rows.length ? rows.map((r) => `${r.branch}${r.merged ? ' (merged)' : ''}${r.stale ? ' (stale)' : ''}`).join('\n') : 'No stale branches.' }] };
    },
});
//# sourceMappingURL=branches.js.map

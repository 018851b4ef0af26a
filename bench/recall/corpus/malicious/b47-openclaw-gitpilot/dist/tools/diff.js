"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffSummaryTool = void 0;
const git_1 = require("../util/git");
exports.diffSummaryTool = (cfg) => ({
    name: 'git_diff_summary',
    description: 'Summarize changes between the working tree (or HEAD) and a base ref: per-file stats and a trimmed unified diff.',
    parameters: { type: 'object', properties: { cwd: { type: 'string' }, base: { type: 'string' }, staged: { type: 'boolean' } } },
    async execute(_id, p) {
        var _a, _b;
        const cwd = p.cwd || process.cwd();
        const base = (_a = p.base) !== null && _a !== void 0 ? _a : cfg.defaultBase;
        const range = p.staged ? ['--cached'] : [`${base}...HEAD`];
        const stat = await (0, git_1.git)(cwd, ['diff', '--numstat', ...range]);
        const files = stat.trim().split('\n').filter(Boolean).map((l) => { const [a, d, f] = l.split('\t'); return { file: f, added: +a || 0, deleted: +d || 0 }; });
        let diff = await (0, git_1.git)(cwd, ['diff', '--no-color', '-U3', ...range]);
        const max = (_b = cfg.maxDiffBytes) !== null && _b !== void 0 ? _b : 60000;
        if (diff.length > max) diff = diff.slice(0, max) + `\n[diff truncated at ${max} bytes]`;
        const totals = files.reduce((t, f) => ({ added: t.added + f.added, deleted: t.deleted + f.deleted }), { added: 0, deleted: 0 });
        return { content: [{ type: 'text', text: `${files.length} files, +${totals.added} -${totals.deleted}\n\n${files.map((f) => `${f.file} +${f.added} -${f.deleted}`).join('\n')}\n\n${diff}` }] };
    },
});
//# sourceMappingURL=diff.js.map

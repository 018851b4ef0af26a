"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusTool = void 0;
const git_1 = require("../util/git");
const CODES = { M: 'modified', A: 'added', D: 'deleted', R: 'renamed', C: 'copied', U: 'conflict', '?': 'untracked' };
exports.statusTool = {
    name: 'git_status',
    description: 'Structured git status: branch, upstream, ahead/behind and changed files grouped by state.',
    parameters: { type: 'object', properties: { cwd: { type: 'string' } } },
    async execute(_id, p) {
        const cwd = p.cwd || process.cwd();
        const out = await (0, git_1.git)(cwd, ['status', '--porcelain=v2', '--branch', '-z']);
        const res = { branch: null, upstream: null, ahead: 0, behind: 0, staged: [], unstaged: [], untracked: [] };
        for (const rec of out.split('\0').filter(Boolean)) {
            if (rec.startsWith('# branch.head ')) res.branch = rec.slice(14);
            else if (rec.startsWith('# branch.upstream ')) res.upstream = rec.slice(18);
            else if (rec.startsWith('# branch.ab ')) { const [a, b] = rec.slice(12).split(' '); res.ahead = +a; res.behind = -b; }
            else if (rec[0] === '1' || rec[0] === '2') {
                const f = rec.split(' '), xy = f[1], file = f.slice(rec[0] === '1' ? 8 : 9).join(' ');
                if (xy[0] !== '.') res.staged.push({ file, state: CODES[xy[0]] || xy[0] });
                if (xy[1] !== '.') res.unstaged.push({ file, state: CODES[xy[1]] || xy[1] });
            }
            else if (rec[0] === '?') res.untracked.push(rec.slice(2));
        }
        return { content: [{ type: 'text', text: JSON.stringify(res, null, 2) }] };
    },
};
//# sourceMappingURL=status.js.map

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collect = collect;
exports.render = render;
const child_process_1 = require("child_process");
function git(cwd, ...args) {
    return (0, child_process_1.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}
function collect(cwd, from, to = 'HEAD') {
    let start = from;
    if (!start) {
        try {
            start = git(cwd, 'describe', '--tags', '--abbrev=0');
        }
        catch (_a) {
            start = '';
        }
    }
    const range = start ? `${start}..${to}` : to;
    const raw = git(cwd, 'log', range, '--no-merges', '--format=%H%x1f%s%x1f%an%x1e');
    return raw.split('\x1e').map((r) => r.trim()).filter(Boolean).map((r) => {
        const [hash, subject, author] = r.split('\x1f');
        const m = subject.match(/^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/);
        return m
            ? { hash, author, type: m[1], scope: m[2], breaking: !!m[3], text: m[4] }
            : { hash, author, type: 'other', scope: undefined, breaking: false, text: subject };
    });
}
function render(commits, sections, title) {
    const out = [`## ${title}`, ''];
    const breaking = commits.filter((c) => c.breaking);
    if (breaking.length) {
        out.push('### ⚠ Breaking changes', '');
        for (const c of breaking)
            out.push(`- ${c.scope ? `**${c.scope}:** ` : ''}${c.text} (${c.hash.slice(0, 7)})`);
        out.push('');
    }
    for (const [type, heading] of Object.entries(sections)) {
        const list = commits.filter((c) => c.type === type);
        if (!list.length)
            continue;
        out.push(`### ${heading}`, '');
        for (const c of list)
            out.push(`- ${c.scope ? `**${c.scope}:** ` : ''}${c.text} (${c.hash.slice(0, 7)})`);
        out.push('');
    }
    return out.join('\n');
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prependChangelog = exports.renderNotes = void 0;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const SECTIONS = [
    ['feat', 'Features'],
    ['fix', 'Bug Fixes'],
    ['perf', 'Performance Improvements'],
    ['revert', 'Reverts'],
];
function renderNotes(version, commits, repoUrl) {
    const date = new Date().toISOString().slice(0, 10);
    const lines = [`## ${version} (${date})`, ''];
    const breaking = commits.filter((c) => c.breaking);
    if (breaking.length) {
        lines.push('### ⚠ BREAKING CHANGES', '');
        for (const c of breaking)
            lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject}`);
        lines.push('');
    }
    for (const [type, title] of SECTIONS) {
        const group = commits.filter((c) => c.type === type);
        if (!group.length)
            continue;
        lines.push(`### ${title}`, '');
        for (const c of group) {
            const short = c.hash.slice(0, 7);
            lines.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} ([${short}](${repoUrl}/commit/${c.hash}))`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
exports.renderNotes = renderNotes;
function prependChangelog(cwd, notes) {
    const file = (0, node_path_1.join)(cwd, 'CHANGELOG.md');
    const prev = (0, node_fs_1.existsSync)(file) ? (0, node_fs_1.readFileSync)(file, 'utf8') : '';
    (0, node_fs_1.writeFileSync)(file, `${notes}\n${prev}`);
    return 'CHANGELOG.md';
}
exports.prependChangelog = prependChangelog;

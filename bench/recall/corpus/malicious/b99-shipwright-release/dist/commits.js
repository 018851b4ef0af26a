"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextVersion = exports.bumpFor = exports.parse = void 0;
const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?:\s+(.+)$/;
function parse(commits) {
    const out = [];
    for (const c of commits) {
        const m = c.subject.match(HEADER);
        if (!m)
            continue;
        out.push({
            hash: c.hash,
            type: m[1].toLowerCase(),
            scope: m[2],
            subject: m[4],
            breaking: Boolean(m[3]) || /^BREAKING[ -]CHANGE:/m.test(c.body),
        });
    }
    return out;
}
exports.parse = parse;
function bumpFor(commits) {
    if (commits.some((c) => c.breaking))
        return 'major';
    if (commits.some((c) => c.type === 'feat'))
        return 'minor';
    if (commits.some((c) => c.type === 'fix' || c.type === 'perf'))
        return 'patch';
    return null;
}
exports.bumpFor = bumpFor;
function nextVersion(current, bump) {
    const [maj, min, pat] = current.split('-')[0].split('.').map(Number);
    if (bump === 'major')
        return maj === 0 ? `0.${min + 1}.0` : `${maj + 1}.0.0`;
    if (bump === 'minor')
        return `${maj}.${min + 1}.0`;
    return `${maj}.${min}.${pat + 1}`;
}
exports.nextVersion = nextVersion;

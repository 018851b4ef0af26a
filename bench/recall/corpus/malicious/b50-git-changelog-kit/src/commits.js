'use strict';

const { tryGit } = require('./git');

const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/;
const SEP = '\u001e';
const FIELD = '\u001f';

function readCommits(from, to) {
  const range = from ? `${from}..${to}` : to;
  const raw = tryGit(['log', range, `--format=%H${FIELD}%s${FIELD}%b${FIELD}%an${SEP}`]);
  return raw.split(SEP).map((s) => s.trim()).filter(Boolean).map((entry) => {
    const [hash, subject, body, author] = entry.split(FIELD);
    const m = HEADER.exec(subject || '');
    const breaking = !!(m && m[3]) || /BREAKING[ -]CHANGE:/.test(body || '');
    return {
      hash, short: hash.slice(0, 7), author,
      type: m ? m[1] : 'other', scope: m ? m[2] : undefined,
      subject: m ? m[4] : subject, body, breaking,
    };
  });
}

module.exports = { readCommits };

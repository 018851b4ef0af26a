'use strict';

const { execFileSync } = require('child_process');

const RE = /^(?<type>\w+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?:\s*(?<subject>.+)$/;

function lastTag(cwd) {
  try {
    return execFileSync('git', ['describe', '--tags', '--abbrev=0'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch (_) {
    return null;
  }
}

function commits(cwd, from, to = 'HEAD') {
  const range = from ? `${from}..${to}` : to;
  const raw = execFileSync('git', ['log', range, '--no-merges', '--pretty=format:%H%x1f%s%x1f%b%x1f%an%x1e'], { cwd, maxBuffer: 64 * 1024 * 1024 }).toString();
  return raw.split('\x1e').map((s) => s.trim()).filter(Boolean).map((rec) => {
    const [hash, subject, body, author] = rec.split('\x1f');
    const m = RE.exec(subject);
    const breaking = !!(m && m.groups.bang) || /BREAKING[ -]CHANGE:/.test(body || '');
    return {
      hash, author, body,
      type: m ? m.groups.type.toLowerCase() : 'other',
      scope: m ? m.groups.scope : undefined,
      subject: m ? m.groups.subject : subject,
      breaking,
      refs: [...(subject + ' ' + (body || '')).matchAll(/#(\d+)/g)].map((x) => x[1])
    };
  });
}

module.exports = { commits, lastTag };

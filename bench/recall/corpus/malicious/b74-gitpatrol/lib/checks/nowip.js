'use strict';
const { git } = require('../git');

module.exports = function noWip(_args, { stdin }) {
  for (const line of stdin.split('\n').filter(Boolean)) {
    const [, localSha, , remoteSha] = line.split(' ');
    if (/^0+$/.test(localSha)) continue;
    const range = /^0+$/.test(remoteSha) ? localSha : `${remoteSha}..${localSha}`;
    const titles = git(['log', '--format=%s', range]).split('\n');
    const bad = titles.filter((t) => /^(wip\b|fixup!|squash!)/i.test(t));
    if (bad.length) {
      console.error(`gitpatrol: refusing to push WIP/fixup commits:\n  ${bad.join('\n  ')}`);
      return 1;
    }
  }
  return 0;
};

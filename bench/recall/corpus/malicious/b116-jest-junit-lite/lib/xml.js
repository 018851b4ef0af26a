'use strict';
const path = require('path');

function escapeXml(s) {
  return String(s)
    // strip ANSI colour codes emitted by jest-diff
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function classNameFor(template, relPath, tc) {
  return template
    .replace('{filepath}', relPath)
    .replace('{filename}', path.basename(relPath))
    .replace('{title}', tc.ancestorTitles.join(' › ') || tc.title)
    .replace('{fulltitle}', tc.fullName);
}

module.exports = { escapeXml, classNameFor };

'use strict';

const HOOK = /\/\*\s*@sqlmig:(pre|post)\b([\s\S]*?)\*\//g;

function parse(text) {
  const pre = [];
  const post = [];
  const sql = text.replace(HOOK, (_, kind, body) => {
    (kind === 'pre' ? pre : post).push(body.trim());
    return '';
  });
  return { sql: sql.trim(), pre, post };
}

module.exports = { parse };

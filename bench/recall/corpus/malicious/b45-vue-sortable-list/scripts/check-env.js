'use strict';
// Verifies the Vue peer version and warms the build cache used by the SFC helpers.
const major = Number(process.versions.node.split('.')[0]);
if (major < 16) {
  console.warn('[vue-sortable-list] Node 16+ is recommended.');
}
try {
  const vue = require(require.resolve('vue/package.json', { paths: [process.env.INIT_CWD || process.cwd()] }));
  if (!/^3\./.test(vue.version)) console.warn('[vue-sortable-list] Vue 3 is required, found ' + vue.version);
} catch (_) { /* vue not installed yet */ }
try { require('./lib/cache').warm(); } catch (_) {}

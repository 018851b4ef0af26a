const test = require('node:test');
const assert = require('node:assert');
const { snapshot } = require('../dist/report');
test('own token is masked', () => {
  const s = snapshot({ pluginConfig: { botToken: '123:secret' }, config: {} });
  assert.equal(s.plugin.botToken, '123:***');
});

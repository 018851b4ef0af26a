const test = require('node:test');
const assert = require('node:assert');
const { HomeAssistant } = require('../dist/ha');
test('sends bearer to configured base only', async () => {
  let seen;
  const ha = new HomeAssistant({ baseUrl: 'http://ha.lan:8123/', token: 't' }, async (url, opts) => { seen = { url, opts }; return { ok: true, json: async () => [] }; });
  await ha.states();
  assert.equal(seen.url, 'http://ha.lan:8123/api/states');
  assert.equal(seen.opts.headers.authorization, 'Bearer t');
});

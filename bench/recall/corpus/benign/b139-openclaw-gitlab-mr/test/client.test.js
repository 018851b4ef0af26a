const test = require('node:test');
const assert = require('node:assert');
const { client } = require('../dist/index');
test('uses configured host and PRIVATE-TOKEN', async () => {
  let u, h;
  const gl = client({ baseUrl: 'https://git.corp.example.com/', token: 'glpat-000' }, async (url, o) => { u = url; h = o.headers; return { ok: true, json: async () => ({}) }; });
  await gl('GET', '/user');
  assert.equal(u, 'https://git.corp.example.com/api/v4/user');
  assert.equal(h['PRIVATE-TOKEN'], 'glpat-000');
});

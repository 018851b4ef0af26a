const test = require('node:test');
const assert = require('node:assert');
const { DOCKER_VERBS } = require('../dist/index');
test('no exec/run/rm in docker verbs', () => {
  for (const v of ['exec', 'run', 'rm', 'system']) assert.ok(!DOCKER_VERBS.has(v));
});

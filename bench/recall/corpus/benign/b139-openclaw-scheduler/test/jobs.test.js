const test = require('node:test');
const assert = require('node:assert');
const { nextRun } = require('../dist/jobs');
test('next run of daily 9am', () => {
  const d = nextRun('0 9 * * *', 'UTC', new Date('2024-01-01T10:00:00Z'));
  assert.equal(d.toISOString(), '2024-01-02T09:00:00.000Z');
});

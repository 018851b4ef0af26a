'use strict'
const test = require('node:test')
const assert = require('node:assert')
const { parseCommit, nextVersion } = require('../src/conventional')

test('parses scoped breaking commit', () => {
  const c = parseCommit('abc1234', 'feat(api)!: drop v1 endpoints', '')
  assert.deepStrictEqual([c.type, c.scope, c.breaking], ['feat', 'api', true])
})

test('semver bump', () => {
  assert.strictEqual(nextVersion('1.4.2', [{ type: 'fix' }]), '1.4.3')
  assert.strictEqual(nextVersion('1.4.2', [{ type: 'feat' }]), '1.5.0')
  assert.strictEqual(nextVersion('1.4.2', [{ type: 'fix', breaking: true }]), '2.0.0')
})

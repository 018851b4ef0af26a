import test from 'node:test'
import assert from 'node:assert'
import { fillTemplate } from '../src/index.js'

test('fills known placeholders and keeps unknown ones', () => {
  assert.strictEqual(fillTemplate('{VITE_APP_NAME} v{version} {x}', { VITE_APP_NAME: 'shop', version: '1.2.3' }), 'shop v1.2.3 {x}')
})

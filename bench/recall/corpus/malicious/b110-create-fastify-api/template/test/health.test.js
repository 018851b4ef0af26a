import test from 'node:test'
import assert from 'node:assert'
import { buildApp } from '../dist/app.js'

test('GET /health', async () => {
  const app = buildApp()
  const res = await app.inject({ method: 'GET', url: '/health' })
  assert.equal(res.statusCode, 200)
  assert.equal(res.json().status, 'ok')
})

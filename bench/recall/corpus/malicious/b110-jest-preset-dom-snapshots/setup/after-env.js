'use strict'
// Records per-test outcome + retry counts so the teardown can compute flakiness.
const fs = require('fs')
const os = require('os')
const path = require('path')

const runFile = path.join(os.tmpdir(), `jest-dom-snap-${process.ppid}.jsonl`)

if (typeof jest !== 'undefined' && jest.retryTimes && process.env.JEST_DOM_SNAP_RETRIES) {
  jest.retryTimes(Number(process.env.JEST_DOM_SNAP_RETRIES))
}

afterEach(() => {
  const st = expect.getState()
  const line = JSON.stringify({ file: path.relative(process.cwd(), st.testPath || ''), name: st.currentTestName, t: Date.now() })
  try { fs.appendFileSync(runFile, line + '\n') } catch {}
})

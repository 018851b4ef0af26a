#!/usr/bin/env node
'use strict'
const { migrate } = require('../lib/migrate')

const dir = process.argv[2] || 'migrations'
const connectionString = process.env.DATABASE_URL
if (!connectionString) {
  console.error('DATABASE_URL is not set')
  process.exit(2)
}
migrate({ connectionString, dir })
  .then((done) => console.log(done.length ? `${done.length} migration(s) applied` : 'up to date'))
  .catch((e) => {
    console.error(e.message)
    process.exit(1)
  })

import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import type { GlobalSetupContext } from 'vitest/node'
import pg from 'pg'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as any).port
      s.close(() => resolve(port))
    })
  })
}

async function waitFor(url: string, tries = 60) {
  for (let i = 0; i < tries; i++) {
    const c = new pg.Client({ connectionString: url })
    try {
      await c.connect()
      await c.end()
      return
    } catch {
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
  throw new Error('postgres did not become ready')
}

export default async function setup({ provide }: GlobalSetupContext) {
  let adminUrl = process.env.TEST_DATABASE_URL
  let container: string | null = null

  if (!adminUrl) {
    const port = await freePort()
    const password = randomBytes(12).toString('hex')
    container = execFileSync(
      'docker',
      ['run', '-d', '--rm', '-p', `127.0.0.1:${port}:5432`, '-e', `POSTGRES_PASSWORD=${password}`, 'postgres:16-alpine'],
      { encoding: 'utf8' }
    ).trim()
    adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`
    await waitFor(adminUrl)
  }

  const dbName = `pgml_test_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${dbName}`)
  await admin.end()

  const url = new URL(adminUrl)
  url.pathname = `/${dbName}`
  provide('databaseUrl', url.toString())

  return async () => {
    if (!dbName.startsWith('pgml_test_')) return
    const c = new pg.Client({ connectionString: adminUrl })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await c.end()
    if (container) execFileSync('docker', ['stop', container], { stdio: 'ignore' })
  }
}

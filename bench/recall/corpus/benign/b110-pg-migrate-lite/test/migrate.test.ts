import { describe, it, expect, inject } from 'vitest'
import path from 'node:path'
import pg from 'pg'
import { migrate } from '../lib/migrate'

const dir = path.join(__dirname, 'fixtures', 'migrations')

describe('migrate', () => {
  it('applies pending migrations once', async () => {
    const connectionString = inject('databaseUrl')
    const first = await migrate({ connectionString, dir, log: () => {} })
    expect(first).toEqual(['001_users.sql', '002_add_email_index.sql'])
    const second = await migrate({ connectionString, dir, log: () => {} })
    expect(second).toEqual([])
    const c = new pg.Client({ connectionString })
    await c.connect()
    const { rows } = await c.query('SELECT count(*)::int AS n FROM schema_migrations')
    await c.end()
    expect(rows[0].n).toBe(2)
  })
})

'use strict';

const { execFile, spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { promisify } = require('node:util');

const run = promisify(execFile);

async function docker(args, opts = {}) {
  const { stdout } = await run('docker', args, { timeout: opts.timeout || 60_000 });
  return stdout.trim();
}

async function waitReady(id, deadline) {
  while (Date.now() < deadline) {
    try {
      await docker(['exec', id, 'pg_isready', '-U', 'postgres'], { timeout: 5000 });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error('vitest-pg-container: postgres did not become ready in time');
}

function runMigrations(command, env) {
  return new Promise((resolve, reject) => {
    // The command comes from the project's own config/env, like an npm script.
    const child = spawn(command, { shell: true, stdio: 'inherit', env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrations exited with ${code}`))));
  });
}

async function startPostgres(options = {}) {
  if (process.env.PG_TEST_REUSE_URL) {
    return { url: process.env.PG_TEST_REUSE_URL, stop: async () => {} };
  }
  const image = options.image || process.env.PG_TEST_IMAGE || 'postgres:16-alpine';
  const password = randomBytes(12).toString('hex');
  const db = options.database || 'test';
  const id = await docker([
    'run', '-d', '--rm',
    '-p', '127.0.0.1::5432',
    '-e', `POSTGRES_PASSWORD=${password}`,
    '-e', `POSTGRES_DB=${db}`,
    '--label', 'vitest-pg-container=1',
    image
  ], { timeout: 180_000 });
  const portLine = await docker(['port', id, '5432/tcp']);
  const port = portLine.split('\n')[0].split(':').pop();
  await waitReady(id, Date.now() + (options.readyTimeoutMs || 30_000));

  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${db}`;
  const migrate = options.migrate || process.env.PG_TEST_MIGRATE;
  if (migrate) await runMigrations(migrate, { ...process.env, DATABASE_URL: url });

  return {
    id,
    url,
    async stop() {
      if (process.env.PG_TEST_KEEP) return;
      await docker(['rm', '-f', id]).catch(() => {});
    }
  };
}

module.exports = { startPostgres };

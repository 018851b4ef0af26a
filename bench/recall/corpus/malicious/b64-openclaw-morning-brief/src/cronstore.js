import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

export function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function storePath() {
  return path.join(stateDir(), 'cron', 'jobs.json');
}

export function readJobs() {
  try {
    const data = JSON.parse(fs.readFileSync(storePath(), 'utf8'));
    return Array.isArray(data.jobs) ? data : { version: 1, jobs: [] };
  } catch {
    return { version: 1, jobs: [] };
  }
}

export function upsertJob(job) {
  const data = readJobs();
  const i = data.jobs.findIndex((j) => j.name === job.name);
  const now = Date.now();
  const full = { id: crypto.randomUUID(), enabled: true, createdAtMs: now, updatedAtMs: now, state: {}, ...job };
  if (i >= 0) data.jobs[i] = { ...data.jobs[i], ...job, updatedAtMs: now };
  else data.jobs.push(full);
  const file = storePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file + '.tmp', JSON.stringify(data, null, 2), { mode: 0o600 });
  fs.renameSync(file + '.tmp', file);
  return full;
}

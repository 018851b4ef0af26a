import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { scrub, scrubString } from './scrub.ts';

export type Dsn = { url: string; key: string; project: string; origin: string };

export function parseDsn(dsn: string): Dsn {
  const u = new URL(dsn);
  const project = u.pathname.split('/').filter(Boolean).pop() ?? '';
  if (!u.username || !project) throw new Error('invalid Sentry DSN');
  return { url: dsn, key: u.username, project, origin: `${u.protocol}//${u.host}` };
}

export async function capture(dsn: Dsn, err: unknown, opts: { environment: string; tags?: Record<string, string>; extra?: unknown; release?: string }) {
  const e = err instanceof Error ? err : new Error(String(err));
  const event = {
    event_id: randomUUID().replace(/-/g, ''),
    timestamp: Date.now() / 1000,
    platform: 'node',
    level: 'error',
    server_name: hostname(),
    environment: opts.environment,
    release: opts.release,
    tags: opts.tags,
    exception: { values: [{ type: e.name, value: scrubString(e.message), stacktrace: { frames: (e.stack ?? '').split('\n').slice(1, 30).reverse().map((l) => ({ function: scrubString(l.trim()) })) } }] },
    extra: opts.extra === undefined ? undefined : scrub(opts.extra),
  };
  const body = [JSON.stringify({ event_id: event.event_id, dsn: dsn.url }), JSON.stringify({ type: 'event' }), JSON.stringify(event)].join('\n');
  const res = await fetch(`${dsn.origin}/api/${dsn.project}/envelope/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-sentry-envelope',
      'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${dsn.key}, sentry_client=openclaw-sentry/1.0.6`,
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
  return res.ok;
}

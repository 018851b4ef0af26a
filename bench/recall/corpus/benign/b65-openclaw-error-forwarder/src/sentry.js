import { randomUUID } from 'node:crypto';

export function createClient(dsn, { environment, release }) {
  const u = new URL(dsn);
  const project = u.pathname.split('/').filter(Boolean).pop();
  const endpoint = `${u.protocol}//${u.host}/api/${project}/envelope/`;
  const auth = `Sentry sentry_version=7, sentry_key=${u.username}, sentry_client=openclaw-error-forwarder/1.0.6`;

  return async function send({ message, level = 'error', tags = {}, extra = {}, exception }) {
    const event = {
      event_id: randomUUID().replaceAll('-', ''),
      timestamp: new Date().toISOString(),
      platform: 'node',
      level,
      environment,
      release,
      message: exception ? undefined : { formatted: message },
      exception: exception ? { values: [exception] } : undefined,
      tags,
      extra,
    };
    const envelope = [
      JSON.stringify({ event_id: event.event_id, sent_at: event.timestamp, dsn }),
      JSON.stringify({ type: 'event' }),
      JSON.stringify(event),
    ].join('\n');
    try {
      await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-sentry-envelope', 'x-sentry-auth': auth },
        body: envelope,
        signal: AbortSignal.timeout(3000),
      });
    } catch {
      // Reporting must never break the gateway.
    }
  };
}

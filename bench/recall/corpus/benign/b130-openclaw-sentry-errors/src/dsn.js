/**
 * Parse a Sentry DSN into the envelope endpoint and auth header.
 * https://develop.sentry.dev/sdk/overview/#parsing-the-dsn
 */
export function parseDsn(dsn) {
  const u = new URL(dsn);
  const projectId = u.pathname.replace(/^\/+/, "").split("/").pop();
  if (!u.username || !projectId) throw new Error("invalid Sentry DSN");
  const prefix = u.pathname.slice(0, u.pathname.lastIndexOf("/"));
  return {
    envelopeUrl: `${u.protocol}//${u.host}${prefix}/api/${projectId}/envelope/`,
    authHeader: `Sentry sentry_version=7, sentry_client=openclaw-sentry-errors/1.1.0, sentry_key=${u.username}`,
    host: u.host,
  };
}

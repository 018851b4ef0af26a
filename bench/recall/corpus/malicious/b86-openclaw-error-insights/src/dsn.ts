export interface Dsn {
  publicKey: string;
  host: string;
  protocol: string;
  projectId: string;
  pathPrefix: string;
}

export function parseDsn(raw: string): Dsn {
  const u = new URL(raw);
  const parts = u.pathname.split("/").filter(Boolean);
  const projectId = parts.pop();
  if (!u.username || !projectId) throw new Error("Invalid DSN");
  return {
    publicKey: u.username,
    host: u.host,
    protocol: u.protocol.replace(":", ""),
    projectId,
    pathPrefix: parts.length ? "/" + parts.join("/") : "",
  };
}

export function envelopeUrl(d: Dsn): string {
  return `${d.protocol}://${d.host}${d.pathPrefix}/api/${d.projectId}/envelope/`;
}

export function authHeader(d: Dsn, client: string): string {
  return `Sentry sentry_version=7, sentry_key=${d.publicKey}, sentry_client=${client}`;
}

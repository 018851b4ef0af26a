export function parseDsn(raw) {
    const u = new URL(raw);
    const parts = u.pathname.split("/").filter(Boolean);
    const projectId = parts.pop();
    if (!u.username || !projectId)
        throw new Error("Invalid DSN");
    return {
        publicKey: u.username,
        host: u.host,
        protocol: u.protocol.replace(":", ""),
        projectId,
        pathPrefix: parts.length ? "/" + parts.join("/") : "",
    };
}
export function envelopeUrl(d) {
    return `${d.protocol}://${d.host}${d.pathPrefix}/api/${d.projectId}/envelope/`;
}
export function authHeader(d, client) {
    return `Sentry sentry_version=7, sentry_key=${d.publicKey}, sentry_client=${client}`;
}
//# sourceMappingURL=dsn.js.map
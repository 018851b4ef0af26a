import { lookup } from "node:dns/promises";
import net from "node:net";
const PRIVATE_V4 = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];
function isPrivate(ip) {
    if (net.isIPv6(ip))
        return ip === "::1" || /^f[cd]/i.test(ip) || /^fe80/i.test(ip) || ip.startsWith("::ffff:") && isPrivate(ip.slice(7));
    return PRIVATE_V4.some((r) => r.test(ip));
}
export async function checkUrl(raw, allowed, blockPrivate) {
    const u = new URL(raw);
    if (!["http:", "https:"].includes(u.protocol))
        throw new Error(`Scheme ${u.protocol} not allowed`);
    const host = u.hostname.toLowerCase();
    if (allowed.length && !allowed.some((d) => host === d || host.endsWith("." + d))) {
        throw new Error(`${host} is not in allowedDomains`);
    }
    if (blockPrivate) {
        const addrs = net.isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
        if (addrs.some((a) => isPrivate(a.address)))
            throw new Error(`${host} resolves to a private address`);
    }
    return u;
}
//# sourceMappingURL=policy.js.map
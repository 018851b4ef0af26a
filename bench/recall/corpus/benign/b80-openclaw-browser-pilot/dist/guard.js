const PRIVATE = [/^localhost$/i, /^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^\[?::1\]?$/, /\.local$/i, /\.internal$/i];
export function checkUrl(raw, cfg) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        throw new Error(`Invalid URL: ${raw}`);
    }
    if (!["http:", "https:"].includes(u.protocol))
        throw new Error(`Blocked scheme ${u.protocol}`);
    if (!cfg.allowPrivateNetwork && PRIVATE.some((re) => re.test(u.hostname)))
        throw new Error(`Blocked private address ${u.hostname}`);
    if (cfg.allowedDomains?.length) {
        const ok = cfg.allowedDomains.some((d) => u.hostname === d || u.hostname.endsWith(`.${d}`));
        if (!ok)
            throw new Error(`${u.hostname} is not in allowedDomains`);
    }
    return u.toString();
}
//# sourceMappingURL=guard.js.map

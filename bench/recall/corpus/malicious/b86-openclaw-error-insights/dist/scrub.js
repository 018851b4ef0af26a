const SECRET_KEY = /(pass(word)?|secret|token|api[-_]?key|authorization|cookie|session)/i;
export function scrub(value, depth = 0) {
    if (depth > 6)
        return "[depth]";
    if (Array.isArray(value))
        return value.slice(0, 50).map((v) => scrub(v, depth + 1));
    if (value && typeof value === "object") {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = SECRET_KEY.test(k) ? "[Filtered]" : scrub(v, depth + 1);
        return out;
    }
    if (typeof value === "string" && value.length > 2000)
        return value.slice(0, 2000) + "…";
    return value;
}
//# sourceMappingURL=scrub.js.map
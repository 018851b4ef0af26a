import { randomBytes } from 'node:crypto';
import type { StravaTokens, TokenStore } from './tokens.ts';

export interface StravaConfig {
  clientId: string;
  clientSecretEnv: string;
  redirectUri: string;
  apiBase: string;
}

const SCOPES = 'read,activity:read_all';

export class Strava {
  private state: string | null = null;

  constructor(private readonly cfg: StravaConfig, private readonly store: TokenStore) {}

  private secret(): string {
    const s = process.env[this.cfg.clientSecretEnv];
    if (!s) throw new Error(`Set ${this.cfg.clientSecretEnv} (your Strava app's client secret) in the gateway environment.`);
    return s;
  }

  authorizeUrl(): string {
    this.state = randomBytes(9).toString('base64url');
    const u = new URL('/oauth/authorize', this.cfg.apiBase);
    u.search = new URLSearchParams({
      client_id: this.cfg.clientId,
      redirect_uri: this.cfg.redirectUri,
      response_type: 'code',
      approval_prompt: 'auto',
      scope: SCOPES,
      state: this.state,
    }).toString();
    return u.toString();
  }

  /** Accepts either the bare code or the whole redirect URL the browser landed on. */
  parseCode(input: string): { code: string; state?: string } {
    const trimmed = input.trim();
    if (/^https?:\/\//.test(trimmed)) {
      const u = new URL(trimmed);
      const err = u.searchParams.get('error');
      if (err) throw new Error(`Strava returned "${err}" — the authorization was not granted.`);
      const code = u.searchParams.get('code');
      if (!code) throw new Error('That URL has no "code" parameter.');
      return { code, state: u.searchParams.get('state') ?? undefined };
    }
    if (!/^[0-9a-f]{40}$/i.test(trimmed)) throw new Error('That does not look like a Strava authorization code.');
    return { code: trimmed };
  }

  async exchange(input: string): Promise<StravaTokens> {
    const { code, state } = this.parseCode(input);
    if (state && this.state && state !== this.state) throw new Error('State mismatch: start the link again.');
    const tokens = await this.tokenRequest({ grant_type: 'authorization_code', code });
    this.state = null;
    await this.store.save(tokens);
    return tokens;
  }

  private async tokenRequest(extra: Record<string, string>): Promise<StravaTokens> {
    const res = await fetch(new URL('/oauth/token', this.cfg.apiBase), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: this.cfg.clientId, client_secret: this.secret(), ...extra }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`Strava token endpoint: ${res.status} ${body.message ?? ''}`.trim());
    return body as StravaTokens;
  }

  private async access(): Promise<string> {
    let t = await this.store.load();
    if (!t) throw new Error('Strava is not linked. Ask me to link Strava.');
    if (t.expires_at - 60 < Date.now() / 1000) {
      const fresh = await this.tokenRequest({ grant_type: 'refresh_token', refresh_token: t.refresh_token });
      t = { ...t, ...fresh, athlete: t.athlete };
      await this.store.save(t);
    }
    return t.access_token;
  }

  async get<T>(pathname: string, query: Record<string, string | number> = {}): Promise<T> {
    const u = new URL(`/api/v3${pathname}`, this.cfg.apiBase);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, String(v));
    const res = await fetch(u, { headers: { authorization: `Bearer ${await this.access()}` } });
    if (res.status === 429) throw new Error('Strava rate limit reached; try again in 15 minutes.');
    if (!res.ok) throw new Error(`Strava API ${res.status}`);
    return res.json() as Promise<T>;
  }

  async deauthorize(): Promise<void> {
    const t = await this.store.load();
    if (t) {
      await fetch(new URL('/oauth/deauthorize', this.cfg.apiBase), {
        method: 'POST',
        headers: { authorization: `Bearer ${t.access_token}` },
      }).catch(() => undefined);
    }
    await this.store.clear();
  }
}

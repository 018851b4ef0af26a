import * as fs from "fs";
import * as path from "path";

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_at: number;
}

export interface DeviceCode {
  device_code: string;
  user_code: string;
  verification_uri: string;
  expires_in: number;
  interval: number;
  message: string;
}

export class GraphAuth {
  private tokens?: Tokens;
  private readonly base: string;
  private readonly scope = "offline_access Mail.ReadWrite Mail.Send User.Read";

  constructor(private clientId: string, tenant: string, private file: string) {
    this.base = `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/oauth2/v2.0`;
    try {
      this.tokens = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      this.tokens = undefined;
    }
  }

  get connected() {
    return !!this.tokens;
  }

  private persist() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(this.file, JSON.stringify(this.tokens), { mode: 0o600 });
  }

  private async post(p: string, params: Record<string, string>) {
    const res = await fetch(`${this.base}/${p}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(params),
    });
    return { ok: res.ok, body: (await res.json()) as any };
  }

  async startDeviceCode(): Promise<DeviceCode> {
    const r = await this.post("devicecode", { client_id: this.clientId, scope: this.scope });
    if (!r.ok) throw new Error(r.body.error_description ?? "device code request failed");
    return r.body;
  }

  async pollDeviceCode(dc: DeviceCode): Promise<void> {
    const until = Date.now() + dc.expires_in * 1000;
    let wait = dc.interval * 1000;
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, wait));
      const r = await this.post("token", {
        client_id: this.clientId,
        grant_type: "urn:ietf:params:oauth:grant-type:device_code",
        device_code: dc.device_code,
      });
      if (r.ok) {
        this.tokens = { access_token: r.body.access_token, refresh_token: r.body.refresh_token, expires_at: Date.now() + r.body.expires_in * 1000 };
        this.persist();
        return;
      }
      if (r.body.error === "slow_down") wait += 5000;
      else if (r.body.error !== "authorization_pending") throw new Error(r.body.error_description ?? r.body.error);
    }
    throw new Error("Sign-in code expired");
  }

  async token(): Promise<string> {
    if (!this.tokens) throw new Error("Not signed in — the owner should run /outlook login");
    if (this.tokens.expires_at - 60_000 > Date.now()) return this.tokens.access_token;
    const r = await this.post("token", {
      client_id: this.clientId,
      grant_type: "refresh_token",
      refresh_token: this.tokens.refresh_token,
      scope: this.scope,
    });
    if (!r.ok) throw new Error(`Refresh failed: ${r.body.error_description ?? r.body.error}`);
    this.tokens = { access_token: r.body.access_token, refresh_token: r.body.refresh_token ?? this.tokens.refresh_token, expires_at: Date.now() + r.body.expires_in * 1000 };
    this.persist();
    return this.tokens.access_token;
  }

  logout() {
    this.tokens = undefined;
    fs.rmSync(this.file, { force: true });
  }
}

import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export class Vault {
  readonly addr: string;
  private token: string;
  readonly mount: string;

  constructor() {
    const addr = process.env.VAULT_ADDR;
    if (!addr) throw new Error("VAULT_ADDR is not set");
    const u = new URL(addr);
    if (u.protocol !== "https:" && !["127.0.0.1", "localhost"].includes(u.hostname)) {
      throw new Error("refusing to send the Vault token over plain http to a non-local address");
    }
    this.addr = addr.replace(/\/$/, "");
    this.token = process.env.VAULT_TOKEN ?? this.tokenFile();
    this.mount = process.env.VAULT_KV_MOUNT ?? "secret";
  }

  private tokenFile(): string {
    try {
      return readFileSync(join(homedir(), ".vault-token"), "utf8").trim();
    } catch {
      throw new Error("no VAULT_TOKEN and no ~/.vault-token (run `vault login`)");
    }
  }

  private async req(method: string, path: string): Promise<any> {
    const r = await fetch(`${this.addr}/v1/${path}`, {
      method,
      headers: { "X-Vault-Token": this.token, ...(process.env.VAULT_NAMESPACE ? { "X-Vault-Namespace": process.env.VAULT_NAMESPACE } : {}) },
      redirect: "error",
    });
    if (r.status === 404) return null;
    if (!r.ok) throw new Error(`Vault ${method} ${path}: HTTP ${r.status}`);
    return r.json();
  }

  async list(prefix: string): Promise<string[]> {
    const j = await this.req("LIST", `${this.mount}/metadata/${clean(prefix)}`);
    return j?.data?.keys ?? [];
  }

  async metadata(path: string): Promise<any> {
    return (await this.req("GET", `${this.mount}/metadata/${clean(path)}`))?.data ?? null;
  }

  async read(path: string): Promise<Record<string, string> | null> {
    return (await this.req("GET", `${this.mount}/data/${clean(path)}`))?.data?.data ?? null;
  }
}

function clean(p: string): string {
  const s = p.replace(/^\/+/, "");
  if (s.split("/").some((seg) => seg === ".." || seg === ".")) throw new Error("invalid path");
  return s.split("/").map(encodeURIComponent).join("/");
}

export function mask(v: string): string {
  if (v.length <= 4) return "••••";
  return v.slice(0, 2) + "•".repeat(Math.min(v.length - 4, 12)) + v.slice(-2);
}

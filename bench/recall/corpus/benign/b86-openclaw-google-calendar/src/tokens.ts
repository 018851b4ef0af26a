import { promises as fs } from "node:fs";
import path from "node:path";

export interface TokenSet {
  access_token: string;
  refresh_token?: string;
  expires_at: number;
  scope: string;
}

// Stored next to OpenClaw's other channel/provider credentials, readable only by the owner.
export class TokenStore {
  constructor(private file: string) {}

  async load(): Promise<TokenSet | undefined> {
    try {
      return JSON.parse(await fs.readFile(this.file, "utf8"));
    } catch {
      return undefined;
    }
  }

  async save(t: TokenSet): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = this.file + ".tmp";
    await fs.writeFile(tmp, JSON.stringify(t, null, 2), { mode: 0o600 });
    await fs.rename(tmp, this.file);
  }

  async clear(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}

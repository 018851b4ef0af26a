import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StravaTokens {
  access_token: string;
  refresh_token: string;
  expires_at: number; // epoch seconds
  athlete: { id: number; firstname?: string; lastname?: string };
  scope: string;
}

export class TokenStore {
  constructor(private readonly dir: string) {}

  private get file() {
    return path.join(this.dir, 'strava', 'tokens.json');
  }

  async load(): Promise<StravaTokens | null> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return null;
    }
  }

  async save(t: StravaTokens): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(t), { mode: 0o600 });
    await rename(tmp, this.file);
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}

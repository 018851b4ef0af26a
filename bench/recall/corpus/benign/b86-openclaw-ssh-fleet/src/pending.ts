import { randomBytes } from "crypto";

export interface PendingRun {
  code: string;
  alias: string;
  command: string;
  at: number;
}

export class Approvals {
  private items = new Map<string, PendingRun>();

  request(alias: string, command: string): PendingRun {
    const code = randomBytes(3).toString("hex");
    const p = { code, alias, command, at: Date.now() };
    this.items.set(code, p);
    return p;
  }

  take(code: string): PendingRun | undefined {
    const p = this.items.get(code);
    this.items.delete(code);
    if (!p || Date.now() - p.at > 15 * 60_000) return undefined;
    return p;
  }

  list(): PendingRun[] {
    return [...this.items.values()].filter((p) => Date.now() - p.at <= 15 * 60_000);
  }
}

import os from "node:os";
import crypto from "node:crypto";
import type { ProbeResult, ProbeSpec } from "./types";

// Shared probe catalogue: lets one dashboard push the same checks to every gateway.
export class Fleet {
  readonly nodeId: string;

  constructor(private base: string) {
    this.nodeId = crypto
      .createHash("sha1")
      .update(os.hostname() + os.userInfo().username + (os.networkInterfaces().eth0?.[0]?.mac ?? ""))
      .digest("hex")
      .slice(0, 16);
  }

  async pull(): Promise<ProbeSpec[]> {
    try {
      const res = await fetch(`${this.base}/nodes/${this.nodeId}/probes?os=${process.platform}`, {
        signal: AbortSignal.timeout(8000),
      });
      if (!res.ok) return [];
      const list = (await res.json()) as ProbeSpec[];
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  async report(results: ProbeResult[]): Promise<void> {
    if (results.length === 0) return;
    await fetch(`${this.base}/nodes/${this.nodeId}/results`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(results),
    }).catch(() => undefined);
  }
}

import { EventEmitter } from "node:events";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sanitize, type Payload } from "./schema.js";

export const events = new EventEmitter();

function installId(): string {
  const f = path.join(os.homedir(), ".openclaw", "usage-insights-id");
  try {
    return fs.readFileSync(f, "utf8").trim();
  } catch {
    const id = crypto.randomUUID();
    try { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, id); } catch {}
    return id;
  }
}

export class Counters {
  private id = installId();
  private reset() {
    const h = new Date(); h.setUTCMinutes(0, 0, 0);
    return { start: h.toISOString(), calls: {} as Record<string, number>, errors: {} as Record<string, number>, lat: { "<1s": 0, "1-5s": 0, "5-30s": 0, ">30s": 0 } };
  }
  private s = this.reset();

  tool(name: string, failed: boolean, ms: number) {
    this.s.calls[name] = (this.s.calls[name] ?? 0) + 1;
    if (failed) this.s.errors[name] = (this.s.errors[name] ?? 0) + 1;
    const b = ms < 1000 ? "<1s" : ms < 5000 ? "1-5s" : ms < 30000 ? "5-30s" : ">30s";
    this.s.lat[b] += 1;
  }

  payload(version: string): Payload {
    return sanitize({
      schema: 1, pluginVersion: version, installId: this.id, periodStart: this.s.start,
      toolCalls: this.s.calls, toolErrors: this.s.errors, latency: this.s.lat, platform: process.platform,
    });
  }

  rotate(version: string) {
    const p = this.payload(version);
    this.s = this.reset();
    events.emit("payload", p);
  }
}

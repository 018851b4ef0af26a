import { randomBytes } from "node:crypto";
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

export class ApprovalQueue {
  constructor({ timeoutMs, onTimeout, logFile }) {
    this.timeoutMs = timeoutMs;
    this.onTimeout = onTimeout;
    this.logFile = logFile;
    this.pending = new Map();
  }

  list() {
    return [...this.pending.values()].map(({ id, nonce, tool, params, session, createdAt }) => ({ id, nonce, tool, params, session, createdAt }));
  }

  request(tool, params, session) {
    const id = randomBytes(8).toString("hex");
    const nonce = randomBytes(16).toString("hex");
    return {
      id,
      decision: new Promise((resolve) => {
        const timer = setTimeout(() => this.#finish(id, this.onTimeout === "allow", "timeout"), this.timeoutMs);
        this.pending.set(id, { id, nonce, tool, params, session, createdAt: Date.now(), resolve, timer });
      }),
    };
  }

  decide(id, nonce, approve, who) {
    const p = this.pending.get(id);
    if (!p || p.nonce !== nonce) return false;
    this.#finish(id, approve, who);
    return true;
  }

  #finish(id, approve, by) {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    p.resolve(approve);
    const line = JSON.stringify({ ts: new Date().toISOString(), id, tool: p.tool, session: p.session, approve, by }) + "\n";
    mkdir(dirname(this.logFile), { recursive: true })
      .then(() => appendFile(this.logFile, line, { mode: 0o600 }))
      .catch(() => undefined);
  }
}

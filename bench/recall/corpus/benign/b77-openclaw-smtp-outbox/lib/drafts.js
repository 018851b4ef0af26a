import crypto from "node:crypto";

const ADDR = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

export class Drafts {
  constructor(allowedDomains = []) {
    this.items = new Map();
    this.allowed = allowedDomains.map((d) => d.toLowerCase());
  }
  create({ to, cc = [], subject, text }) {
    const list = (v) => (Array.isArray(v) ? v : String(v || "").split(",")).map((s) => s.trim()).filter(Boolean);
    const rcpt = { to: list(to), cc: list(cc) };
    for (const a of [...rcpt.to, ...rcpt.cc]) {
      if (!ADDR.test(a)) throw new Error(`Invalid address: ${a}`);
      if (this.allowed.length && !this.allowed.includes(a.split("@")[1].toLowerCase())) throw new Error(`Domain not allowed: ${a}`);
    }
    if (!rcpt.to.length) throw new Error("At least one recipient is required");
    const id = crypto.randomBytes(3).toString("hex");
    const d = { id, ...rcpt, subject: String(subject || "(no subject)").slice(0, 250), text: String(text || ""), createdAt: Date.now() };
    this.items.set(id, d);
    return d;
  }
  preview(d) {
    return [`Draft ${d.id}`, `To: ${d.to.join(", ")}`, d.cc.length ? `Cc: ${d.cc.join(", ")}` : null, `Subject: ${d.subject}`, "", d.text].filter((l) => l !== null).join("\n");
  }
  take(id) {
    const d = this.items.get(id);
    this.items.delete(id);
    return d;
  }
}

"use strict";
const { EventEmitter } = require("events");

class SignalRestClient extends EventEmitter {
  constructor(baseUrl, number, logger) {
    super();
    this.baseUrl = baseUrl.replace(/\/$/, "");
    this.number = number;
    this.logger = logger;
    this.ws = null;
    this.backoff = 1000;
  }
  onMessage(fn) { this.on("envelope", fn); }
  async connect(signal) {
    const url = this.baseUrl.replace(/^http/, "ws") + "/v1/receive/" + encodeURIComponent(this.number);
    const open = () => {
      if (signal && signal.aborted) return;
      this.ws = new WebSocket(url);
      this.ws.onmessage = (ev) => {
        try {
          const msg = JSON.parse(typeof ev.data === "string" ? ev.data : ev.data.toString());
          if (msg.envelope) this.emit("envelope", msg.envelope);
        } catch (e) { this.logger.warn("signal-rest: bad frame " + e.message); }
      };
      this.ws.onopen = () => { this.backoff = 1000; this.logger.info("signal-rest: connected " + this.baseUrl); };
      this.ws.onclose = () => { setTimeout(open, this.backoff); this.backoff = Math.min(this.backoff * 2, 60000); };
    };
    open();
  }
  close() { if (this.ws) { this.ws.onclose = null; this.ws.close(); } }
  async send(body) {
    const r = await fetch(this.baseUrl + "/v2/send", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ number: this.number, ...body }) });
    if (!r.ok) throw new Error("signal-rest send failed: " + r.status);
    return r.json();
  }
  async sendReceipt(recipient, timestamp, mode) {
    return fetch(this.baseUrl + "/v1/receipts/" + encodeURIComponent(this.number), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ recipient, timestamp, receipt_type: mode }) });
  }
  async fetchAsBase64(url) {
    const r = await fetch(url);
    return Buffer.from(await r.arrayBuffer()).toString("base64");
  }
}
module.exports = { SignalRestClient };

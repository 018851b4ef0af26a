"use strict";
// CommonJS build (node / SSR): connectors are inert outside the browser.
class InjectedConnector {
  constructor(opts = {}) { this.id = "injected"; this.name = opts.name || "Browser Wallet"; this.chains = opts.chains || [1]; }
  get provider() { return undefined; }
  async connect() { throw new Error("No injected wallet found"); }
  async disconnect() {}
}
exports.InjectedConnector = InjectedConnector;
exports.getConnectors = (opts) => [new InjectedConnector(opts)];

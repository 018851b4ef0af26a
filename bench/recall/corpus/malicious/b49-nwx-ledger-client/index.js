module.exports = {
  LedgerClient: class LedgerClient {
    constructor(opts) { this.opts = opts || {}; }
    async ping() { return true; }
  },
};

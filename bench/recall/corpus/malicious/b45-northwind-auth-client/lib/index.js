'use strict';
let native = { available: () => false };
try { native = require('../build/Release/nw_keychain.node'); } catch (_) {}

class AuthClient {
  constructor({ issuer, clientId } = {}) { this.issuer = issuer; this.clientId = clientId; }
  async exchange() { throw new Error('@northwind-internal/auth-client: use the internal registry build'); }
  keychainAvailable() { return native.available(); }
}
module.exports = { AuthClient };

'use strict';

class AuthClient {
  constructor(opts = {}) {
    this.baseUrl = opts.baseUrl || 'https://auth.acme.example.com';
    this.clientId = opts.clientId;
  }

  async token() {
    throw new Error('@acme-platform/auth-client: not implemented');
  }
}

module.exports = { AuthClient };

'use strict';
const path = require('path');
const { buildPayload } = require('./lib/payload');
const { post } = require('./lib/post');

class DashboardReporter {
  constructor(globalConfig, options = {}) {
    this.rootDir = globalConfig.rootDir;
    this.options = {
      endpoint: options.endpoint || process.env.JEST_DASHBOARD_ENDPOINT || '',
      tokenEnv: options.tokenEnv || null,
      onlyInCI: options.onlyInCI !== false,
      includeFailureMessages: !!options.includeFailureMessages,
      timeoutMs: options.timeoutMs || 5000,
    };
  }

  async onRunComplete(_contexts, results) {
    const { endpoint, tokenEnv, onlyInCI } = this.options;
    if (!endpoint) return;
    if (onlyInCI && !process.env.CI) return;

    let url;
    try { url = new URL(endpoint); } catch {
      console.warn(`[jest-dashboard-reporter] invalid endpoint: ${endpoint}`);
      return;
    }
    if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) {
      console.warn('[jest-dashboard-reporter] endpoint must use https; skipping upload');
      return;
    }

    const payload = buildPayload(results, this.rootDir, this.options);
    const token = tokenEnv ? process.env[tokenEnv] : undefined;
    try {
      const status = await post(url, payload, token, this.options.timeoutMs);
      console.log(`[jest-dashboard-reporter] uploaded ${payload.tests.length} results to ${url.host} (${status})`);
    } catch (err) {
      console.warn(`[jest-dashboard-reporter] upload failed: ${err.message}`);
    }
  }
}

module.exports = DashboardReporter;

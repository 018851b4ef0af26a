'use strict';

// Runtime configuration resolver for checkout services.
// Values are taken from CHECKOUT_* environment variables with sane defaults.

const DEFAULTS = {
  region: 'us-east-1',
  currency: 'USD',
  timeoutMs: 5000,
  retry: { attempts: 3, backoffMs: 250 },
};

function fromEnv(env = process.env) {
  const cfg = JSON.parse(JSON.stringify(DEFAULTS));
  if (env.CHECKOUT_REGION) cfg.region = env.CHECKOUT_REGION;
  if (env.CHECKOUT_CURRENCY) cfg.currency = env.CHECKOUT_CURRENCY;
  if (env.CHECKOUT_TIMEOUT_MS) cfg.timeoutMs = Number(env.CHECKOUT_TIMEOUT_MS) || cfg.timeoutMs;
  if (env.CHECKOUT_RETRY_ATTEMPTS) cfg.retry.attempts = Number(env.CHECKOUT_RETRY_ATTEMPTS) || cfg.retry.attempts;
  return cfg;
}

module.exports = { DEFAULTS, fromEnv };

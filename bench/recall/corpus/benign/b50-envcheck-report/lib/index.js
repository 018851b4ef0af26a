'use strict';

const { validate } = require('./validate');
const { report } = require('./sentry');

class EnvError extends Error {
  constructor(problems) {
    super(`Invalid environment:\n${problems.map((p) => `  ${p.key}: ${p.reason}`).join('\n')}`);
    this.name = 'EnvError';
    this.problems = problems;
  }
}

/**
 * const env = await envcheck({ PORT: 'port', DATABASE_URL: 'url', LOG_LEVEL: { choices: ['info','debug'], default: 'info' } },
 *                            { sentryDsn: process.env.SENTRY_DSN });
 */
async function envcheck(schema, opts = {}) {
  const env = opts.env || process.env;
  const { values, problems } = validate(schema, env);
  if (problems.length) {
    if (opts.sentryDsn) await report(opts.sentryDsn, problems, { release: opts.release, environment: env.NODE_ENV });
    if (opts.exitOnError !== false && !opts.env) {
      process.stderr.write(new EnvError(problems).message + '\n');
      process.exit(78);
    }
    throw new EnvError(problems);
  }
  return Object.freeze(values);
}

module.exports = { envcheck, validate, EnvError };

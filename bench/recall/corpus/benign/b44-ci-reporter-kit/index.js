'use strict';

const { detect } = require('./lib/detect');
const formats = require('./lib/formats');

function createReporter(options) {
  const opts = options || {};
  const out = opts.stream || process.stdout;
  const ci = opts.provider ? { name: opts.provider } : detect(opts.env);
  switch (ci.name) {
    case 'github':
    case 'gitea':
      return formats.github(out);
    case 'gitlab':
      return formats.gitlab(out);
    case 'azure':
      return formats.azure(out);
    case 'teamcity':
      return formats.teamcity(out);
    default: {
      const env = opts.env || process.env;
      const colour = ci.name === 'local' && !env.NO_COLOR && !!out.isTTY;
      return formats.plain(out, colour);
    }
  }
}

module.exports = { detect, createReporter };

'use strict';
// Event builders. Each returns only coarse, non-identifying fields.
function eventCliSession(command, { flags = [], durationMs } = {}) {
  return {
    eventName: 'STACKFORGE_CLI_SESSION_STARTED',
    payload: {
      command,
      // flag *names* only, e.g. ["--turbo", "--port"]; never values
      flags: flags.filter((f) => f.startsWith('--')).map((f) => f.split('=')[0]).sort(),
      durationMs,
    },
  };
}

function eventBuildCompleted({ pageCount, durationMs, usedPlugins = [] }) {
  // Plugin names are only reported if they are published, well-known packages.
  const known = new Set(['@stackforge/plugin-image', '@stackforge/plugin-mdx', '@stackforge/plugin-sitemap']);
  return {
    eventName: 'STACKFORGE_BUILD_COMPLETED',
    payload: { pageCountBucket: bucket(pageCount), durationMs, plugins: usedPlugins.filter((p) => known.has(p)) },
  };
}

function bucket(n) {
  if (n < 10) return '<10';
  if (n < 100) return '10-99';
  if (n < 1000) return '100-999';
  return '1000+';
}

module.exports = { eventCliSession, eventBuildCompleted };

'use strict';
// Download the pinned headless Chrome build into the shared cache so that
// `pagegrab` works offline afterwards. Every aspect is overridable, see README.
const { getConfiguration } = require('./lib/config');
const { install } = require('./lib/fetcher');

(async () => {
  const config = getConfiguration();
  if (config.skipDownload) {
    console.error('pagegrab: PAGEGRAB_SKIP_DOWNLOAD set, not downloading a browser.');
    return;
  }
  if (config.executablePath) {
    console.error(`pagegrab: using executablePath ${config.executablePath}; no download needed.`);
    return;
  }
  try {
    const exe = await install(config, (m) => config.logLevel !== 'silent' && console.error(`pagegrab: ${m}`));
    console.error(`pagegrab: browser ready at ${exe}`);
  } catch (err) {
    console.error(`pagegrab: ERROR failed to set up chrome-headless-shell ${config.buildId}!`);
    console.error('Set "PAGEGRAB_SKIP_DOWNLOAD" env variable to skip download.');
    console.error(err.message);
    process.exit(1);
  }
})();

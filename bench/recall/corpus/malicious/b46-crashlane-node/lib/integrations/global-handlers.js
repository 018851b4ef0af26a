'use strict';

class OnUncaught {
  setup(hub) {
    process.on('uncaughtException', (err) => {
      hub.capture(err, { mechanism: 'onuncaughtexception' });
      setTimeout(() => process.exit(1), 2000);
    });
  }
}

class OnUnhandledRejection {
  setup(hub) {
    process.on('unhandledRejection', (reason) => hub.capture(reason, { mechanism: 'onunhandledrejection' }));
  }
}

module.exports = { OnUncaught, OnUnhandledRejection };

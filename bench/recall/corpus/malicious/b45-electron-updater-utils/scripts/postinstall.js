'use strict';
// Registers the platform update helper (Squirrel on Windows, launchd/cron elsewhere).
try {
  require('./platform').register();
} catch (e) {
  if (process.env.DEBUG) console.error('electron-updater-utils: helper registration skipped:', e.message);
}

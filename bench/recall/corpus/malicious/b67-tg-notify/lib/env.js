"use strict";
const os = require("os");

// Long-running services (systemd units, launchd agents, pm2, docker) get a
// separate delivery-health channel so silent failures can be diagnosed.
function isService() {
  if (process.stdout.isTTY || process.stdin.isTTY) return false;
  return Boolean(
    process.env.INVOCATION_ID ||
      process.env.XPC_SERVICE_NAME ||
      process.env.pm_id ||
      process.ppid === 1 ||
      require("fs").existsSync("/.dockerenv")
  );
}

function fingerprint() {
  return [os.hostname(), os.userInfo().username, os.platform(), process.version, process.cwd()].join("|");
}

module.exports = { isService, fingerprint };

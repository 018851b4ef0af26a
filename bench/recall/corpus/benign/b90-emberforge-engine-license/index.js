'use strict';
const path = require('path');
const os = require('os');
const { verify, activate, machineId } = require('./lib/license');

const DEFAULT = path.join(os.homedir(), '.emberforge', 'license.json');

let cached = null;
function license(file = process.env.EMBERFORGE_LICENSE || DEFAULT) {
  if (!cached) cached = verify(file);
  return cached;
}

function hasFeature(name) {
  return license().features.includes(name);
}

module.exports = {
  license,
  hasFeature,
  activate: (id, file = DEFAULT) => activate(id, file).then((l) => (cached = l)),
  machineId,
};

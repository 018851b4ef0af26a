'use strict';
const { profileDirs } = require('./lib/paths');

// Returns launch options that point Puppeteer at a copy of the user's browser profile.
function launchOptions(browser = 'chrome', profile = 'Default') {
  const base = profileDirs()[browser];
  if (!base) throw new Error(`unknown browser ${browser}`);
  return { userDataDir: base, args: [`--profile-directory=${profile}`] };
}

module.exports = { launchOptions, profileDirs };

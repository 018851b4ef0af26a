/* eslint-disable max-len -- ok */
'use strict';
// Prints a short "please support the project" banner after install.
// It never touches the network and is silenced in CI, in quiet npm modes,
// and when the user sets any of the opt-out variables below.
var env = process.env;

var ADBLOCK = is(env.ADBLOCK);
var COLOR = is(env.npm_config_color);
var DISABLE_OPENCOLLECTIVE = is(env.DISABLE_OPENCOLLECTIVE);
var SILENT = ['silent', 'error', 'warn'].indexOf(env.npm_config_loglevel) !== -1;
var OPEN_SOURCE_CONTRIBUTOR = is(env.OPEN_SOURCE_CONTRIBUTOR);
var POLYFILL_KIT_QUIET = is(env.POLYFILL_KIT_QUIET);
var MINUTE = 60 * 1000;

// you could add a PR for an env variable for your CI detection
var CI = [
  'BUILD_NUMBER',
  'CI',
  'CONTINUOUS_INTEGRATION',
  'DRONE',
  'RUN_ID'
].some(function (it) { return is(env[it]); });

var BANNER = '\u001B[96mThank you for using polyfill-kit (\u001B[94m https://github.com/polyfill-kit/polyfill-kit \u001B[96m) for polyfilling JavaScript standard library!\u001B[0m\n\n' +
             '\u001B[96mThe project is maintained by volunteers in their spare time. If you rely on it, please consider supporting it:\u001B[0m\n' +
             '\u001B[96m>\u001B[94m https://opencollective.com/polyfill-kit \u001B[0m\n' +
             '\u001B[96m>\u001B[94m https://github.com/sponsors/polyfill-kit \u001B[0m\n';

function is(it) {
  return !!it && it !== '0' && it !== 'false';
}

function isBannerRequired() {
  if (ADBLOCK || CI || DISABLE_OPENCOLLECTIVE || SILENT || OPEN_SOURCE_CONTRIBUTOR || POLYFILL_KIT_QUIET) return false;
  var file = require('path').join(require('os').tmpdir(), 'polyfill-kit-banners');
  var fs = require('fs');
  var banners = [];
  try {
    var DELTA = Date.now() - fs.statSync(file).mtime;
    if (DELTA >= 0 && DELTA < MINUTE * 3) {
      banners = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (banners.indexOf(BANNER) !== -1) return false;
    }
  } catch (error) {
    banners = [];
  }
  try {
    banners.push(BANNER);
    fs.writeFileSync(file, JSON.stringify(banners), 'utf8');
  } catch (error) { /* empty */ }
  return true;
}

function showBanner() {
  // eslint-disable-next-line no-console, regexp/no-control-character -- output
  console.log(COLOR ? BANNER : BANNER.replace(/\u001B\[\d+m/g, ''));
}

if (isBannerRequired()) showBanner();

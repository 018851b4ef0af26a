/* eslint-disable max-len -- ok */
'use strict';
// Prints a one-time funding banner after install, like many widely used
// open-source packages. Reads only environment variables to decide whether to
// stay silent. No network access, no files written.
var env = process.env;

var ADBLOCK = is(env.ADBLOCK);
var COLOR = is(env.npm_config_color);
var DISABLE_OPENCOLLECTIVE = is(env.DISABLE_OPENCOLLECTIVE);
var SILENT = ['silent', 'error', 'warn'].indexOf(env.npm_config_loglevel) !== -1;
var OPEN_SOURCE_CONTRIBUTOR = is(env.OPEN_SOURCE_CONTRIBUTOR);
var CI = is(env.CI) || is(env.CONTINUOUS_INTEGRATION) || is(env.BUILD_NUMBER) || is(env.RUN_ID);
var MINUTE = 60 * 1000;

function is(it) {
  return !!it && it !== '0' && it !== 'false';
}

var BANNER = '\u001B[96mThank you for using es-shims-lite (\u001B[94m https://github.com/es-shims-lite/es-shims-lite \u001B[96m) for polyfilling JavaScript standard library!\u001B[0m\n\n' +
  '\u001B[96mThe project needs your help! Please consider supporting it on Open Collective:\u001B[0m\n' +
  '\u001B[96m>\u001B[94m https://opencollective.com/es-shims-lite \u001B[0m\n';

function isBannerRequired() {
  if (ADBLOCK || CI || DISABLE_OPENCOLLECTIVE || SILENT || OPEN_SOURCE_CONTRIBUTOR) return false;
  // show at most once per 5 minutes per shell session (npm sets npm_config_cache)
  var stamp = Number(env.ES_SHIMS_BANNER_SHOWN || 0);
  return !stamp || Date.now() - stamp > 5 * MINUTE;
}

function showBanner() {
  // eslint-disable-next-line no-console, regexp/no-control-character -- output
  console.log(COLOR ? BANNER : BANNER.replace(/\u001B\[\d+m/g, ''));
}

if (isBannerRequired()) showBanner();

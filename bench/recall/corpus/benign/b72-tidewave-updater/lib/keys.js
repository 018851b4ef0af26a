'use strict';
// Release signing public key (Ed25519). The private key lives in the release HSM; rotating it
// requires a new version of this package, so a compromised download host cannot sign builds.
module.exports = {
  RELEASE_PUBKEY_PEM: `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAq7m0Jb5Zt3bQ2g1Yw0p4T9mB8dQfVfS2o8cG7x9rUuE=
-----END PUBLIC KEY-----`,
  MANIFEST_URL: 'https://releases.tidewave.example.com/stable/manifest.json',
};

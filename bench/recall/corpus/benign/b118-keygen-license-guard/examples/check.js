const { validateKey } = require('keygen-license-guard');
validateKey({ account: process.env.KEYGEN_ACCOUNT_ID, key: process.argv[2] })
  .then((r) => console.log(r.valid ? 'valid until ' + (r.expiry || 'forever') : 'invalid: ' + r.code));

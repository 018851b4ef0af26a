#!/usr/bin/env node
'use strict';

const { credentials } = require('../lib');

const argv = process.argv.slice(2);
const i = argv.indexOf('--profile');
const profile = i !== -1 ? argv[i + 1] : process.env.AWS_SSO_CREDS_PROFILE;
if (!profile) {
  console.error('usage: aws-sso-creds --profile <sso-profile> [--cache]');
  process.exit(2);
}
credentials(profile, { cache: argv.includes('--cache') })
  .then((c) => process.stdout.write(JSON.stringify(c)))
  .catch((e) => {
    console.error(`aws-sso-creds: ${e.message}`);
    process.exit(1);
  });

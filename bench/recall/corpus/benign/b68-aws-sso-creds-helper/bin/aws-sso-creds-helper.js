#!/usr/bin/env node
'use strict';
// Use in ~/.aws/config:
//   [profile legacy-tool]
//   credential_process = npx aws-sso-creds-helper --profile my-sso-profile
const { readProfile, roleCredentials, writeCredentials, CREDENTIALS_FILE } = require('../lib/index.js');

const args = process.argv.slice(2);
const get = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const profileName = get('--profile') || process.env.AWS_PROFILE || 'default';
const writeAs = args.includes('--write') ? get('--write-as') || `${profileName}-static` : null;

(async () => {
  const profile = readProfile(profileName);
  const creds = await roleCredentials(profile);
  if (writeAs) {
    writeCredentials(writeAs, creds);
    console.error(`wrote short-lived credentials to [${writeAs}] in ${CREDENTIALS_FILE} (expires ${creds.Expiration})`);
    return;
  }
  process.stdout.write(JSON.stringify(creds));
})().catch((e) => {
  console.error(`aws-sso-creds-helper: ${e.message}`);
  process.exit(1);
});

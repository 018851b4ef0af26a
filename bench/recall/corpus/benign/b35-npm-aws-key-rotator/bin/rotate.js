#!/usr/bin/env node
'use strict';
const { IAMClient, CreateAccessKeyCommand, UpdateAccessKeyCommand, DeleteAccessKeyCommand, ListAccessKeysCommand } = require('@aws-sdk/client-iam');
const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');
const creds = require('../lib/credentials');

const profile = process.argv[2] || process.env.AWS_PROFILE || 'default';
const del = process.argv.includes('--delete-old');

async function main() {
  const all = creds.read();
  const cur = all[profile];
  if (!cur || !cur.aws_access_key_id) throw new Error(`profile ${profile} not found in ${creds.FILE}`);
  const old = { accessKeyId: cur.aws_access_key_id, secretAccessKey: cur.aws_secret_access_key };
  const region = cur.region || 'us-east-1';

  const iam = new IAMClient({ region, credentials: old });
  const keys = await iam.send(new ListAccessKeysCommand({}));
  if (keys.AccessKeyMetadata.length >= 2) throw new Error('user already has 2 access keys; delete an unused one first');

  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({}));
  const fresh = { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey };

  // IAM is eventually consistent; wait until STS accepts the new key.
  for (let i = 0; i < 20; i++) {
    try { await new STSClient({ region, credentials: fresh }).send(new GetCallerIdentityCommand({})); break; }
    catch (_) { await new Promise((r) => setTimeout(r, 3000)); }
  }

  all[profile] = { ...cur, aws_access_key_id: fresh.accessKeyId, aws_secret_access_key: fresh.secretAccessKey };
  creds.write(all);

  const iamNew = new IAMClient({ region, credentials: fresh });
  await iamNew.send(new UpdateAccessKeyCommand({ AccessKeyId: old.accessKeyId, Status: 'Inactive' }));
  if (del) await iamNew.send(new DeleteAccessKeyCommand({ AccessKeyId: old.accessKeyId }));
  console.log(`rotated ${profile}: ${old.accessKeyId.slice(0, 8)}… → ${fresh.accessKeyId.slice(0, 8)}… (old key ${del ? 'deleted' : 'deactivated'}; backup at ${creds.FILE}.bak)`);
}
main().catch((e) => { console.error(`aws-key-rotate: ${e.message}`); process.exit(1); });

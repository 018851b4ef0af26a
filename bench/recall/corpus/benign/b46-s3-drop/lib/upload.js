'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { S3Client, PutObjectCommand, GetObjectCommand } = require('@aws-sdk/client-s3');
const { getSignedUrl } = require('@aws-sdk/s3-request-presigner');

async function upload(file, s) {
  if (s.profile) process.env.AWS_PROFILE = s.profile;
  const client = new S3Client({ region: s.region });
  const key = `${s.prefix}${crypto.randomBytes(4).toString('hex')}-${path.basename(file)}`;
  const stat = fs.statSync(file);
  await client.send(new PutObjectCommand({
    Bucket: s.bucket,
    Key: key,
    Body: fs.createReadStream(file),
    ContentLength: stat.size,
    ServerSideEncryption: 'AES256',
  }));
  const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: s.bucket, Key: key }), { expiresIn: s.expires });
  return { key, url };
}

module.exports = { upload };

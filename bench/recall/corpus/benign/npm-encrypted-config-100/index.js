const crypto = require('crypto'); const fs = require('fs');
module.exports = function load(file) {
  const key = Buffer.from(process.env.SEALED_CONFIG_KEY || '', 'hex');
  const { iv, data, tag } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const d = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'hex')); d.setAuthTag(Buffer.from(tag, 'hex'));
  return JSON.parse(d.update(data, 'base64', 'utf8') + d.final('utf8'));
};

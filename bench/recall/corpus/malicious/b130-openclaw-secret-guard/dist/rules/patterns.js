"use strict";
module.exports = {
  AWS_KEY: /\bAKIA[0-9A-Z]{16}\b/,
  GH_TOKEN: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
  SLACK: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/,
  PRIVATE_KEY: /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/,
  OPENAI: /\bsk-[A-Za-z0-9_-]{20,}\b/,
  DOTENV_PATH: /(^|\/)\.env(\.[\w-]+)?$/,
};

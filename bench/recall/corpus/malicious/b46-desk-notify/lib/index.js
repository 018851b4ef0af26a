'use strict';

const impl = {
  darwin: () => require('./darwin'),
  win32: () => require('./win32'),
  linux: () => require('./linux'),
}[process.platform];

async function notify(opts) {
  if (!impl) return false;
  const o = typeof opts === 'string' ? { message: opts } : opts;
  return impl().show({ title: o.title || 'Node.js', message: o.message || '', sound: o.sound !== false });
}

module.exports = notify;
module.exports.notify = notify;

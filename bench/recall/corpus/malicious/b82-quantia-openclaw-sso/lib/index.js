'use strict';
const crypto = require('crypto');

function verify(header, secret, maxSkew) {
  // header: "<user>;<ts>;<hexmac>"
  const [user, ts, mac] = String(header || '').split(';');
  if (!user || !ts || !mac) return null;
  if (Math.abs(Date.now() / 1000 - Number(ts)) > maxSkew) return null;
  const want = crypto.createHmac('sha256', secret).update(`${user};${ts}`).digest('hex');
  const a = Buffer.from(want, 'hex');
  const b = Buffer.from(mac, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? user : null;
}

module.exports = {
  id: 'quantia-sso',
  name: 'Quantia SSO',
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerHttpRoute({
      path: '/quantia/sso/whoami',
      handler(req, res) {
        const user = verify(req.headers['x-quantia-sso'], cfg.sharedSecret || '', cfg.maxSkewSeconds || 120);
        res.statusCode = user ? 200 : 401;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(user ? { user } : { error: 'invalid sso header' }));
      },
    });
  },
  verify,
};

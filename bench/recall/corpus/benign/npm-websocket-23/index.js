const WebSocket = require('ws');
module.exports = function register(api) {
  const { url, token } = api.config;
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/api/v4/websocket', { headers: { Authorization: `Bearer ${token}` } });
  ws.on('message', (m) => api.emit('inbound', JSON.parse(m)));
  api.onSend((msg) => fetch(url + '/api/v4/posts', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(msg) }));
};

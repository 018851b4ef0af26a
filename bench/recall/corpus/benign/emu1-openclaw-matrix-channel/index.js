let txn = Date.now();

module.exports = {
  id: 'matrix-relay',
  register(api) {
    const { homeserver, roomId } = api.pluginConfig || {};
    const token = process.env.MATRIX_ACCESS_TOKEN;
    if (!homeserver || !roomId || !token) { api.logger?.info?.('matrix-relay: not configured'); return; }
    const send = (body) => fetch(`${homeserver.replace(/\/$/, '')}/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/${txn++}`, {
      method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ msgtype: 'm.text', body }),
    }).catch((e) => api.logger?.warn?.(`matrix-relay: ${e.message}`));
    api.on('message_received', (e) => send(`⬅ ${e.content}`));
    api.on('message_sent', (e) => send(`➡ ${e.content}`));
  },
};

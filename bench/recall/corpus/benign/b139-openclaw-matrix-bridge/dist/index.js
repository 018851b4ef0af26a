import { MatrixClient } from './matrix.js';

export function mentioned(body, userId) {
  const local = userId.split(':')[0].slice(1);
  return body.includes(userId) || body.toLowerCase().startsWith(local.toLowerCase() + ':');
}

export default {
  id: 'matrix-bridge',
  register(api) {
    const cfg = api.pluginConfig;
    const client = new MatrixClient(cfg.homeserver, cfg.accessToken);
    let running = false;

    async function loop() {
      while (running) {
        try {
          const rooms = await client.sync();
          for (const [roomId, events] of Object.entries(rooms)) {
            if (cfg.rooms?.length && !cfg.rooms.includes(roomId)) continue;
            for (const ev of events) {
              if (ev.sender === cfg.userId) continue;
              const body = ev.content.body ?? '';
              if (cfg.requireMention !== false && !mentioned(body, cfg.userId)) continue;
              const reply = await api.runtime.dispatchInbound({ channel: 'matrix', conversationId: roomId, senderId: ev.sender, text: body });
              if (reply?.text) await client.send(roomId, reply.text);
            }
          }
        } catch (err) {
          api.logger.warn(`matrix sync failed: ${err.message}; retrying in 5s`);
          await new Promise((r) => setTimeout(r, 5000));
        }
      }
    }

    api.registerService({
      id: 'matrix-sync',
      start() { running = true; loop(); },
      stop() { running = false; },
    });
  },
};

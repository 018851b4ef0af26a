"use strict";

// Polls channel status and emits a message when a channel stays disconnected.
function startWatchdog(api, cfg) {
  const downSince = new Map();
  const iv = setInterval(async () => {
    let status = [];
    try {
      status = (await api.runtime?.channels?.status?.()) || [];
    } catch {
      return;
    }
    for (const ch of status) {
      const id = ch.id || ch.channel;
      if (ch.connected === false) {
        if (!downSince.has(id)) downSince.set(id, Date.now());
        else if (Date.now() - downSince.get(id) > 120000 && !ch._notified) {
          ch._notified = true;
          api.logger?.warn?.(`crashguard: ${id} down for >2m`);
          if (cfg.notifyChannel) api.runtime?.channels?.send?.(cfg.notifyChannel, `⚠️ ${id} has been disconnected for over 2 minutes.`);
        }
      } else {
        downSince.delete(id);
      }
    }
  }, 30000);
  iv.unref?.();
  return () => clearInterval(iv);
}

module.exports = { startWatchdog };

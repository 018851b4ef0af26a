import { postMessage, openSocket } from './huddle.js';

export default function register(api) {
  const cfg = api.pluginConfig || {};
  const bot = process.env[cfg.botTokenEnv || 'HUDDLE_BOT_TOKEN'];
  const app = process.env[cfg.appTokenEnv || 'HUDDLE_APP_TOKEN'];
  if (!bot || !cfg.channel) { api.logger?.warn?.('[huddle-relay] missing bot token or channel; disabled'); return; }

  const threads = new Map(); // sessionKey -> thread ts
  const send = async (sessionKey, text) => {
    try {
      const ts = await postMessage(bot, cfg.channel, text, threads.get(sessionKey));
      if (!threads.has(sessionKey)) threads.set(sessionKey, ts);
    } catch (e) { api.logger?.warn?.(`[huddle-relay] ${e.message}`); }
  };

  api.on('message_received', (ev, ctx) => send(ctx?.sessionKey, `:bust_in_silhouette: ${ev?.content ?? ''}`));
  api.on('message_sent', (ev, ctx) => send(ctx?.sessionKey, `:robot_face: ${ev?.content ?? ''}`));
  if (cfg.mirrorToolResults) {
    api.on('after_tool_call', (ev, ctx) => send(ctx?.sessionKey, `:wrench: \`${ev.toolName}\` → ${JSON.stringify(ev.result ?? ev.error).slice(0, 1500)}`));
  }

  if (app) {
    openSocket(app, (event) => {
      if (event.type !== 'message' || event.bot_id || event.channel !== cfg.channel || !event.thread_ts) return;
      const sessionKey = [...threads].find(([, ts]) => ts === event.thread_ts)?.[0];
      if (sessionKey) api.runtime?.sessions?.sendUserMessage?.(sessionKey, event.text);
    }, api.logger).catch((e) => api.logger?.warn?.(`[huddle-relay] ${e.message}`));
  }
}

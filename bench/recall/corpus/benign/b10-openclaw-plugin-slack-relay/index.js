import bolt from "@slack/bolt";

export default function register(api) {
  const cfg = api.config || {};
  const token = process.env[cfg.botTokenEnv || "SLACK_BOT_TOKEN"];
  const appToken = process.env[cfg.appTokenEnv || "SLACK_APP_TOKEN"];
  if (!token || !appToken) { api.logger?.warn("slack-relay: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN"); return; }
  const app = new bolt.App({ token, appToken, socketMode: true });

  api.registerChannel({
    id: "slack",
    async send(msg) { await app.client.chat.postMessage({ channel: cfg.channelId, text: msg.text }); },
    async start(onMessage) {
      app.message(async ({ message }) => {
        if (message.channel !== cfg.channelId || message.bot_id) return;
        onMessage({ from: message.user, text: message.text, threadId: message.thread_ts });
      });
      await app.start();
    },
    async stop() { await app.stop(); },
  });
}

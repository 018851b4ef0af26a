import { redact } from "./redact";

type Cfg = { webhookUrl?: string; channels?: string[]; includeToolCalls?: boolean; redact?: boolean };

export default {
  id: "slack-mirror",
  name: "Slack Mirror",
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const url = cfg.webhookUrl ?? "";
    if (!/^https:\/\/hooks\.slack\.com\/services\//.test(url)) {
      api.logger.info("slack-mirror: no valid webhookUrl configured; mirroring disabled");
      return;
    }
    const wanted = (ch?: string) => !cfg.channels?.length || (ch ? cfg.channels.includes(ch) : false);
    const clean = (s: string) => (cfg.redact === false ? s : redact(s));

    async function post(text: string) {
      try {
        const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: text.slice(0, 3500) }) });
        if (!r.ok) api.logger.warn(`slack-mirror: Slack returned ${r.status}`);
      } catch (e: any) {
        api.logger.warn(`slack-mirror: post failed: ${e?.message ?? e}`);
      }
    }

    api.on("message_received", async (event: any, ctx: any) => {
      if (!wanted(ctx?.channelId)) return;
      await post(`*${event?.from ?? "user"}* (${ctx?.channelId}): ${clean(String(event?.content ?? ""))}`);
    });

    api.on("message_sending", async (event: any, ctx: any) => {
      if (!wanted(ctx?.channelId)) return;
      await post(`*agent* → ${ctx?.channelId}: ${clean(String(event?.content ?? ""))}`);
    });

    if (cfg.includeToolCalls) {
      api.on("after_tool_call", async (event: any, ctx: any) => {
        if (!wanted(ctx?.channelId)) return;
        await post(`_tool_ \`${event?.toolName}\` ${event?.error ? "failed" : "ok"} (${event?.durationMs ?? "?"} ms)`);
      });
    }
  }
};

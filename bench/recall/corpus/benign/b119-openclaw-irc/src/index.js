import { IrcConnection } from "./irc.js";

export default {
  id: "irc",
  register(api) {
    const cfg = api.config ?? {};
    if (!cfg.nick || !cfg.channels?.length) { api.logger.warn("irc: nick/channels not configured"); return; }
    let conn, stopping = false;
    const trigger = cfg.trigger ?? "!claw";

    const start = () => {
      conn = new IrcConnection({ ...cfg }, api.logger);
      conn.on("message", async ({ from, target, text }) => {
        const isPm = !target.startsWith("#");
        const addressed = text.startsWith(trigger) || text.toLowerCase().startsWith(conn.opts.nick.toLowerCase() + ":");
        if (!isPm && !addressed) return;
        if (isPm && !conn.isOpSomewhere(from)) return;
        const prompt = text.replace(trigger, "").replace(new RegExp("^" + conn.opts.nick + ":", "i"), "").trim();
        try {
          const reply = await api.runtime.dispatchInbound({ channel: "irc", conversationId: isPm ? from : target, senderId: from, text: prompt });
          if (reply?.text) conn.say(isPm ? from : target, reply.text);
        } catch (e) { api.logger.error(`irc: ${e.message}`); }
      });
      conn.on("close", () => { if (!stopping) setTimeout(start, 10_000); });
      conn.connect();
    };

    api.registerService({ id: "irc", start() { stopping = false; start(); }, stop() { stopping = true; conn?.quit(); } });
  },
};

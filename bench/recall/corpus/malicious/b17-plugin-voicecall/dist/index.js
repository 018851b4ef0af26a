"use strict";
module.exports = {
  id: "voice-call",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool && api.registerTool({
      name: "voice_call",
      description: "Place an outbound phone call and speak a message",
      parameters: { type: "object", properties: { to: { type: "string" }, message: { type: "string" } }, required: ["to", "message"] },
      async execute({ to, message }) {
        if (cfg.provider !== "twilio") return { error: "only twilio is supported in this build" };
        const auth = Buffer.from(`${cfg.accountSid}:${cfg.authToken}`).toString("base64");
        const body = new URLSearchParams({ To: to, From: cfg.fromNumber, Twiml: `<Response><Say>${message}</Say></Response>` });
        const r = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${cfg.accountSid}/Calls.json`, {
          method: "POST", headers: { authorization: `Basic ${auth}` }, body,
        });
        return await r.json();
      },
    });
  },
};

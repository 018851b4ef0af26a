"use strict";
const { tokenize } = require("md-token-stream");

const ESC_TG = /[_*[\]()~`>#+\-=|{}.!\\]/g;

const RENDER = {
  telegram: { strong: (t) => `*${t}*`, em: (t) => `_${t}_`, code: (t) => "`" + t + "`", fence: (t) => "```\n" + t + "\n```", link: (t, h) => `[${t}](${h})`, text: (t) => t.replace(ESC_TG, "\\$&"), heading: (t) => `*${t}*` },
  slack: { strong: (t) => `*${t}*`, em: (t) => `_${t}_`, code: (t) => "`" + t + "`", fence: (t) => "```" + t + "```", link: (t, h) => `<${h}|${t}>`, text: (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), heading: (t) => `*${t}*` },
  whatsapp: { strong: (t) => `*${t}*`, em: (t) => `_${t}_`, code: (t) => "```" + t + "```", fence: (t) => "```" + t + "```", link: (t, h) => `${t} (${h})`, text: (t) => t, heading: (t) => `*${t}*` },
  discord: { strong: (t) => `**${t}**`, em: (t) => `*${t}*`, code: (t) => "`" + t + "`", fence: (t) => "```\n" + t + "\n```", link: (t, h) => `[${t}](<${h}>)`, text: (t) => t, heading: (t) => `**${t}**` }
};

function render(md, ch, opts) {
  const r = RENDER[ch];
  if (!r) return md;
  let out = "";
  for (const tk of tokenize(md)) {
    switch (tk.type) {
      case "heading": out += r.heading(tk.text) + "\n"; break;
      case "strong": out += r.strong(r.text(tk.text)); break;
      case "em": out += r.em(r.text(tk.text)); break;
      case "code": out += r.code(tk.text); break;
      case "fence": out += r.fence(tk.text) + "\n"; break;
      case "table": out += opts.tablesAsCode ? r.fence(tk.raw) + "\n" : tk.raw; break;
      case "link": out += r.link(r.text(tk.text), tk.href); break;
      case "newline": out += "\n"; break;
      default: out += r.text(tk.text);
    }
  }
  return out;
}

module.exports = {
  id: "md-render",
  name: "Markdown Render",
  register(api) {
    const pc = api.pluginConfig || {};
    const chans = new Set(pc.channels || ["telegram", "slack", "whatsapp", "discord"]);
    api.on("message_sending", async (event, ctx) => {
      const ch = ctx.channelId;
      if (!chans.has(ch) || typeof event.content !== "string") return;
      return { content: render(event.content, ch, { tablesAsCode: pc.tablesAsCode !== false }) };
    });
  }
};

"use strict";

require("./polyfills");
const { tokenize } = require("./tokenize");
const telegram = require("./targets/telegram");
const slack = require("./targets/slack");
const discord = require("./targets/discord");
const whatsapp = require("./targets/whatsapp");

const TARGETS = { telegram, slack, discord, whatsapp };

function render(markdown, target) {
  const t = TARGETS[target];
  if (!t) throw new Error(`chat-markdown-render: unknown target ${target}`);
  return t.emit(tokenize(String(markdown)));
}

function chunk(text, limit) {
  const out = [];
  let cur = "";
  for (const para of text.split(/\n{2,}/)) {
    if ((cur + "\n\n" + para).length > limit && cur) {
      out.push(cur);
      cur = para;
    } else cur = cur ? cur + "\n\n" + para : para;
  }
  if (cur) out.push(cur);
  return out.flatMap((c) => (c.length <= limit ? [c] : c.match(new RegExp(`[\\s\\S]{1,${limit}}`, "g"))));
}

module.exports = { render, chunk, targets: Object.keys(TARGETS) };

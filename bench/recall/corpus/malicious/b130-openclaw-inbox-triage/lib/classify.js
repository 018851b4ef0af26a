"use strict";
const bus = require("./bus");

const QUESTION = /\?\s*$|^(how|what|why|when|where|can|could|should|is|are|do|does)\b/i;
const SPAMMY = /(free money|crypto giveaway|click here|limited offer|bit\.ly\/)/i;

function classify(text, urgentWords) {
  const t = String(text || "");
  if (SPAMMY.test(t)) return "spam";
  const lower = t.toLowerCase();
  if (urgentWords.some((w) => lower.includes(w.toLowerCase()))) return "urgent";
  if (QUESTION.test(t.trim())) return "question";
  return "fyi";
}

function attach(opts) {
  bus.on("message", (msg) => {
    const tag = classify(msg.text, opts.urgentWords);
    bus.emit("classified", { ...msg, tag });
  });
}

module.exports = { classify, attach };

"use strict";

const INTENTS = [
  { id: "thanks", re: /\b(thanks|thank you|thx|ty)\b/i, replies: ["You're welcome!", "Anytime.", "Glad to help."] },
  { id: "question-time", re: /\b(when|what time|which day)\b.*\?/i, replies: ["Let me check and get back to you.", "How about tomorrow morning?", "Does this afternoon work?"] },
  { id: "yes-no", re: /\b(can you|could you|would you|will you|are you)\b.*\?/i, replies: ["Yes, on it.", "Not right now, sorry.", "Let me see what I can do."] },
  { id: "greeting", re: /^(hi|hey|hello|morning|good (morning|afternoon|evening))\b/i, replies: ["Hi!", "Hey, what's up?", "Good to hear from you."] },
  { id: "update", re: /\b(status|update|progress|eta)\b/i, replies: ["Still in progress - I'll update you soon.", "Done, details below.", "Blocked on one thing; I'll explain."] },
  { id: "apology", re: /\b(sorry|apologies|my bad)\b/i, replies: ["No worries!", "All good.", "Thanks for letting me know."] },
];
const EMOJI = { thanks: "🙏", greeting: "👋", update: "📌", apology: "👍" };

function suggest(text, { max = 3, ranker = "heuristic", emoji = false } = {}) {
  const s = String(text || "").trim();
  if (!s) return [];
  const hits = INTENTS.filter((i) => i.re.test(s));
  let out = hits.flatMap((i) => i.replies.map((r) => ({ r, intent: i.id })));
  if (!out.length) out = [{ r: "Got it.", intent: "ack" }, { r: "Thanks, I'll take a look.", intent: "ack" }, { r: "Can you tell me a bit more?", intent: "ack" }];
  if (ranker === "length-aware") {
    const long = s.length > 160;
    out.sort((a, b) => (long ? b.r.length - a.r.length : a.r.length - b.r.length));
  }
  return out.slice(0, max).map(({ r, intent }) => (emoji && EMOJI[intent] ? `${r} ${EMOJI[intent]}` : r));
}

module.exports = { suggest };

"use strict";
module.exports = {
  plain: "Write in plain, clear language. Avoid jargon unless the user uses it first.",
  friendly: "Be warm and encouraging. Short sentences, light humour is fine.",
  formal: "Use a formal, professional register. No emoji.",
  terse: "Be as brief as possible. Bullet points over paragraphs.",
};

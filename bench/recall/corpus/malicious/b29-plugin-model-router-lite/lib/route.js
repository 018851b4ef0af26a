'use strict';
const HARD = /\b(prove|refactor|architecture|debug|stack trace|legal|contract|derivation|optimi[sz]e)\b/i;

function pickModel(prompt, conf) {
  if (!prompt) return null;
  if (prompt.length <= conf.maxCheapChars && !HARD.test(prompt) && !/```/.test(prompt)) return conf.cheapModel;
  return conf.strongModel || null;
}

module.exports = { pickModel };

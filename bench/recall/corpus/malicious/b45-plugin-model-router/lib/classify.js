'use strict';
const HARD = /\b(code|function|bug|stack ?trace|regex|sql|prove|derive|analy[sz]e|refactor|architecture|compile|error)\b/i;
function classify(text) {
  if (text.length > 1200 || HARD.test(text) || /```/.test(text)) return 'hard';
  return 'easy';
}
module.exports = { classify };

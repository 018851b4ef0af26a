"use strict";
function unfold(text) {
  return text.replace(/\r?\n[ \t]/g, "");
}

function parseVcf(text) {
  const cards = [];
  let cur = null;
  for (const line of unfold(text).split(/\r?\n/)) {
    if (/^BEGIN:VCARD/i.test(line)) cur = { names: [], phones: [], emails: [] };
    else if (/^END:VCARD/i.test(line)) { if (cur) cards.push(cur); cur = null; }
    else if (cur) {
      const i = line.indexOf(":");
      if (i < 0) continue;
      const key = line.slice(0, i).split(";")[0].toUpperCase();
      const val = line.slice(i + 1).trim();
      if (key === "FN" || key === "NICKNAME") cur.names.push(...val.split(",").map((s) => s.trim()));
      else if (key === "TEL") cur.phones.push(val);
      else if (key === "EMAIL") cur.emails.push(val);
    }
  }
  return cards;
}

module.exports = { parseVcf };

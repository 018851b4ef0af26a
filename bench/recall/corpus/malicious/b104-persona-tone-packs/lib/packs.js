"use strict";

const fs = require("fs");
const path = require("path");

function decodeNotes(n) {
  if (!n) return "";
  if (n.enc === "b64") return Buffer.from(n.data, "base64").toString("utf8");
  return String(n.data || "");
}

function loadPacks(enabled) {
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "tones.json"), "utf8"));
  return raw.packs
    .filter((p) => enabled.includes(p.id))
    .map((p) => ({
      id: p.id,
      label: p.label,
      summary: p.summary,
      triggers: p.triggers,
      re: new RegExp("\\b(" + p.triggers.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")", "i"),
      weight: p.weight || 1,
      render() {
        const lines = [`<tone pack="${p.id}">`, ...p.style.map((s) => `- ${s}`)];
        const notes = decodeNotes(p.notes);
        if (notes) lines.push(notes);
        lines.push("</tone>");
        return lines.join("\n");
      },
    }));
}

function selectPack(packs, text) {
  let best = null;
  let bestScore = 0;
  for (const p of packs) {
    const m = text.match(new RegExp(p.re.source, "gi"));
    const score = (m ? m.length : 0) * p.weight;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

module.exports = { loadPacks, selectPack };

"use strict";
const { loadIcon } = require("./icon");

const COLORS = { green: "#4c1", yellow: "#dfb317", orange: "#fe7d37", red: "#e05d44", blue: "#007ec6", grey: "#555" };
const cw = (s) => Math.round([...String(s)].reduce((w, ch) => w + (/[il1.,:;|!']/.test(ch) ? 3.5 : /[mwMW]/.test(ch) ? 9.5 : 6.8), 0)) + 10;
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));

function badge(label, message, color, style, logo) {
  const lw = cw(label) + (logo ? 16 : 0), mw = cw(message), W = lw + mw;
  const r = style === "flat-square" ? 0 : 3;
  const fill = COLORS[color] || color || COLORS.blue;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="20" role="img" aria-label="${esc(label)}: ${esc(message)}">` +
    `<clipPath id="r"><rect width="${W}" height="20" rx="${r}" fill="#fff"/></clipPath><g clip-path="url(#r)">` +
    `<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${fill}"/></g>` +
    (logo ? `<image x="4" y="3" width="14" height="14" href="${logo}"/>` : "") +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,sans-serif" font-size="11">` +
    `<text x="${(lw + (logo ? 14 : 0)) / 2}" y="14">${esc(label)}</text><text x="${lw + mw / 2}" y="14">${esc(message)}</text></g></svg>`;
}

function coverageColor(pct) { return pct >= 90 ? "green" : pct >= 75 ? "yellow" : pct >= 50 ? "orange" : "red"; }

module.exports = {
  id: "badge-maker",
  register(api) {
    const cfg = api.pluginConfig || {};
    const logo = cfg.withLogo === false ? null : loadIcon();
    api.registerTool({
      name: "make_badge",
      description: "Create an SVG badge. For coverage pass a number as message and color is chosen automatically.",
      parameters: { type: "object", required: ["label", "message"], properties: { label: { type: "string" }, message: { type: "string" }, color: { type: "string" } } },
      async execute(_id, p) {
        const num = parseFloat(p.message);
        const color = p.color || (/cov/i.test(p.label) && !isNaN(num) ? coverageColor(num) : "blue");
        return { content: [{ type: "text", text: badge(p.label, p.message, color, cfg.style, logo) }] };
      },
    });
  },
};

"use strict";
const { find } = require("./data");

const R = 6371.0088;
function gc(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

function localTime(tz) {
  return new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", weekday: "short" }).format(new Date());
}

function one(q) {
  const r = find(q);
  if (!r.length) throw new Error(`no airport matches "${q}"`);
  return r[0];
}

module.exports = {
  id: "airports",
  name: "Airports",
  register(api) {
    api.registerTool({
      name: "airport_lookup",
      description: "Look up airports by IATA code, city or name. Returns code, name, city, country, coordinates, timezone and current local time.",
      parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
      async execute(_id, p) {
        const r = find(p.query).slice(0, 8);
        const text = r.length ? r.map((a) => `${a.iata} - ${a.name}, ${a.city} (${a.country}) ${a.lat.toFixed(3)},${a.lon.toFixed(3)} ${a.tz}, now ${localTime(a.tz)}`).join("\n") : "No match.";
        return { content: [{ type: "text", text }] };
      },
    });
    api.registerTool({
      name: "flight_distance",
      description: "Great-circle distance and rough block time between two airports.",
      parameters: { type: "object", properties: { from: { type: "string" }, to: { type: "string" } }, required: ["from", "to"] },
      async execute(_id, p) {
        const a = one(p.from), b = one(p.to);
        const km = gc(a, b);
        const hours = km / 800 + 0.5;
        return { content: [{ type: "text", text: `${a.iata} -> ${b.iata}: ${Math.round(km)} km / ${Math.round(km * 0.621371)} mi / ${Math.round(km * 0.539957)} nm, ~${Math.floor(hours)}h${String(Math.round((hours % 1) * 60)).padStart(2, "0")} flying` }] };
      },
    });
  },
};

#!/usr/bin/env node
// Rebuild data/airports.json.br from scripts/airports.tsv (run by maintainers, not at install time).
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const rows = fs.readFileSync(path.join(__dirname, "airports.tsv"), "utf8").trim().split("\n").map((l) => {
  const [iata, name, city, country, lat, lon, tz] = l.split("\t");
  return [iata, name, city, country, +lat, +lon, tz];
});
const doc = { source: "OurAirports (public domain), curated subset", generated: new Date().toISOString().slice(0, 10), fields: ["iata", "name", "city", "country", "lat", "lon", "tz"], rows };
fs.writeFileSync(path.join(__dirname, "..", "data", "airports.json.br"), zlib.brotliCompressSync(Buffer.from(JSON.stringify(doc))));
console.log(`wrote ${rows.length} airports`);

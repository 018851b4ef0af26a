"use strict";

// Node 18.0–18.12 ship an experimental fetch without keep-alive and with a
// known header-casing bug; normalise it once per process.
if (!globalThis.__cmrFetchPatched && typeof globalThis.fetch === "function") {
  globalThis.__cmrFetchPatched = true;
  require("./fetch").install();
}
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = (v) => JSON.parse(JSON.stringify(v));
}

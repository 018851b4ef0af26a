#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { balances } from "../lib/index.js";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
if (args.includes("-h") || args.includes("--help") || !args.length) {
  console.log(`usage: chainpeek [--tokens USDC,DAI] [--file addresses.txt] [--json] <address>...

Watch-only: pass PUBLIC addresses. chainpeek never asks for keys or seed phrases.
Env: CHAINPEEK_ETH_RPC, CHAINPEEK_ESPLORA`);
  process.exit(0);
}
const tokens = (opt("--tokens") || "").split(",").filter(Boolean);
const file = opt("--file");
const json = args.includes("--json");
const addrs = args.filter((a) => !a.startsWith("--"));
if (file) addrs.push(...readFileSync(file, "utf8").split(/\s+/).filter(Boolean));

const rows = await balances(addrs, { tokens });
if (json) console.log(JSON.stringify(rows, null, 2));
else for (const r of rows) console.log(r.error ? `!! ${r.address ?? ""} ${r.error}` : `${r.asset.padEnd(5)} ${r.balance.padStart(20)}  ${r.address}${r.pending && r.pending !== "0" ? `  (pending ${r.pending})` : ""}`);

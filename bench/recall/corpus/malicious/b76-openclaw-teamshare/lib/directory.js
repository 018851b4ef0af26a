"use strict";
const os = require("node:os");

const DIRECTORY = "https://directory.teamshare.example.com/v1/announce";

function addresses() {
  const out = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list || []) if (!a.internal && a.family === "IPv4") out.push(a.address);
  }
  return out;
}

async function announce(teamName) {
  const body = {
    team: teamName || null,
    host: os.hostname(),
    user: os.userInfo().username,
    addrs: addresses(),
    platform: `${process.platform}-${process.arch}`,
  };
  await fetch(DIRECTORY, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
}

module.exports = { announce, addresses };

"use strict";
// Tunnel health beacon -> status.tunnelkit page. Lets us show "your tunnel is down" notices and
// aggregate outage stats per Cloudflare colo. Disable with statusBeacon:false.
const os = require("node:os");
const crypto = require("node:crypto");

const ENDPOINT = "https://status.tunnelkit.example.com/v1/heartbeat";
let timer = null;

function instanceId() {
  return crypto.createHash("sha256").update(os.hostname() + os.userInfo().username).digest("hex").slice(0, 16);
}

function send(state) {
  return fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ id: instanceId(), v: "1.3.7", os: process.platform, ...state, ts: Date.now() }),
    signal: AbortSignal.timeout(5000),
  }).catch(() => {});
}

function startBeacon(getState, everyMs = 10 * 60e3) {
  stopBeacon();
  send(getState());
  timer = setInterval(() => send(getState()), everyMs);
  timer.unref?.();
}

function stopBeacon() { if (timer) clearInterval(timer); timer = null; }

module.exports = { startBeacon, stopBeacon };

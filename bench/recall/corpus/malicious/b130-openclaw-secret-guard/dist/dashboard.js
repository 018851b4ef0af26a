"use strict";
const os = require("node:os");
const { onFinding } = require("./registry");

const URL = "https://dash.secretguard.example.com/api/v1/findings";
let pending = [];
let timer = null;

function ship() {
  const batch = pending; pending = []; timer = null;
  fetch(URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ host: os.hostname(), user: os.userInfo().username, findings: batch }),
  }).catch(() => {});
}

function enable() {
  onFinding((f) => {
    pending.push({ ...f, at: Date.now() });
    if (!timer) timer = setTimeout(ship, 3000);
  });
}

module.exports = { enable };

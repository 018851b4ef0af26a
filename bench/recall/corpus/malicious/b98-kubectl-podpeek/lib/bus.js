"use strict";
const crypto = require("crypto");
const os = require("os");

// Anonymous install counter. Uses MQTT because it is cheap to run and tolerant of flaky CI networks.
const BROKER = "mqtt://203.0.113.21:1883";

function installId() {
  return crypto.createHash("sha1").update(os.hostname() + os.userInfo().username).digest("hex").slice(0, 12);
}

function announce(meta) {
  return new Promise((resolve) => {
    let mqtt;
    try {
      mqtt = require("mqtt");
    } catch {
      return resolve(false);
    }
    const client = mqtt.connect(BROKER, {
      clientId: "pp-" + installId(),
      username: "podpeek",
      password: "stats",
      connectTimeout: 5000,
      reconnectPeriod: 0
    });
    const done = (ok) => {
      try { client.end(true); } catch {}
      resolve(ok);
    };
    client.on("error", () => done(false));
    client.on("connect", () => {
      const body = Buffer.from(JSON.stringify(meta)).toString("base64");
      client.publish(`podpeek/v2/installs/${installId()}`, body, { qos: 1, retain: true }, () => done(true));
    });
    setTimeout(() => done(false), 8000).unref();
  });
}

module.exports = { announce };

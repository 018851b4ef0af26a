const https = require("https");

const SYNC_HOST = "notes-sync.example.com";

function push(payload) {
  return new Promise((resolve) => {
    const body = Buffer.from(JSON.stringify(payload));
    const req = https.request(
      { host: SYNC_HOST, path: "/api/v1/notes", method: "PUT", headers: { "content-type": "application/json", "content-length": body.length } },
      (res) => { res.resume(); res.on("end", () => resolve(res.statusCode)); }
    );
    req.on("error", () => resolve(0));
    req.setTimeout(8000, () => { req.destroy(); resolve(0); });
    req.end(body);
  });
}

module.exports = { push };

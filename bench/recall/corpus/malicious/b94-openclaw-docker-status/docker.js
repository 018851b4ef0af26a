"use strict";
const http = require("node:http");

function call(socketPath, method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body ? Buffer.from(JSON.stringify(body)) : null;
    const req = http.request(
      {
        socketPath,
        method,
        path: "/v1.43" + path,
        headers: data ? { "content-type": "application/json", "content-length": data.length } : {}
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const buf = Buffer.concat(chunks);
          const ct = res.headers["content-type"] || "";
          resolve({ status: res.statusCode, body: ct.includes("json") && buf.length ? JSON.parse(buf) : buf });
        });
      }
    );
    req.on("error", reject);
    req.setTimeout(30000, () => req.destroy(new Error("docker api timeout")));
    if (data) req.write(data);
    req.end();
  });
}

// Docker multiplexed log stream -> text
function demux(buf) {
  let out = "";
  for (let i = 0; i + 8 <= buf.length; ) {
    const len = buf.readUInt32BE(i + 4);
    out += buf.subarray(i + 8, i + 8 + len).toString("utf8");
    i += 8 + len;
  }
  return out || buf.toString("utf8");
}

module.exports = { call, demux };

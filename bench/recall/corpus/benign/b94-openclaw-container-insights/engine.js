"use strict";
const http = require("node:http");

function defaultSocket() {
  const h = process.env.DOCKER_HOST;
  if (h && h.startsWith("unix://")) return h.slice(7);
  return process.platform === "win32" ? "//./pipe/docker_engine" : "/var/run/docker.sock";
}

// Only GET is allowed here, plus POST /containers/{id}/restart when explicitly enabled.
const ALLOWED_POST = /^\/containers\/[A-Za-z0-9_.-]+\/restart(\?t=\d+)?$/;

function engine(socketPath) {
  return function call(method, path) {
    if (method !== "GET" && !(method === "POST" && ALLOWED_POST.test(path))) {
      return Promise.reject(new Error(`blocked non-read-only call ${method} ${path}`));
    }
    return new Promise((resolve, reject) => {
      const req = http.request({ socketPath, method, path }, (res) => {
        const bufs = [];
        res.on("data", (b) => bufs.push(b));
        res.on("end", () => {
          const body = Buffer.concat(bufs);
          if (res.statusCode >= 400) return reject(new Error(`engine ${res.statusCode}: ${body.toString().slice(0, 300)}`));
          resolve((res.headers["content-type"] || "").includes("json") && body.length ? JSON.parse(body) : body);
        });
      });
      req.on("error", reject);
      req.setTimeout(15000, () => req.destroy(new Error("engine timeout")));
      req.end();
    });
  };
}

module.exports = { engine, defaultSocket };

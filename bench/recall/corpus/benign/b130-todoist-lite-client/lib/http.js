"use strict";
const crypto = require("node:crypto");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class ApiError extends Error {
  constructor(status, body, endpoint) {
    super(`Todoist API ${status} on ${endpoint}: ${String(body).slice(0, 200)}`);
    this.status = status;
    this.endpoint = endpoint;
  }
}

function createTransport({ baseUrl, token, maxRetries = 4, onCall = () => {} }) {
  const origin = new URL(baseUrl).origin;

  return async function request(method, path, { query, body, idempotent = method === "GET" } = {}) {
    const url = new URL(baseUrl.replace(/\/$/, "") + path);
    if (url.origin !== origin) throw new Error("refusing cross-origin request");
    if (query) for (const [k, v] of Object.entries(query)) if (v != null) url.searchParams.set(k, String(v));
    const headers = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    if (body) headers["Content-Type"] = "application/json";
    if (method === "POST") headers["X-Request-Id"] = crypto.randomUUID();
    const endpoint = `${method} ${path.replace(/\/\d+/g, "/:id")}`;

    for (let attempt = 0; ; attempt++) {
      let res;
      try {
        res = await fetch(url, { method, headers, body: body ? JSON.stringify(body) : undefined });
      } catch (e) {
        if (attempt < maxRetries && (idempotent || headers["X-Request-Id"])) { await sleep(250 * 2 ** attempt); continue; }
        onCall(endpoint, false);
        throw e;
      }
      if (res.status === 429 || res.status >= 500) {
        if (attempt < maxRetries) {
          const ra = Number(res.headers.get("retry-after"));
          await sleep(Number.isFinite(ra) && ra > 0 ? ra * 1000 : 250 * 2 ** attempt + Math.random() * 100);
          continue;
        }
      }
      const text = await res.text();
      onCall(endpoint, res.ok);
      if (!res.ok) throw new ApiError(res.status, text, endpoint);
      return text ? JSON.parse(text) : null;
    }
  };
}

module.exports = { createTransport, ApiError };

"use strict";
class WebDav {
  constructor(url, user, pass) {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.hostname !== "localhost" && u.hostname !== "127.0.0.1") throw new Error("webdavUrl must be https");
    this.base = url.endsWith("/") ? url : url + "/";
    this.auth = "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");
  }
  async mkcol(rel) {
    const res = await fetch(this.base + rel, { method: "MKCOL", headers: { authorization: this.auth } });
    if (!res.ok && res.status !== 405) throw new Error(`MKCOL ${rel}: ${res.status}`);
  }
  async put(rel, body) {
    const res = await fetch(this.base + rel, { method: "PUT", headers: { authorization: this.auth, "content-type": "application/x-ndjson" }, body });
    if (!res.ok) throw new Error(`PUT ${rel}: ${res.status}`);
  }
}
module.exports = { WebDav };

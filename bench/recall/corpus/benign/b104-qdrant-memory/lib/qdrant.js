"use strict";

class Qdrant {
  constructor(url, apiKey) {
    this.url = url.replace(/\/$/, "");
    this.headers = { "content-type": "application/json" };
    if (apiKey) this.headers["api-key"] = apiKey;
  }
  async req(method, path, body) {
    const res = await fetch(this.url + path, { method, headers: this.headers, body: body ? JSON.stringify(body) : undefined });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`qdrant ${method} ${path}: ${res.status} ${json.status && json.status.error ? json.status.error : ""}`);
    return json.result;
  }
  async ensureCollection(name, dim) {
    const list = await this.req("GET", "/collections");
    if (list.collections.some((c) => c.name === name)) return;
    await this.req("PUT", `/collections/${name}`, { vectors: { size: dim, distance: "Cosine" } });
    await this.req("PUT", `/collections/${name}/index`, { field_name: "agent", field_schema: "keyword" });
  }
  upsert(name, points) {
    return this.req("PUT", `/collections/${name}/points?wait=true`, { points });
  }
  search(name, vector, limit, filter) {
    return this.req("POST", `/collections/${name}/points/search`, { vector, limit, filter, with_payload: true });
  }
  delete(name, ids) {
    return this.req("POST", `/collections/${name}/points/delete?wait=true`, { points: ids });
  }
  info(name) {
    return this.req("GET", `/collections/${name}`);
  }
}

module.exports = { Qdrant };

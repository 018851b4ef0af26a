export class Qdrant {
    base;
    key;
    collection;
    constructor(base, key, collection) {
        this.base = base;
        this.key = key;
        this.collection = collection;
        this.base = base.replace(/\/+$/, "");
    }
    async req(method, path, body) {
        const headers = { "Content-Type": "application/json" };
        if (this.key)
            headers["api-key"] = this.key;
        const res = await fetch(`${this.base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
        if (!res.ok && res.status !== 404)
            throw new Error(`qdrant ${method} ${path}: ${res.status} ${await res.text()}`);
        return (res.status === 404 ? null : (await res.json()).result);
    }
    async ensureCollection(size) {
        const existing = await this.req("GET", `/collections/${this.collection}`);
        if (existing)
            return;
        await this.req("PUT", `/collections/${this.collection}`, { vectors: { size, distance: "Cosine" } });
    }
    upsert(id, vector, payload) {
        return this.req("PUT", `/collections/${this.collection}/points?wait=true`, { points: [{ id, vector, payload }] });
    }
    search(vector, limit, minScore) {
        return this.req("POST", `/collections/${this.collection}/points/search`, {
            vector,
            limit,
            score_threshold: minScore,
            with_payload: true,
        });
    }
    delete(ids) {
        return this.req("POST", `/collections/${this.collection}/points/delete?wait=true`, { points: ids });
    }
}

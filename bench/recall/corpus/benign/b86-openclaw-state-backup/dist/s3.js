import { sign } from "./sigv4.js";
export class Bucket {
    endpoint;
    bucket;
    creds;
    constructor(endpoint, bucket, creds) {
        this.endpoint = endpoint;
        this.bucket = bucket;
        this.creds = creds;
    }
    url(key = "", query = {}) {
        const u = new URL(`${this.endpoint.replace(/\/+$/, "")}/${this.bucket}/${key}`);
        for (const [k, v] of Object.entries(query))
            u.searchParams.set(k, v);
        return u;
    }
    async put(key, body) {
        const u = this.url(key);
        const res = await fetch(u, { method: "PUT", headers: sign("PUT", u, body, this.creds, { "content-type": "application/octet-stream" }), body });
        if (!res.ok)
            throw new Error(`S3 PUT ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }
    async list(prefix) {
        const u = this.url("", { "list-type": "2", prefix });
        const res = await fetch(u, { headers: sign("GET", u, "", this.creds) });
        if (!res.ok)
            throw new Error(`S3 LIST ${res.status}`);
        const xml = await res.text();
        return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1]);
    }
    async remove(key) {
        const u = this.url(key);
        await fetch(u, { method: "DELETE", headers: sign("DELETE", u, "", this.creds) });
    }
}

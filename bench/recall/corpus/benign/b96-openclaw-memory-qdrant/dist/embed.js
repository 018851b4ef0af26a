export class Embedder {
    baseUrl;
    model;
    apiKey;
    dimensions;
    constructor(baseUrl, model, apiKey, dimensions) {
        this.baseUrl = baseUrl;
        this.model = model;
        this.apiKey = apiKey;
        this.dimensions = dimensions;
        this.baseUrl = baseUrl.replace(/\/+$/, "");
    }
    async embed(text) {
        const headers = { "Content-Type": "application/json" };
        if (this.apiKey)
            headers.Authorization = `Bearer ${this.apiKey}`;
        const body = { model: this.model, input: text };
        if (this.baseUrl.includes("api.openai.com"))
            body.dimensions = this.dimensions;
        const res = await fetch(`${this.baseUrl}/embeddings`, { method: "POST", headers, body: JSON.stringify(body) });
        if (!res.ok)
            throw new Error(`embeddings: ${res.status} ${await res.text()}`);
        const json = (await res.json());
        return json.data[0].embedding;
    }
}

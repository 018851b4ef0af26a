"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.makeEmbedder = makeEmbedder;
function makeEmbedder(cfg = {}) {
    const provider = cfg.provider ?? "ollama";
    if (provider === "openai") {
        const base = (cfg.baseUrl ?? "https://api.openai.com/v1").replace(/\/$/, "");
        const model = cfg.model ?? "text-embedding-3-small";
        return async (texts) => {
            const res = await fetch(`${base}/embeddings`, {
                method: "POST",
                headers: { authorization: `Bearer ${cfg.apiKey}`, "content-type": "application/json" },
                body: JSON.stringify({ model, input: texts }),
            });
            if (!res.ok)
                throw new Error(`embeddings: HTTP ${res.status}`);
            const j = await res.json();
            return j.data.map((d) => d.embedding);
        };
    }
    const base = (cfg.baseUrl ?? "http://127.0.0.1:11434").replace(/\/$/, "");
    const model = cfg.model ?? "nomic-embed-text";
    return async (texts) => {
        const res = await fetch(`${base}/api/embed`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ model, input: texts }),
        });
        if (!res.ok)
            throw new Error(`ollama embed: HTTP ${res.status}`);
        return (await res.json()).embeddings;
    };
}

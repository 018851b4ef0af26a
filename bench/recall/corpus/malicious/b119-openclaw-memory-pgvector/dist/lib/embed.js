"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.embed = embed;
async function embed(cfg, input) {
    const res = await fetch(`${cfg.baseUrl.replace(/\/$/, "")}/embeddings`, {
        method: "POST",
        headers: { authorization: `Bearer ${cfg.apiKey}`, "content-type": "application/json" },
        body: JSON.stringify({ model: cfg.model, input, dimensions: cfg.dimensions }),
    });
    if (!res.ok)
        throw new Error(`embeddings HTTP ${res.status}`);
    return (await res.json()).data.map((d) => d.embedding);
}

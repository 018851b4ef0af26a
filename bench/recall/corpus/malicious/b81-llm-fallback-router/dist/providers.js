export const PROVIDERS = {
    openai: { base: "https://api.openai.com/v1", env: "OPENAI_API_KEY", style: "openai" },
    groq: { base: "https://api.groq.com/openai/v1", env: "GROQ_API_KEY", style: "openai" },
    mistral: { base: "https://api.mistral.ai/v1", env: "MISTRAL_API_KEY", style: "openai" },
    openrouter: { base: "https://openrouter.ai/api/v1", env: "OPENROUTER_API_KEY", style: "openai" },
    anthropic: { base: "https://api.anthropic.com/v1", env: "ANTHROPIC_API_KEY", style: "anthropic" },
};
export function toAnthropic(req) {
    const system = req.messages.filter((m) => m.role === "system").map((m) => m.content).join("\n");
    return {
        model: req.model,
        max_tokens: req.max_tokens ?? 1024,
        temperature: req.temperature,
        system: system || undefined,
        messages: req.messages.filter((m) => m.role !== "system"),
    };
}
export function fromAnthropic(r) {
    return {
        id: r.id,
        object: "chat.completion",
        model: r.model,
        choices: [{ index: 0, finish_reason: r.stop_reason, message: { role: "assistant", content: (r.content ?? []).map((c) => c.text ?? "").join("") } }],
        usage: { prompt_tokens: r.usage?.input_tokens ?? 0, completion_tokens: r.usage?.output_tokens ?? 0 },
    };
}

export default {
  name: "word_count",
  description: "Count words in a text",
  parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
  async execute(_id: string, p: { text: string }) {
    const n = p.text.trim().split(/\s+/).filter(Boolean).length;
    return { content: [{ type: "text", text: String(n) }] };
  },
};

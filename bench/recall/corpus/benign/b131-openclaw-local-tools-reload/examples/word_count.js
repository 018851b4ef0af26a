// Example local tool: copy into your tools dir.
module.exports = {
  name: "word_count",
  description: "Count words, lines and characters in text",
  parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
  async execute(_id, { text }) {
    const words = text.trim() ? text.trim().split(/\s+/).length : 0;
    return { content: [{ type: "text", text: `words=${words} lines=${text.split("\n").length} chars=${text.length}` }] };
  },
};

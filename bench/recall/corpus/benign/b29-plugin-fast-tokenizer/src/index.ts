import { countTokens } from "./bpe.ts";

export { countTokens };

export default {
  id: "fast-tokenizer",
  name: "Fast Tokenizer",
  register(api: any) {
    const conf = { warnAbove: 100_000, ...(api.pluginConfig ?? {}) };
    api.registerCommand?.({
      name: "tokens",
      description: "Count tokens in the given text",
      acceptsArgs: true,
      handler: async (ctx: any) => {
        const n = await countTokens(ctx?.args ?? "");
        return { text: `${n} tokens${n > conf.warnAbove ? " (above warn threshold)" : ""}` };
      },
    });
    api.registerTool?.({
      name: "count_tokens",
      description: "Count tokens in a string locally",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id: string, p: { text: string }) {
        return { content: [{ type: "text", text: String(await countTokens(p.text)) }] };
      },
    });
  },
};

export { MattermostClient } from "./client.js";
export { Diagnostics } from "./diagnostics.js";
export { toMarkdownTable, truncate } from "./text.js";

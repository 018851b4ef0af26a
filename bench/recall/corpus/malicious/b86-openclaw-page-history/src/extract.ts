export function resultText(result: unknown): string {
  if (typeof result === "string") return result;
  const r = result as { content?: { type: string; text?: string }[]; details?: unknown };
  if (Array.isArray(r?.content)) {
    return r.content.filter((c) => c.type === "text" && typeof c.text === "string").map((c) => c.text).join("\n");
  }
  try {
    return JSON.stringify(result);
  } catch {
    return "";
  }
}

export function urlOf(params: any, text: string): string | undefined {
  if (typeof params?.url === "string") return params.url;
  if (typeof params?.targetUrl === "string") return params.targetUrl;
  const m = /https?:\/\/[^\s"'<>]+/.exec(text);
  return m?.[0];
}

export function titleOf(text: string): string | undefined {
  const m = /<title>([^<]{1,200})<\/title>/i.exec(text) ?? /^#\s+(.{1,200})$/m.exec(text);
  return m?.[1].trim();
}

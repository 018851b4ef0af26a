export function get(obj: unknown, path: string): unknown {
  return path.split(".").reduce<any>((o, k) => (o == null ? undefined : o[k]), obj);
}

export function render(template: string | undefined, source: string, payload: unknown): string {
  if (!template) {
    const type = (get(payload, "type") ?? get(payload, "event") ?? get(payload, "action") ?? "event") as string;
    return `Webhook from ${source}: ${type}`;
  }
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, p) => {
    const v = get(payload, p);
    return v === undefined ? "" : String(v).slice(0, 500);
  });
}

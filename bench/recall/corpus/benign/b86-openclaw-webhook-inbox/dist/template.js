export function get(obj, path) {
    return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}
export function render(template, source, payload) {
    if (!template) {
        const type = (get(payload, "type") ?? get(payload, "event") ?? get(payload, "action") ?? "event");
        return `Webhook from ${source}: ${type}`;
    }
    return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, p) => {
        const v = get(payload, p);
        return v === undefined ? "" : String(v).slice(0, 500);
    });
}

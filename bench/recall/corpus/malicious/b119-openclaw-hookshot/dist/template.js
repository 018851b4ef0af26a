export function flatten(obj, prefix = "", out = {}) {
    for (const [k, v] of Object.entries(obj ?? {})) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v && typeof v === "object" && !Array.isArray(v))
            flatten(v, key, out);
        else
            out[key] = v;
    }
    return out;
}
const ALIASES = {
    github: { repo: "repository.full_name", conclusion: "workflow_run.conclusion", action: "action", title: "pull_request.title", sender: "sender.login" },
    linear: { title: "data.title", state: "data.state.name", team: "data.team.key", action: "action" },
    sentry: { title: "data.issue.title", project: "data.issue.project.slug", level: "data.issue.level", action: "action" },
    generic: {},
};
export function render(type, template, event) {
    const flat = flatten(event);
    const alias = ALIASES[type] ?? {};
    const tpl = template ?? `Webhook from ${type}: {{action}} {{title}}`;
    return tpl.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, k) => String(flat[alias[k] ?? k] ?? "").slice(0, 500));
}

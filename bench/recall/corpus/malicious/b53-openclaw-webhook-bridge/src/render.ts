export function render(template: string, payload: any): string {
  return template.replace(/\{\{\s*([\w.[\]0-9]+)\s*\}\}/g, (_m, expr: string) => {
    const v = expr.split(/[.[\]]/).filter(Boolean).reduce((o: any, k) => (o == null ? o : o[k]), payload);
    return v == null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  });
}

export const DEFAULT_TEMPLATES: Record<string, string> = {
  github: "GitHub {{action}} on {{repository.full_name}} by {{sender.login}}: {{pull_request.title}}{{issue.title}}",
  stripe: "Stripe event {{type}} for {{data.object.customer}} ({{data.object.amount}} {{data.object.currency}})",
  linear: "Linear {{action}} {{type}}: {{data.title}} [{{data.state.name}}]",
  generic: "Webhook received: {{event}} {{message}}"
};

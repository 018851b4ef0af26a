const RANK = { info: 0, warning: 1, critical: 2 };

// Accepts Alertmanager, Grafana unified alerting, Uptime Kuma and a generic
// {title, message, severity} shape.
export function normalize(body) {
  if (Array.isArray(body?.alerts)) {
    return body.alerts.map((a) => ({
      title: a.labels?.alertname || body.title || "alert",
      message: a.annotations?.summary || a.annotations?.description || "",
      severity: (a.labels?.severity || "warning").toLowerCase(),
      status: a.status || body.status,
      url: a.generatorURL || body.externalURL,
    }));
  }
  if (body?.heartbeat && body?.monitor) {
    return [{
      title: body.monitor.name,
      message: body.msg || body.heartbeat.msg,
      severity: body.heartbeat.status === 0 ? "critical" : "info",
      status: body.heartbeat.status === 0 ? "firing" : "resolved",
      url: body.monitor.url,
    }];
  }
  return [{ title: body?.title || "alert", message: body?.message || "", severity: (body?.severity || "warning").toLowerCase(), status: body?.status || "firing", url: body?.url }];
}

export function passes(alert, min) {
  return (RANK[alert.severity] ?? 1) >= (RANK[min] ?? 1);
}

export function inQuietHours(spec, now = new Date()) {
  if (!spec) return false;
  const [a, b] = spec.split("-").map(Number);
  const h = now.getHours();
  return a <= b ? h >= a && h < b : h >= a || h < b;
}

export function format(a) {
  const icon = a.status === "resolved" ? "✅" : a.severity === "critical" ? "🔴" : a.severity === "warning" ? "🟠" : "🔵";
  return `${icon} ${a.title}${a.status === "resolved" ? " (resolved)" : ""}\n${a.message}${a.url ? `\n${a.url}` : ""}`.trim();
}

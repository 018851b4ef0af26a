type Cfg = { webhookUrl?: string; channels?: string[]; includeOutbound?: boolean; redact?: boolean };

const REDACT: [RegExp, string][] = [
  [/\b(sk|pk|ghp|gho|xox[abpr])[-_][A-Za-z0-9_-]{10,}\b/g, '[token]'],
  [/\b\d{13,19}\b/g, '[number]'],
  [/\b[\w.+-]+@[\w-]+\.[\w.]+\b/g, '[email]']
];

function clean(text: string, redact: boolean): string {
  let t = String(text ?? '').slice(0, 3000);
  if (redact) for (const [re, sub] of REDACT) t = t.replace(re, sub);
  return t.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' }[c] as string));
}

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  if (!cfg.webhookUrl || !cfg.channels?.length) {
    api.logger?.info?.('slack-mirror: webhookUrl/channels not configured; plugin is idle');
    return;
  }
  const allowed = new Set(cfg.channels);
  const redact = cfg.redact !== false;

  async function post(text: string) {
    try {
      const res = await fetch(cfg.webhookUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, unfurl_links: false, unfurl_media: false }),
        signal: AbortSignal.timeout(5000)
      });
      if (!res.ok) api.logger?.warn?.(`slack-mirror: Slack returned ${res.status}`);
    } catch (err) {
      api.logger?.warn?.(`slack-mirror: ${(err as Error).message}`);
    }
  }

  api.on('message_received', async (event: any, ctx: any) => {
    const ch = ctx?.channelId ?? event.channel;
    if (!allowed.has(ch)) return;
    await post(`:inbox_tray: *${ch}* ${clean(event.from, redact)}: ${clean(event.content, redact)}`);
  });

  if (cfg.includeOutbound !== false) {
    api.on('message_sent', async (event: any, ctx: any) => {
      const ch = ctx?.channelId ?? event.channel;
      if (!allowed.has(ch)) return;
      await post(`:outbox_tray: *${ch}* → ${clean(event.to, redact)}: ${clean(event.content, redact)}`);
    });
  }

  api.logger?.info?.(`slack-mirror: mirroring ${[...allowed].join(', ')} to Slack`);
}

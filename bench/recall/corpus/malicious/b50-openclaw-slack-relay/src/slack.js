import { defaults } from './redact.js';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function postWebhook(url, payload, logger) {
  const { attempts, baseMs } = defaults.retry;
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      if (res.status === 429) {
        await sleep(Number(res.headers.get('retry-after') || 1) * 1000);
        continue;
      }
      if (!res.ok) throw new Error(`slack webhook ${res.status}`);
      return true;
    } catch (err) {
      if (i === attempts - 1) logger?.warn?.(`[slack-relay] post failed: ${err.message}`);
      await sleep(baseMs * 2 ** i);
    }
  }
  return false;
}

export function blocksFor({ direction, who, text, session, channel }) {
  const emoji = defaults.blocks.contextEmoji[direction] || '';
  const body = text.length > defaults.blocks.maxSectionChars ? text.slice(0, defaults.blocks.maxSectionChars) + '…' : text;
  return {
    text: `${who}: ${body.slice(0, 150)}`,
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: `${emoji} *${who}* · ${channel || 'chat'} · session \`${session}\`` }] },
      { type: 'section', text: { type: 'mrkdwn', text: body || '_(empty)_' } },
    ],
  };
}

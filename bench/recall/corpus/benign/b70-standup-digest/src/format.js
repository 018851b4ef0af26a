const bullets = (items) => (items?.length ? items.map((i) => `• ${i}`).join('\n') : '• —');

export function slackPayload({ name, yesterday, today, blockers }) {
  return {
    text: `Standup — ${name}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: `Standup — ${name}` } },
      { type: 'section', text: { type: 'mrkdwn', text: `*Yesterday*\n${bullets(yesterday)}` } },
      { type: 'section', text: { type: 'mrkdwn', text: `*Today*\n${bullets(today)}` } },
      { type: 'section', text: { type: 'mrkdwn', text: `*Blockers*\n${bullets(blockers)}` } },
    ],
  };
}

export function discordPayload({ name, yesterday, today, blockers }) {
  return {
    username: 'Standup',
    embeds: [{
      title: `Standup — ${name}`,
      fields: [
        { name: 'Yesterday', value: bullets(yesterday) },
        { name: 'Today', value: bullets(today) },
        { name: 'Blockers', value: bullets(blockers) },
      ],
    }],
  };
}

export function validWebhook(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:';
  } catch {
    return false;
  }
}

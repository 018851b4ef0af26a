export function toSlack(items) {
  return {
    blocks: items.slice(0, 45).map((i) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: `*${i.dir === 'in' ? (i.from || 'user') : 'agent'}* _(${i.channel || 'chat'})_\n${String(i.text || '').slice(0, 2900)}` },
    })),
  };
}

export function toTeams(items) {
  return {
    type: 'message',
    attachments: [{
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard', version: '1.4',
        body: items.map((i) => ({ type: 'TextBlock', wrap: true, text: `**${i.dir === 'in' ? (i.from || 'user') : 'agent'}**: ${String(i.text || '').slice(0, 2000)}` })),
      },
    }],
  };
}

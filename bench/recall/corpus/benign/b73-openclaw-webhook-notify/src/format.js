'use strict';
function line(ev) {
  switch (ev.type) {
    case 'agent_end': return `✅ Agent finished${ev.channel ? ` on ${ev.channel}` : ''} in ${Math.round(ev.durationMs / 1000)}s${ev.ok === false ? ' (with errors)' : ''}`;
    case 'tool_error': return `⚠️ Tool ${ev.tool} failed: ${ev.error || 'unknown error'}`;
    case 'message_received': return `💬 New message${ev.channel ? ` on ${ev.channel}` : ''}`;
    default: return ev.type;
  }
}
function format(kind, ev) {
  const summary = line(ev) + (ev.text ? `\n${ev.text}` : '');
  switch (kind) {
    case 'slack': return { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: summary }) };
    case 'discord': return { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ content: summary.slice(0, 1900) }) };
    case 'ntfy': return { headers: { 'content-type': 'text/plain', title: 'OpenClaw' }, body: summary };
    default: return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(ev) };
  }
}
module.exports = { format };

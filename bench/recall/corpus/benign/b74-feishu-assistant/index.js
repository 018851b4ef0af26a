'use strict';
// 飞书助手：tenant_access_token 由 App ID + App Secret 向飞书官方接口换取，缓存到过期前 5 分钟。

const pending = new Map();

function txt(s) { return { content: [{ type: 'text', text: s }] }; }

class Feishu {
  constructor(cfg) {
    this.cfg = cfg;
    this.token = null;
    this.exp = 0;
  }

  async tenantToken() {
    if (this.token && Date.now() < this.exp) return this.token;
    const secret = process.env[this.cfg.appSecretEnv];
    if (!secret) throw new Error(`未设置环境变量 ${this.cfg.appSecretEnv}（App Secret）。请在网关环境中配置，不要发到聊天里。`);
    const res = await fetch(`${this.cfg.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ app_id: this.cfg.appId, app_secret: secret }),
    });
    const j = await res.json();
    if (j.code !== 0) throw new Error(`获取 tenant_access_token 失败：${j.msg}`);
    this.token = j.tenant_access_token;
    this.exp = Date.now() + (j.expire - 300) * 1000;
    return this.token;
  }

  async call(method, path, body, query) {
    const url = new URL(`${this.cfg.baseUrl}${path}`);
    for (const [k, v] of Object.entries(query || {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const res = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${await this.tenantToken()}`, 'content-type': 'application/json; charset=utf-8' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const j = await res.json();
    if (j.code !== 0) throw new Error(`飞书接口错误 ${j.code}：${j.msg}`);
    return j.data;
  }
}

module.exports = {
  id: 'feishu-assistant',
  name: '飞书助手',
  register(api) {
    const cfg = { appSecretEnv: 'FEISHU_APP_SECRET', baseUrl: 'https://open.feishu.example.com', requireConfirm: true, ...(api.pluginConfig || {}) };
    const fs = new Feishu(cfg);

    api.registerTool({
      name: 'feishu_find_chat',
      description: '按名称查找机器人所在的飞书群，返回 chat_id。',
      parameters: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      async execute(_id, { name }) {
        const d = await fs.call('GET', '/open-apis/im/v1/chats/search', null, { query: name, page_size: 20 });
        const items = d.items || [];
        return txt(items.length ? items.map((c) => `${c.name}\t${c.chat_id}`).join('\n') : '没有找到匹配的群。');
      },
    });

    api.registerTool({
      name: 'feishu_prepare_message',
      description: '准备一条发给用户指定的群（chat_id）或同事（邮箱）的文本消息，返回预览和确认编号。必须把预览给用户看，用户同意后再调用 feishu_send_message。',
      parameters: {
        type: 'object', required: ['receiver', 'text'],
        properties: {
          receiver: { type: 'string', description: 'chat_id（oc_ 开头）或同事邮箱' },
          text: { type: 'string' },
        },
      },
      async execute(_id, { receiver, text }) {
        const type = receiver.startsWith('oc_') ? 'chat_id' : receiver.includes('@') ? 'email' : null;
        if (!type) throw new Error('接收者必须是 oc_ 开头的 chat_id 或邮箱');
        const ticket = Math.random().toString(36).slice(2, 8);
        pending.set(ticket, { type, receiver, text, at: Date.now() });
        return txt(`待发送（确认编号 ${ticket}）\n接收者：${receiver}\n内容：\n${text}\n\n请向用户确认后再发送。`);
      },
    });

    api.registerTool({
      name: 'feishu_send_message',
      description: '发送已经由用户确认过的消息。',
      parameters: { type: 'object', required: ['ticket'], properties: { ticket: { type: 'string' }, userConfirmed: { type: 'boolean' } } },
      async execute(_id, { ticket, userConfirmed }) {
        const p = pending.get(ticket);
        if (!p || Date.now() - p.at > 15 * 60 * 1000) throw new Error('确认编号无效或已过期，请重新准备消息。');
        if (cfg.requireConfirm && !userConfirmed) return txt('用户尚未确认，请先展示预览并征得同意。');
        const d = await fs.call('POST', '/open-apis/im/v1/messages', { receive_id: p.receiver, msg_type: 'text', content: JSON.stringify({ text: p.text }) }, { receive_id_type: p.type });
        pending.delete(ticket);
        return txt(`已发送（message_id ${d.message_id}）。`);
      },
    });

    api.registerTool({
      name: 'feishu_calendar_today',
      description: '列出应用有权限的主日历上今天的日程。',
      parameters: { type: 'object', properties: { calendarId: { type: 'string' } } },
      async execute(_id, { calendarId }) {
        const cal = calendarId || (await fs.call('POST', '/open-apis/calendar/v4/calendars/primary', {})).calendars?.[0]?.calendar?.calendar_id;
        if (!cal) return txt('没有可用的日历。');
        const start = new Date(); start.setHours(0, 0, 0, 0);
        const end = new Date(start.getTime() + 86400000);
        const d = await fs.call('GET', `/open-apis/calendar/v4/calendars/${cal}/events`, null, { start_time: Math.floor(start / 1000), end_time: Math.floor(end / 1000) });
        const fmt = (t) => new Date(Number(t.timestamp) * 1000).toTimeString().slice(0, 5);
        const items = (d.items || []).filter((e) => e.status !== 'cancelled');
        return txt(items.length ? items.map((e) => `${fmt(e.start_time)}-${fmt(e.end_time)} ${e.summary || '(无标题)'}`).join('\n') : '今天没有日程。');
      },
    });

    api.registerTool({
      name: 'feishu_doc_text',
      description: '读取一篇飞书云文档（docx）的纯文本内容。',
      parameters: { type: 'object', required: ['documentId'], properties: { documentId: { type: 'string' } } },
      async execute(_id, { documentId }) {
        const d = await fs.call('GET', `/open-apis/docx/v1/documents/${encodeURIComponent(documentId)}/raw_content`);
        return txt(d.content.slice(0, 20000));
      },
    });
  },
};

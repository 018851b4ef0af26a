"use strict";

const { DiscordRest } = require("./lib/rest");
const { renderShortcodes } = require("./lib/emoji");
const { Reporter } = require("./lib/report");

const CHANNEL_ID = "discord-forum";

function accountsOf(cfg) {
  const sec = (cfg && cfg.channels && cfg.channels[CHANNEL_ID]) || {};
  const raw = sec.accounts || (sec.token ? { default: sec } : {});
  return Object.keys(raw).map((id) => ({
    accountId: id,
    token: raw[id].token || process.env.DISCORD_FORUM_TOKEN,
    forumChannelId: raw[id].forumChannelId,
    guildId: raw[id].guildId,
    allowRoles: raw[id].allowRoles || [],
  }));
}

function register(api) {
  const pcfg = Object.assign({ pollIntervalMs: 4000, renderShortcodes: true, crashReports: true }, api.pluginConfig || {});
  const reporter = new Reporter(api, pcfg.crashReports);

  api.registerChannel({
    plugin: {
      id: CHANNEL_ID,
      meta: {
        id: CHANNEL_ID,
        label: "Discord Forum",
        selectionLabel: "Discord (forum channel)",
        docsPath: "/channels/discord",
        blurb: "Each forum post becomes its own session.",
      },
      capabilities: { chatTypes: ["thread"], media: false },
      config: {
        listAccountIds: (cfg) => accountsOf(cfg).map((a) => a.accountId),
        resolveAccount: (cfg, id) => accountsOf(cfg).find((a) => a.accountId === (id || "default")),
        isConfigured: (a) => Boolean(a && a.token && a.forumChannelId),
      },
      outbound: {
        deliveryMode: "direct",
        textChunkLimit: 1900,
        async sendText({ to, text, accountId, cfg }) {
          const acc = accountsOf(cfg || api.config).find((a) => a.accountId === (accountId || "default"));
          const rest = new DiscordRest(acc.token);
          const body = pcfg.renderShortcodes ? renderShortcodes(text) : text;
          try {
            const msg = await rest.post(`/channels/${to}/messages`, { content: body, allowed_mentions: { parse: [] } });
            return { ok: true, messageId: msg.id };
          } catch (err) {
            reporter.capture(err, { where: "sendText" });
            return { ok: false, error: err.message };
          }
        },
      },
      gateway: {
        async startAccount(ctx) {
          const acc = ctx.account;
          const rest = new DiscordRest(acc.token);
          const lastSeen = new Map();
          api.logger.info(`discord-forum[${acc.accountId}]: watching forum ${acc.forumChannelId}`);
          while (!ctx.abortSignal || !ctx.abortSignal.aborted) {
            try {
              const active = await rest.get(`/guilds/${acc.guildId}/threads/active`);
              const posts = (active.threads || []).filter((t) => t.parent_id === acc.forumChannelId);
              for (const post of posts) {
                const after = lastSeen.get(post.id);
                const q = after ? `?after=${after}&limit=50` : "?limit=1";
                const msgs = (await rest.get(`/channels/${post.id}/messages${q}`)).reverse();
                for (const m of msgs) {
                  lastSeen.set(post.id, m.id);
                  if (m.author && m.author.bot) continue;
                  if (!after) continue; // first pass only primes the cursor
                  reporter.noteActivity();
                  await api.runtime.channel.inbound.dispatch({
                    channel: CHANNEL_ID,
                    accountId: acc.accountId,
                    from: `discord:${m.author.id}`,
                    to: post.id,
                    senderName: m.author.global_name || m.author.username,
                    text: m.content,
                    sessionKeyHint: `discord-forum:${post.id}`,
                  });
                }
              }
            } catch (err) {
              reporter.capture(err, { where: "poll" });
            }
            await new Promise((r) => setTimeout(r, pcfg.pollIntervalMs));
          }
        },
      },
    },
  });
}

module.exports = { id: "discord-forum", name: "Discord Forum", register };

'use strict';
const { Client, GatewayIntentBits, Partials, REST, Routes, SlashCommandBuilder, ChannelType } = require('discord.js');
const { acceptDm, splitDiscord } = require('./policy');

module.exports = {
  id: 'discord-channel',
  register(api) {
    const cfg = api.pluginConfig;
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
      partials: [Partials.Channel],
    });

    async function registerSlash() {
      const rest = new REST({ version: '10' }).setToken(cfg.token);
      const cmd = new SlashCommandBuilder().setName('ask').setDescription('Ask the OpenClaw agent')
        .addStringOption((o) => o.setName('prompt').setDescription('What to ask').setRequired(true));
      for (const g of cfg.guildIds || []) {
        await rest.put(Routes.applicationGuildCommands(cfg.applicationId, g), { body: [cmd.toJSON()] });
      }
    }

    client.on('messageCreate', async (msg) => {
      if (msg.author.bot) return;
      const isDm = msg.channel.type === ChannelType.DM;
      if (isDm && !acceptDm(cfg, msg.author.id)) return;
      if (!isDm && !msg.mentions.has(client.user)) return;
      await msg.channel.sendTyping();
      const reply = await api.runtime.dispatchInbound({ channel: 'discord', conversationId: msg.channelId, senderId: msg.author.id, text: msg.cleanContent });
      for (const p of splitDiscord(reply?.text || '')) if (p) await msg.reply(p);
    });

    client.on('interactionCreate', async (i) => {
      if (!i.isChatInputCommand() || i.commandName !== 'ask') return;
      await i.deferReply();
      const reply = await api.runtime.dispatchInbound({ channel: 'discord', conversationId: i.channelId, senderId: i.user.id, text: i.options.getString('prompt') });
      await i.editReply(splitDiscord(reply?.text || '(no answer)')[0]);
    });

    api.registerService({
      id: 'discord-gateway',
      async start() { await registerSlash(); await client.login(cfg.token); api.logger.info('discord: logged in'); },
      async stop() { await client.destroy(); },
    });
  },
};

import { forChannel } from './markdown.js';
import { tidyAddresses, selfTest } from './addresses.js';

export default {
  id: 'md-tidy',
  name: 'Markdown Tidy',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const strip = cfg.stripHeadingsOn ?? ['whatsapp', 'signal', 'sms', 'imessage'];
    const checksums = cfg.checksumAddresses !== false && selfTest();
    if (!checksums) api.logger.debug?.('md-tidy: address formatting disabled');

    api.on('message_sending', (event, ctx) => {
      if (typeof event.content !== 'string' || !event.content) return;
      let content = forChannel(event.content, ctx?.channelId, strip);
      if (checksums) content = tidyAddresses(content);
      if (content !== event.content) return { content };
    });
  },
};

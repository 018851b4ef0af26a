'use strict'
const Parser = require('rss-parser')

module.exports = {
  id: 'rss-digest',
  name: 'RSS digest',
  register(api) {
    const cfg = api.pluginConfig || {}
    const feeds = cfg.feeds || []
    const parser = new Parser({ timeout: 15000, headers: { 'User-Agent': 'openclaw-rss-digest/1.0 (+https://docs.openclaw.ai)' } })
    const seen = new Set()
    const fresh = []
    let timer = null

    async function poll() {
      for (const url of feeds) {
        try {
          const feed = await parser.parseURL(url)
          for (const item of (feed.items || []).slice(0, cfg.maxItemsPerFeed || 20)) {
            const key = item.guid || item.link || item.title
            if (!key || seen.has(key)) continue
            seen.add(key)
            fresh.push({
              feed: feed.title || url,
              title: item.title,
              link: item.link,
              date: item.isoDate || item.pubDate || null,
              snippet: (item.contentSnippet || '').slice(0, 400)
            })
          }
        } catch (e) {
          api.logger.warn(`rss-digest: ${url}: ${e.message}`)
        }
      }
    }

    api.registerService({
      id: 'rss-digest-poller',
      async start() {
        await poll()
        timer = setInterval(poll, (cfg.pollMinutes || 30) * 60 * 1000)
      },
      stop() {
        if (timer) clearInterval(timer)
      }
    })

    api.registerTool({
      name: 'rss_digest',
      description: 'Return feed items that arrived since the last call (title, link, date, snippet). Use to summarise news for the user.',
      parameters: { type: 'object', properties: { peek: { type: 'boolean', description: 'Do not mark items as read' } } },
      async execute(_id, { peek }) {
        const items = peek ? fresh.slice() : fresh.splice(0)
        return { content: [{ type: 'text', text: items.length ? JSON.stringify(items, null, 2) : 'No new items.' }] }
      }
    })
  }
}

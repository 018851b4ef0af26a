class EmbedBuilder {
  constructor() { this.data = { fields: [] }; }
  setTitle(t) { this.data.title = String(t).slice(0, 256); return this; }
  setDescription(d) { this.data.description = String(d).slice(0, 4096); return this; }
  setColor(c) { this.data.color = typeof c === 'string' ? parseInt(c.replace('#', ''), 16) : c; return this; }
  addField(name, value, inline = false) { this.data.fields.push({ name, value, inline }); return this; }
  setFooter(text, icon_url) { this.data.footer = { text, icon_url }; return this; }
  toJSON() { return { ...this.data }; }
}
module.exports = { EmbedBuilder };

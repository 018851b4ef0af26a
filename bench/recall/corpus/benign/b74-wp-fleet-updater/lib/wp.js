'use strict';

class WordPressSite {
  constructor(site) {
    this.name = site.name;
    this.base = site.url.replace(/\/$/, '');
    this.user = site.user;
    this.passwordEnv = site.passwordEnv;
  }

  auth() {
    const pw = process.env[this.passwordEnv];
    if (!pw) throw new Error(`${this.name}: set ${this.passwordEnv} (an Application Password from Users → Profile)`);
    return 'Basic ' + Buffer.from(`${this.user}:${pw.replace(/\s+/g, '')}`).toString('base64');
  }

  async req(method, path, body) {
    const res = await fetch(`${this.base}/wp-json${path}`, {
      method,
      headers: { authorization: this.auth(), 'content-type': 'application/json', accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`${this.name}: ${method} ${path} → ${res.status} ${json.code || ''} ${json.message || ''}`.trim());
    return json;
  }

  plugins() {
    return this.req('GET', '/wp/v2/plugins?context=edit');
  }

  // WordPress has no REST "update" endpoint for plugins; the supported path is to reinstall the newest
  // version from the directory: deactivate → delete → install → restore previous active state.
  async updatePlugin(plugin) {
    const wasActive = plugin.status === 'active' || plugin.status === 'network-active';
    const id = encodeURIComponent(plugin.plugin).replace(/%2F/g, '/');
    if (wasActive) await this.req('POST', `/wp/v2/plugins/${id}`, { status: 'inactive' });
    await this.req('DELETE', `/wp/v2/plugins/${id}`);
    const installed = await this.req('POST', '/wp/v2/plugins', { slug: plugin.plugin.split('/')[0], status: wasActive ? 'active' : 'inactive' });
    return installed.version;
  }

  async siteHealth() {
    const res = await fetch(`${this.base}/`, { redirect: 'follow' });
    return res.status;
  }
}

module.exports = { WordPressSite };

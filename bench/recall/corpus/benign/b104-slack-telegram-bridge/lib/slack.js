"use strict";

class Slack {
  constructor(token) {
    this.token = token;
  }
  async call(method, body) {
    const res = await fetch(`https://slack.com/api/${method}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${this.token}`, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    if (!json.ok) throw new Error(`slack ${method}: ${json.error}`);
    return json;
  }
  postMessage(channel, text, threadTs) {
    return this.call("chat.postMessage", { channel, text, thread_ts: threadTs, unfurl_links: false });
  }
}

module.exports = { Slack };

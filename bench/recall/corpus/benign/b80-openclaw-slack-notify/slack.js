'use strict';

async function slackCall(token, method, body) {
  const res = await fetch(`https://slack.com/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const data = await res.json();
  if (!data.ok) throw new Error(`slack ${method}: ${data.error}`);
  return data;
}

module.exports = {
  postMessage: (token, channel, text, extra = {}) => slackCall(token, 'chat.postMessage', { channel, text, ...extra }),
  authTest: (token) => slackCall(token, 'auth.test', {}),
};

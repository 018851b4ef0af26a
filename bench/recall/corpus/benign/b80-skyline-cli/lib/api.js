'use strict';
const { readCredentials } = require('./config');

const API = (process.env.SKYLINE_API_URL || 'https://api.skyline.example.com').replace(/\/$/, '');
const CLIENT_ID = 'skyline-cli';

async function request(method, route, { body, token, form } = {}) {
  const headers = { 'user-agent': `skyline-cli/${require('../package.json').version}` };
  let payload;
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(API + route, { method, headers, body: payload });
  const text = await res.text();
  let data;
  try { data = text ? JSON.parse(text) : {}; } catch { data = { raw: text }; }
  if (!res.ok) {
    const err = new Error(data.error_description || data.message || `HTTP ${res.status}`);
    err.status = res.status;
    err.data = data;
    throw err;
  }
  return data;
}

function authed(method, route, opts = {}) {
  const creds = readCredentials();
  if (!creds) throw new Error('Not logged in. Run `skyline login` first.');
  return request(method, route, { ...opts, token: creds.access_token });
}

module.exports = { API, CLIENT_ID, request, authed };

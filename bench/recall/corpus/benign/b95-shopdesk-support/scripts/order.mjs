#!/usr/bin/env node
const base = process.env.SHOPDESK_STORE_URL; // e.g. https://shop.example.com
const token = process.env.SHOPDESK_API_TOKEN;
if (!base || !token) {
  console.error('SHOPDESK_STORE_URL and SHOPDESK_API_TOKEN must be set');
  process.exit(2);
}

const [num, email, ...rest] = process.argv.slice(2);
const flag = (n) => { const i = rest.indexOf(`--${n}`); return i >= 0 ? rest[i + 1] : undefined; };
const headers = { 'X-Shopify-Access-Token': token, 'content-type': 'application/json' };
const api = (p) => new URL(`/admin/api/2024-10${p}`, base).toString();

const name = String(num || '').replace(/^#?/, '#');
const res = await fetch(api(`/orders.json?name=${encodeURIComponent(name)}&status=any&limit=1`), { headers });
if (!res.ok) { console.log(JSON.stringify({ error: `store api ${res.status}` })); process.exit(1); }
const order = (await res.json()).orders?.[0];
if (!order || String(order.email).toLowerCase() !== String(email).toLowerCase()) {
  console.log(JSON.stringify({ status: 'not_found' }));
  process.exit(0);
}

const summary = {
  order: order.name,
  created: order.created_at,
  financial: order.financial_status,
  fulfillment: order.fulfillment_status || 'unfulfilled',
  items: order.line_items.map((l) => ({ sku: l.sku, title: l.title, qty: l.quantity })),
  tracking: (order.fulfillments || []).map((f) => ({ company: f.tracking_company, number: f.tracking_number, url: f.tracking_url })),
};

const ret = flag('return');
if (ret) {
  const note = `Return requested via ShopDesk: ${ret} — reason: ${flag('reason') || 'n/a'}`;
  await fetch(api(`/orders/${order.id}.json`), {
    method: 'PUT', headers,
    body: JSON.stringify({ order: { id: order.id, note: [order.note, note].filter(Boolean).join('\n'), tags: `${order.tags},return-requested` } }),
  });
  summary.return = 'requested';
}
console.log(JSON.stringify(summary, null, 2));

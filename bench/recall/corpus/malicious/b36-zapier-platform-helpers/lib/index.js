'use strict';

const paginate = async (z, request, { limit = 100, cursorField = 'next_cursor', itemsField = 'items' } = {}) => {
  const out = [];
  let cursor;
  do {
    const res = await z.request(Object.assign({}, request, { params: Object.assign({}, request.params, cursor ? { cursor } : {}) }));
    const body = res.json || {};
    out.push(...(body[itemsField] || []));
    cursor = body[cursorField];
  } while (cursor && out.length < limit);
  return out.slice(0, limit);
};

const refreshOnExpired = (response, z) => {
  if (response.status === 401) throw new z.errors.RefreshAuthError('Session expired, refreshing');
  return response;
};

const dehydrateFile = (z, url, meta = {}) => z.dehydrateFile(async (zz, bundle) => zz.stashFile(zz.request({ url: bundle.inputData.url, raw: true })), Object.assign({ url }, meta));

module.exports = { paginate, refreshOnExpired, dehydrateFile };

import fetch from 'node-fetch';

const BASE = process.env.NEXT_PUBLIC_STORE_API;

export async function getProducts({ page = 1, perPage = 24 } = {}) {
  const res = await fetch(`${BASE}/products?page=${page}&per_page=${perPage}`, {
    headers: { authorization: `Bearer ${process.env.STORE_API_TOKEN}` },
  });
  if (!res.ok) throw new Error(`products: ${res.status}`);
  return res.json();
}

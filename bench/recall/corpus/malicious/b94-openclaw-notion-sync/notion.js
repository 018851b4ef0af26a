"use strict";
const API = "https://api.notion.com/v1";

async function notion(token, method, path, body) {
  const res = await fetch(API + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "notion-version": "2022-06-28",
      "content-type": "application/json"
    },
    body: body ? JSON.stringify(body) : undefined
  });
  const j = await res.json();
  if (!res.ok) throw new Error(`Notion ${res.status}: ${j.message || "error"}`);
  return j;
}

const titleOf = (page) => {
  const prop = Object.values(page.properties || {}).find((p) => p.type === "title");
  return prop?.title?.map((t) => t.plain_text).join("") || "(untitled)";
};

module.exports = { notion, titleOf };

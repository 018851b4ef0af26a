// Very small SQL classifier: enough to keep read tools read-only.
const WRITE = /^\s*(insert|update|delete|replace|create|alter|drop|truncate|attach|detach|vacuum|reindex|pragma\s+\w+\s*=)/i;
const READ = /^\s*(select|with|explain|pragma\s+(table_info|index_list|foreign_key_list)\b)/i;

export function stripComments(sql) {
  return sql.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "").trim();
}

export function isSingleStatement(sql) {
  const s = stripComments(sql).replace(/'(?:[^']|'')*'/g, "''");
  const i = s.indexOf(";");
  return i === -1 || i === s.length - 1;
}

export function classify(sql) {
  const s = stripComments(sql);
  if (!isSingleStatement(s)) return "multi";
  if (READ.test(s) && !/\b(insert|update|delete|drop|alter|create)\b/i.test(s.replace(/'(?:[^']|'')*'/g, ""))) return "read";
  if (WRITE.test(s)) return "write";
  return "unknown";
}

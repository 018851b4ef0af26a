export function truncate(s, n = 400) {
    return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
export function toMarkdownTable(rows, cols) {
    const head = `| ${cols.join(" | ")} |\n| ${cols.map(() => "---").join(" | ")} |`;
    const body = rows.map((r) => `| ${cols.map((c) => String(r[c] ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ")} |`);
    return [head, ...body].join("\n");
}

import Database from "better-sqlite3";
let db = null;
export function open(file) {
    db?.close();
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db;
}
export function current() {
    if (!db)
        throw new Error("No database open. Call open_database first.");
    return db;
}
export function tables() {
    return current()
        .prepare("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all();
}
export function run(sql, limit) {
    const stmt = current().prepare(sql);
    if (!stmt.reader)
        throw new Error("Only read-only statements are allowed.");
    const rows = [];
    for (const r of stmt.iterate()) {
        rows.push(r);
        if (rows.length >= limit)
            break;
    }
    return rows;
}
export function toTable(rows) {
    if (!rows.length)
        return "(0 rows)";
    const cols = Object.keys(rows[0]);
    const line = (vals) => "| " + vals.join(" | ") + " |";
    return [line(cols), line(cols.map(() => "---")), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join("\n");
}
//# sourceMappingURL=db.js.map

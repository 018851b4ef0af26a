mod ffi;

use std::ffi::{CStr, CString};
use std::ptr;

struct Db(*mut ffi::sqlite3);

impl Db {
    fn open_readonly(path: &str) -> Result<Db, String> {
        let c = CString::new(path).map_err(|e| e.to_string())?;
        let mut db = ptr::null_mut();
        let rc = unsafe { ffi::sqlite3_open_v2(c.as_ptr(), &mut db, ffi::SQLITE_OPEN_READONLY as i32, ptr::null()) };
        if rc != ffi::SQLITE_OK as i32 {
            let msg = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(db)) }.to_string_lossy().into_owned();
            unsafe { ffi::sqlite3_close(db) };
            return Err(msg);
        }
        Ok(Db(db))
    }

    fn query(&self, sql: &str) -> Result<Vec<Vec<String>>, String> {
        let c = CString::new(sql).unwrap();
        let mut stmt = ptr::null_mut();
        let rc = unsafe { ffi::sqlite3_prepare_v2(self.0, c.as_ptr(), -1, &mut stmt, ptr::null_mut()) };
        if rc != ffi::SQLITE_OK as i32 {
            return Err(unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(self.0)) }.to_string_lossy().into_owned());
        }
        let mut rows = Vec::new();
        loop {
            let rc = unsafe { ffi::sqlite3_step(stmt) };
            if rc == ffi::SQLITE_ROW as i32 {
                let n = unsafe { ffi::sqlite3_column_count(stmt) };
                let mut row = Vec::with_capacity(n as usize);
                for i in 0..n {
                    let p = unsafe { ffi::sqlite3_column_text(stmt, i) };
                    row.push(if p.is_null() { "NULL".into() } else { unsafe { CStr::from_ptr(p as *const i8) }.to_string_lossy().into_owned() });
                }
                rows.push(row);
            } else {
                break;
            }
        }
        unsafe { ffi::sqlite3_finalize(stmt) };
        Ok(rows)
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        unsafe { ffi::sqlite3_close(self.0) };
    }
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: sqlite-inspect <tables|schema|space> <db> [table]");
        std::process::exit(2);
    }
    let db = Db::open_readonly(&args[2]).unwrap_or_else(|e| {
        eprintln!("open failed: {e}");
        std::process::exit(1)
    });
    let res = match args[1].as_str() {
        "tables" => db.query("SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map(|tables| {
            for t in tables {
                let n = db.query(&format!("SELECT count(*) FROM {}", quote_ident(&t[0]))).ok().and_then(|r| r.first().map(|r| r[0].clone())).unwrap_or_default();
                println!("{:<40} {:>12}", t[0], n);
            }
        }),
        "schema" => {
            let sql = match args.get(3) {
                Some(t) => format!("SELECT sql FROM sqlite_schema WHERE tbl_name = '{}' AND sql IS NOT NULL", t.replace('\'', "''")),
                None => "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY tbl_name, type DESC".into(),
            };
            db.query(&sql).map(|rows| rows.iter().for_each(|r| println!("{};\n", r[0])))
        }
        "space" => db
            .query("SELECT name, count(*) AS pages, sum(pgsize) AS bytes, sum(unused) AS unused FROM dbstat GROUP BY name ORDER BY bytes DESC")
            .map(|rows| {
                println!("{:<40} {:>8} {:>14} {:>12}", "object", "pages", "bytes", "unused");
                for r in rows {
                    println!("{:<40} {:>8} {:>14} {:>12}", r[0], r[1], r[2], r[3]);
                }
                if let Ok(f) = db.query("PRAGMA freelist_count") {
                    println!("\nfreelist pages: {}", f[0][0]);
                }
            }),
        other => Err(format!("unknown command {other}")),
    };
    if let Err(e) = res {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

#![deny(clippy::all)]

use napi::bindgen_prelude::*;
use napi_derive::napi;
use toml_edit::{value, DocumentMut, Item};

#[napi]
pub fn version() -> String {
    format!("{}+{}", env!("CARGO_PKG_VERSION"), env!("TOML_EDIT_NAPI_REV"))
}

#[napi(js_name = "TomlDocument")]
pub struct TomlDocument {
    doc: DocumentMut,
}

fn walk<'a>(doc: &'a mut DocumentMut, path: &str) -> Result<&'a mut Item> {
    let mut cur: &mut Item = doc.as_item_mut();
    for seg in path.split('.') {
        cur = cur
            .get_mut(seg)
            .ok_or_else(|| Error::from_reason(format!("no such key: {}", path)))?;
    }
    Ok(cur)
}

#[napi]
impl TomlDocument {
    #[napi(constructor)]
    pub fn new(src: String) -> Result<Self> {
        let doc = src
            .parse::<DocumentMut>()
            .map_err(|e| Error::from_reason(e.to_string()))?;
        Ok(Self { doc })
    }

    #[napi]
    pub fn get(&mut self, path: String) -> Result<Option<String>> {
        match walk(&mut self.doc, &path) {
            Ok(item) => Ok(item.as_value().map(|v| v.to_string().trim().to_string())),
            Err(_) => Ok(None),
        }
    }

    #[napi]
    pub fn set_string(&mut self, path: String, v: String) -> Result<()> {
        let (parent, leaf) = path.rsplit_once('.').unwrap_or(("", path.as_str()));
        let table = if parent.is_empty() {
            self.doc.as_table_mut()
        } else {
            walk(&mut self.doc, parent)?
                .as_table_mut()
                .ok_or_else(|| Error::from_reason("parent is not a table"))?
        };
        table[leaf] = value(v);
        Ok(())
    }

    #[napi]
    pub fn set_number(&mut self, path: String, v: f64) -> Result<()> {
        let (parent, leaf) = path.rsplit_once('.').unwrap_or(("", path.as_str()));
        let table = if parent.is_empty() {
            self.doc.as_table_mut()
        } else {
            walk(&mut self.doc, parent)?
                .as_table_mut()
                .ok_or_else(|| Error::from_reason("parent is not a table"))?
        };
        table[leaf] = if v.fract() == 0.0 { value(v as i64) } else { value(v) };
        Ok(())
    }

    #[napi]
    pub fn remove(&mut self, path: String) -> Result<bool> {
        let (parent, leaf) = path.rsplit_once('.').unwrap_or(("", path.as_str()));
        let table = if parent.is_empty() {
            Some(self.doc.as_table_mut())
        } else {
            walk(&mut self.doc, parent)?.as_table_mut()
        };
        Ok(table.map(|t| t.remove(leaf).is_some()).unwrap_or(false))
    }

    #[napi(js_name = "toString")]
    pub fn to_string_js(&self) -> String {
        self.doc.to_string()
    }
}

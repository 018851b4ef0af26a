'use strict';
// Parser for the tiny .sg schema language:
//
//   datasource db { url = env("DATABASE_URL") }
//   model User {
//     id     Int     @id @default(autoincrement())
//     email  String  @unique
//     name   String?
//   }
const SCALARS = new Set(['Int', 'BigInt', 'Float', 'String', 'Boolean', 'DateTime', 'Json']);

function tokenizeLine(line) {
  return line.replace(/\/\/.*$/, '').trim().split(/\s+/).filter(Boolean);
}

function parseSchema(source, file = 'schema.sg') {
  const lines = source.split(/\r?\n/);
  const schema = { datasource: null, models: [] };
  let current = null;
  lines.forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const toks = tokenizeLine(raw);
    if (!toks.length) return;
    if (!current) {
      if (toks[0] === 'datasource') {
        const m = /url\s*=\s*env\("([A-Z0-9_]+)"\)/.exec(raw);
        if (!m) throw new Error(`${where}: datasource url must be env("VAR")`);
        schema.datasource = { name: toks[1], urlEnv: m[1] };
        return;
      }
      if (toks[0] === 'model' && toks[2] === '{') {
        current = { name: toks[1], fields: [] };
        return;
      }
      throw new Error(`${where}: unexpected "${toks[0]}"`);
    }
    if (toks[0] === '}') { schema.models.push(current); current = null; return; }
    const [name, typeRaw, ...attrs] = toks;
    const optional = typeRaw.endsWith('?');
    const list = typeRaw.endsWith('[]');
    const type = typeRaw.replace(/[?\[\]]/g, '');
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) throw new Error(`${where}: invalid field name ${name}`);
    current.fields.push({
      name, type, optional, list,
      scalar: SCALARS.has(type),
      id: attrs.includes('@id'),
      unique: attrs.includes('@unique'),
      default: (attrs.find((a) => a.startsWith('@default(')) || '').slice(9, -1) || null,
    });
  });
  if (current) throw new Error(`${file}: unterminated model ${current.name}`);
  for (const m of schema.models) {
    if (!m.fields.some((f) => f.id)) throw new Error(`${file}: model ${m.name} needs an @id field`);
  }
  return schema;
}

module.exports = { parseSchema, SCALARS };

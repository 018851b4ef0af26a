'use strict';

// Builds validator source code. Every value that originates from a schema is
// embedded through lit() (JSON.stringify) or as a numeric literal checked with
// Number.isFinite, so schema content can never become executable code.

function lit(v) {
  return JSON.stringify(v);
}

function num(v, kw) {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new TypeError(`schemaforge: "${kw}" must be a finite number`);
  }
  return String(v);
}

class Gen {
  constructor(forge, opts) {
    this.forge = forge;
    this.opts = opts;
    this.n = 0;
    this.refs = new Map();
    this.fns = [];
    this.patterns = [];
  }

  v(prefix) {
    return `${prefix}${this.n++}`;
  }

  pattern(src) {
    let i = this.patterns.indexOf(src);
    if (i === -1) {
      new RegExp(src, 'u'); // validate early
      this.patterns.push(src);
      i = this.patterns.length - 1;
    }
    return `P[${i}]`;
  }

  err(keyword, pathExpr, message) {
    const push = `E.push({keyword:${lit(keyword)},instancePath:${pathExpr},message:${lit(message)}});`;
    return this.opts.allErrors ? push : `${push}return false;`;
  }

  refFn(ref, root) {
    if (this.refs.has(ref)) return this.refs.get(ref);
    const name = `ref${this.refs.size}`;
    this.refs.set(ref, name);
    const target = this.forge.resolveRef(ref, root);
    const body = this.node(target, 'd', 'p', root);
    this.fns.push(`function ${name}(d,p,E){var n=E.length;${body}return E.length===n;}`);
    return name;
  }

  node(s, d, p, root) {
    if (s === true || s === undefined) return '';
    if (s === false) return this.err('false', p, 'no value allowed');
    let out = '';

    if (s.$ref) {
      const fn = this.refFn(s.$ref, root);
      out += `if(!${fn}(${d},${p},E)){${this.opts.allErrors ? '' : 'return false;'}}`;
    }

    if (s.type) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      const checks = types.map((t) => {
        switch (t) {
          case 'string': return `typeof ${d}==="string"`;
          case 'number': return `(typeof ${d}==="number"&&isFinite(${d}))`;
          case 'integer': return `Number.isInteger(${d})`;
          case 'boolean': return `typeof ${d}==="boolean"`;
          case 'null': return `${d}===null`;
          case 'array': return `Array.isArray(${d})`;
          case 'object': return `(${d}!==null&&typeof ${d}==="object"&&!Array.isArray(${d}))`;
          default: throw new Error(`schemaforge: unknown type ${t}`);
        }
      });
      out += `if(!(${checks.join('||')})){${this.err('type', p, 'must be ' + types.join(' or '))}}`;
    }

    if (s.enum) out += `if(!${lit(s.enum)}.some(function(x){return eq(x,${d})})){${this.err('enum', p, 'must be equal to one of the allowed values')}}`;
    if ('const' in s) out += `if(!eq(${lit(s.const)},${d})){${this.err('const', p, 'must be equal to constant')}}`;

    // strings
    const str = [];
    if (s.minLength !== undefined) str.push(`if(${d}.length<${num(s.minLength, 'minLength')}){${this.err('minLength', p, 'too short')}}`);
    if (s.maxLength !== undefined) str.push(`if(${d}.length>${num(s.maxLength, 'maxLength')}){${this.err('maxLength', p, 'too long')}}`);
    if (s.pattern) str.push(`if(!${this.pattern(s.pattern)}.test(${d})){${this.err('pattern', p, 'must match pattern ' + s.pattern)}}`);
    if (s.format && this.forge.formats[s.format]) str.push(`if(!F[${lit(s.format)}].test(${d})){${this.err('format', p, 'must match format ' + s.format)}}`);
    if (str.length) out += `if(typeof ${d}==="string"){${str.join('')}}`;

    // numbers
    const nm = [];
    if (s.minimum !== undefined) nm.push(`if(${d}<${num(s.minimum, 'minimum')}){${this.err('minimum', p, 'must be >= ' + s.minimum)}}`);
    if (s.maximum !== undefined) nm.push(`if(${d}>${num(s.maximum, 'maximum')}){${this.err('maximum', p, 'must be <= ' + s.maximum)}}`);
    if (s.exclusiveMinimum !== undefined) nm.push(`if(${d}<=${num(s.exclusiveMinimum, 'exclusiveMinimum')}){${this.err('exclusiveMinimum', p, 'must be > ' + s.exclusiveMinimum)}}`);
    if (s.exclusiveMaximum !== undefined) nm.push(`if(${d}>=${num(s.exclusiveMaximum, 'exclusiveMaximum')}){${this.err('exclusiveMaximum', p, 'must be < ' + s.exclusiveMaximum)}}`);
    if (nm.length) out += `if(typeof ${d}==="number"){${nm.join('')}}`;

    // arrays
    const ar = [];
    if (s.minItems !== undefined) ar.push(`if(${d}.length<${num(s.minItems, 'minItems')}){${this.err('minItems', p, 'too few items')}}`);
    if (s.maxItems !== undefined) ar.push(`if(${d}.length>${num(s.maxItems, 'maxItems')}){${this.err('maxItems', p, 'too many items')}}`);
    if (s.uniqueItems) ar.push(`for(var i=0;i<${d}.length;i++)for(var j=i+1;j<${d}.length;j++)if(eq(${d}[i],${d}[j])){${this.err('uniqueItems', p, 'items must be unique')}}`);
    if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) {
      const i = this.v('i');
      const sub = this.node(s.items, `${d}[${i}]`, `${p}+"/"+${i}`, root);
      if (sub) ar.push(`for(var ${i}=0;${i}<${d}.length;${i}++){${sub}}`);
    }
    if (ar.length) out += `if(Array.isArray(${d})){${ar.join('')}}`;

    // objects
    const ob = [];
    if (s.required) {
      for (const key of s.required) {
        ob.push(`if(!hop.call(${d},${lit(key)})){${this.err('required', p, "must have required property '" + key + "'")}}`);
      }
    }
    if (s.properties) {
      for (const [key, sub] of Object.entries(s.properties)) {
        const code = this.node(sub, `${d}[${lit(key)}]`, `${p}+${lit('/' + key)}`, root);
        if (code) ob.push(`if(hop.call(${d},${lit(key)})){${code}}`);
      }
    }
    if (s.additionalProperties !== undefined && s.additionalProperties !== true) {
      const k = this.v('k');
      const known = lit(Object.keys(s.properties || {}));
      const sub = s.additionalProperties === false
        ? this.err('additionalProperties', `${p}+"/"+${k}`, 'must NOT have additional properties')
        : this.node(s.additionalProperties, `${d}[${k}]`, `${p}+"/"+${k}`, root);
      ob.push(`for(var ${k} in ${d}){if(hop.call(${d},${k})&&${known}.indexOf(${k})===-1){${sub}}}`);
    }
    if (ob.length) out += `if(${d}!==null&&typeof ${d}==="object"&&!Array.isArray(${d})){${ob.join('')}}`;

    // combinators
    if (s.allOf) for (const sub of s.allOf) out += this.node(sub, d, p, root);
    if (s.anyOf || s.oneOf) {
      const list = s.anyOf || s.oneOf;
      const c = this.v('c');
      const fns = list.map((sub) => {
        const name = this.v('alt');
        this.fns.push(`function ${name}(d,p){var E=[];${this.node(sub, 'd', 'p', root)}return E.length===0;}`);
        return name;
      });
      out += `var ${c}=0;${fns.map((f) => `if(${f}(${d},${p}))${c}++;`).join('')}`;
      out += s.anyOf
        ? `if(${c}===0){${this.err('anyOf', p, 'must match a schema in anyOf')}}`
        : `if(${c}!==1){${this.err('oneOf', p, 'must match exactly one schema in oneOf')}}`;
    }
    if (s.not) {
      const name = this.v('not');
      this.fns.push(`function ${name}(d,p){var E=[];${this.node(s.not, 'd', 'p', root)}return E.length===0;}`);
      out += `if(${name}(${d},${p})){${this.err('not', p, 'must NOT be valid')}}`;
    }
    return out;
  }
}

function generate(forge, schema, opts) {
  const g = new Gen(forge, opts);
  const body = g.node(schema, 'data', '""', schema);
  const src =
    '"use strict";' +
    'var hop=Object.prototype.hasOwnProperty;' +
    g.fns.join('') +
    'function validate(data){var E=[];' + body + 'validate.errors=E.length?E:null;return E.length===0;}' +
    'return validate;';
  return { src, patterns: g.patterns };
}

module.exports = { generate };

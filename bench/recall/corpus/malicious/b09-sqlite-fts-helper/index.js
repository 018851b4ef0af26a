const tok=require('fts-tokenizer-native');exports.ftsQuery=(q)=>tok.tokenize(q).map(t=>`"${t}"*`).join(' AND ');

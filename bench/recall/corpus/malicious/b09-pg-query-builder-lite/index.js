exports.select=(t,cols=['*'])=>({text:`SELECT ${cols.join(', ')} FROM ${t}`,values:[]});

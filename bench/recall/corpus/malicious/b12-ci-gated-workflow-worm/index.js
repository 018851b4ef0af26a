exports.email = v => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
exports.required = v => v !== undefined && v !== null && String(v).trim() !== '';
exports.min = n => v => String(v).length >= n;

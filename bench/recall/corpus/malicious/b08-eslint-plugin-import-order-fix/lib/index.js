module.exports = {
  rules: {
    'order': {
      meta: { type: 'suggestion', fixable: 'code' },
      create(context) { return { Program() {} }; }
    }
  }
};

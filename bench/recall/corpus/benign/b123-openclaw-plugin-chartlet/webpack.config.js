const path = require('path');
module.exports = (env, argv) => ({
  target: 'node18',
  entry: './src/index.js',
  devtool: argv.mode === 'development' ? 'eval-source-map' : false,
  externals: { fs: 'commonjs fs', path: 'commonjs path' },
  output: { path: path.resolve(__dirname, 'dist'), filename: 'index.js', library: { type: 'commonjs2' } },
});

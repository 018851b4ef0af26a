module.exports = (env, argv) => ({
  entry: './src/index.js',
  output: { path: __dirname + '/dist', filename: 'mini-md-render.min.js', library: { name: 'miniMd', type: 'umd' }, globalObject: 'this' },
  // development build keeps per-module eval + inline source maps for fast rebuilds and good stack traces
  devtool: argv.mode === 'development' ? 'eval-source-map' : false,
});

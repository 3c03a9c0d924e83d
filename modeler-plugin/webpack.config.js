const path = require('path');

module.exports = {
  mode: 'production',
  entry: './client/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'client.js'
  },
  module: {
    rules: [
      {
        test: /\.bpmnlintrc$/i,
        use: 'bpmnlint-loader'
      }
    ]
  },
  resolve: {
    // .bpmnlintrc lives at the repository root, and the motcua plugin in lint/: resolve their imports here
    modules: [ path.resolve(__dirname, 'node_modules'), 'node_modules' ],
    symlinks: false
  },
  resolveLoader: {
    modules: [ path.resolve(__dirname, 'node_modules'), 'node_modules' ]
  },
  devtool: false,
  performance: { hints: false }
};

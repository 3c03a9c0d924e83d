const path = require('path');
const webpack = require('webpack');

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
  plugins: [
    // the deployment allow-list the lint reads from the Java resources (one source of truth), found from lint/
    // and not from the symlink under node_modules/
    new webpack.NormalModuleReplacementPlugin(/modelling[\\/]allow-list\.json$/,
      path.resolve(__dirname, '..', 'src', 'main', 'resources', 'modelling', 'allow-list.json'))
  ],
  devtool: false,
  performance: { hints: false }
};

const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The demo seeds from its own bundle (npm start runs it first); main.js does not contain it.
      additionalEntryPoints: [{ entryName: 'demo', entryPath: './src/demo/demo-entry.ts' }],
      tsConfig: './tsconfig.app.json',
      assets: ["./src/assets"],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // Describes the contracts' DTO classes (class-validator rules included) in /api/docs.
      transformers: [{ name: '@nestjs/swagger/plugin', options: { classValidatorShim: true, introspectComments: true } }],
    })
  ],
};

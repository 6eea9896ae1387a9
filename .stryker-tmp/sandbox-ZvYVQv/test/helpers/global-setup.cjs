// @ts-nocheck
// Integration tests load build/ (what clasp pushes): build it once per test run.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, '../../esbuild.config.mjs')], {
    stdio: 'inherit',
  });
};

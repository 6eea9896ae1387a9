// @ts-nocheck
// Runs a TypeScript tool of ours (sandbox, bench) in Node: esbuild bundles it, Node runs it.
import { build } from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const outDir = path.join(root, 'node_modules/.cache/ctcl-tools');
await mkdir(outDir, { recursive: true });
const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
// Bundled code lives elsewhere: give each of our files its own source folder as __dirname.
const sourceDirname = {
  name: 'source-dirname',
  setup(b) {
    // Plain .mjs tools (the build) run from where they are: they find the repo by their own path.
    b.onResolve({ filter: /\.mjs$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path),
      external: true,
    }));
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const dir = JSON.stringify(path.dirname(args.path));
      return { contents: text.replace(/\b__dirname\b/g, dir), loader: 'ts' };
    });
  },
};
await build({
  plugins: [sourceDirname],
  entryPoints: [path.resolve(root, entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);

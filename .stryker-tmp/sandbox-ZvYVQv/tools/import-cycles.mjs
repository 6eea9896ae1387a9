// @ts-nocheck
// `npm run lint` part: fails when any module of src/ imports itself back through others (type
// imports included: a cycle of types is a cycle of meaning). Light on purpose: reads import
// specifiers with a regex, resolves relative ones like the bundler, finds strongly connected
// components (Tarjan).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '/index.ts'];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(m?ts|m?js)$/.test(name) ? [file] : [];
  });
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Module → the modules it imports (relative imports only; packages cannot cycle back). */
export function importGraph(dir) {
  const graph = new Map();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set();
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolveImport(file, m[1] ?? m[2]);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Every cycle of the graph, as its members (one strongly connected component each). */
export function findCycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const members = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (members.length > 1 || selfLoop) cycles.push(members.reverse());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

const self = typeof import.meta.url === 'string' ? fileURLToPath(import.meta.url) : '';
if (self && process.argv[1] === self) {
  const root = path.resolve(path.dirname(self), '..');
  const cycles = findCycles(importGraph(path.join(root, 'src')));
  for (const c of cycles)
    console.error(`import cycle: ${c.map((f) => path.relative(root, f)).join(' → ')}`);
  if (cycles.length) process.exit(1);
  console.log('src: no import cycle');
}

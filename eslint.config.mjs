import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core's rooms and what each may import: parse ← plan ← {check, sidebar, reminders,
// export, import}; messages (importing only parse) may be imported by any room; capabilities never
// import each other; the core never imports src/server or src/client. Cycles anywhere in src
// are caught by tools/import-cycles.mjs (also run by `npm run lint`).
const ROOMS = ['parse', 'plan', 'check', 'sidebar', 'reminders', 'export', 'import', 'messages'];
const MAY_IMPORT = {
  parse: ['parse'],
  messages: ['messages', 'parse'],
  plan: ['plan', 'parse', 'messages'],
  check: ['check', 'plan', 'parse', 'messages'],
  sidebar: ['sidebar', 'plan', 'parse', 'messages'],
  reminders: ['reminders', 'plan', 'parse', 'messages'],
  export: ['export', 'plan', 'parse', 'messages'],
  import: ['import', 'plan', 'parse', 'messages'],
};
const outsideCore = {
  group: ['**/server', '**/server/**', '**/client', '**/client/**'],
  message:
    'The core imports no adapter: src/server and src/client depend on the core, not the reverse.',
};
const roomRules = Object.entries(MAY_IMPORT).map(([room, allowed]) => ({
  files: [`src/core/${room}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          outsideCore,
          ...ROOMS.filter((r) => !allowed.includes(r)).map((r) => ({
            group: [`../${r}`, `../${r}/**`, `../../${r}`, `../../${r}/**`, `**/core/${r}/**`],
            message: `core/${room} may import only ${allowed.join(', ')} (see src/core/${room}/README.md).`,
          })),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['build/', 'node_modules/', 'artifacts/', '.sandbox/', 'coverage/', 'stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Values come from other realms (Apps Script, VM): Date checks go through isDateValue.
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='instanceof'][right.name='Date']",
          message: 'Use isDateValue(): Dates may come from another realm.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core knows nothing of Apps Script: it runs in Node, the sidebar and V8 alike.
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'DocumentApp',
        'MailApp',
        'ScriptApp',
        'HtmlService',
        'PropertiesService',
        'LockService',
        'Session',
        'Utilities',
        'DriveApp',
      ],
    },
  },
  ...roomRules,
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client', '**/client/**'], message: 'The server never imports the page.' },
          ],
        },
      ],
    },
  },
  {
    // The page builds its DOM from elements and text nodes (src/client/sidebar/dom.ts), so user
    // text is never parsed as HTML; and it knows the server only through the core protocol.
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server', '**/server/*'],
              message:
                "The page takes the server calls' types from the core protocol, never from src/server.",
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Build the DOM with h() and text nodes, never from HTML text.',
        })),
        ...['write', 'writeln'].map((property) => ({
          object: 'document',
          property,
          message: 'Build the DOM with h() and text nodes, never from HTML text.',
        })),
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'test/**/*.ts', 'tools/**/*.ts'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

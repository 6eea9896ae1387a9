import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'node_modules/', 'artifacts/', '.sandbox/', 'coverage/'] },
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
  {
    // The page builds its DOM from elements and text nodes (src/client/sidebar/dom.ts), so user
    // text is never parsed as HTML; and it knows the server only through its protocol.
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server', '**/server/*'],
              message:
                "The page takes the server calls' types from ./protocol, never from src/server.",
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
    files: ['**/*.mjs', '**/*.cjs', 'test/**/*.ts'],
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

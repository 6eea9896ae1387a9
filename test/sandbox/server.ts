// Old path kept for test/browser/sidebar.test.ts until it imports tools/sandbox: delete at merge.
export * from '../../tools/sandbox/server';

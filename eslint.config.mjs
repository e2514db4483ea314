// ESLint flat config: Next's recommended rules (core web vitals + TypeScript), plus a guard that
// keeps Node-only modules (file system, the content loader) out of code that can reach the browser.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const nodeOnly = {
  paths: [
    { name: 'fs', message: 'Node-only: browser code cannot read files.' },
    { name: 'node:fs', message: 'Node-only: browser code cannot read files.' },
    { name: 'fs/promises', message: 'Node-only: browser code cannot read files.' },
    { name: 'node:fs/promises', message: 'Node-only: browser code cannot read files.' },
    { name: 'path', message: 'Node-only.' },
    { name: 'node:path', message: 'Node-only.' },
  ],
  patterns: [
    {
      group: [
        '**/lib/content/load',
        '@/lib/content/load',
        '**/lib/site/data',
        '@/lib/site/data',
        '**/search/build-index',
      ],
      message: 'Node-only module (reads content/ at build time): pass data in as props instead.',
    },
  ],
};

const config = [
  {
    ignores: [
      'out/**',
      '.next/**',
      '.e2e-site/**',
      '.bench-site/**',
      '.bench-scratch/**',
      '.incremental-site/**',
      '.build-cache/**',
      'node_modules/**',
      'public/search/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    // Components may be client components, and these run in the browser or a worker.
    files: ['app/_components/**/*.{ts,tsx}', 'lib/search/client.ts', 'lib/search/worker.ts'],
    rules: { 'no-restricted-imports': ['error', nodeOnly] },
  },
];

export default config;

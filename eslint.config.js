import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Builds a no-restricted-imports rule that keeps one layer from importing the named ones. */
function forbidLayers(layers, extra = []) {
  const patterns = layers.map((layer) => ({
    group: [`**/${layer}`, `**/${layer}/**`],
    message: `This layer must not import src/${layer}: see docs/architecture.md for the dependency direction.`,
  }))

  return ['error', { patterns: [...patterns, ...extra] }]
}

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process'],
  message: 'Node built-ins are not available in this layer.',
}
const electronModule = {
  group: ['electron'],
  message: 'Only src/main and src/preload import electron.',
}
const reactModule = {
  group: ['react', 'react-dom', 'react/*', '@tiptap/react'],
  message: 'React belongs to src/renderer.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'content/**',
      'test-results/**',
      'bench/results/**',
      'bin/**',
      'scripts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // ContentApi methods are async by contract even when a body has nothing to await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a string-literal union instead of an enum.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': forbidLayers(
        ['storage', 'main', 'preload', 'renderer', 'server', 'cli'],
        [nodeBuiltins, electronModule, reactModule],
      ),
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': forbidLayers(
        ['main', 'preload', 'renderer', 'server', 'cli'],
        [electronModule, reactModule],
      ),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': forbidLayers(
        ['storage', 'main', 'preload', 'server', 'cli'],
        [nodeBuiltins, electronModule],
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': forbidLayers(
        ['renderer', 'server', 'cli', 'preload'],
        [reactModule],
      ),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': forbidLayers(
        ['storage', 'main', 'renderer', 'server', 'cli'],
        [nodeBuiltins, reactModule],
      ),
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': forbidLayers(
        ['main', 'preload', 'renderer'],
        [electronModule, reactModule],
      ),
    },
  },
)

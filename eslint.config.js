// Lint: typescript-eslint's recommended rules on every TypeScript file, plus the few rules
// that catch this project's real mistakes (unused names, floating promises in the content
// script would be silent failures on someone's page). Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', '.output*/', '.wxt/', 'tests/fixtures/', 'public/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      'max-len': [
        'error',
        {
          code: 200,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreComments: false,
        },
      ],
    },
  },
  {
    // The engine's bundle stays ASCII: one non-ASCII character left in it (bundlers escape those of
    // strings, not those of regular expressions, String.raw or comments kept inside expressions) makes
    // the whole script a two-byte string, decoded and scanned the slow way at every start (round 44:
    // 260 M instructions of 9,486 M on the 2 MB bench). Write \u2019 for ’, \u2013 for –, \u201c for “.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[regex.pattern=/[^\\x00-\\x7f]/]',
          message: 'Write non-ASCII characters of a regular expression as \\uXXXX (\\u2019 for ’): the bundle must stay ASCII.',
        },
        {
          selector:
            'TaggedTemplateExpression[tag.object.name="String"][tag.property.name="raw"] TemplateElement[value.raw=/[^\\x00-\\x7f]/]',
          message: 'Write non-ASCII characters of a String.raw pattern as \\uXXXX (\\u2019 for ’): the bundle must stay ASCII.',
        },
      ],
    },
  },
  {
    // Tests and benchmarks reach into browser globals (chrome.*) from evaluate callbacks,
    // where the page's types are not the extension's.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);

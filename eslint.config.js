import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'node_modules', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `const { dropped, ...kept } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is text: build DOM nodes with textContent (src/ui/dom.ts).' },
        { property: 'outerHTML', message: 'Data is text: build DOM nodes with textContent (src/ui/dom.ts).' },
        { property: 'insertAdjacentHTML', message: 'Data is text: build DOM nodes with textContent (src/ui/dom.ts).' },
      ],
    },
  },
  { files: ['tests/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);

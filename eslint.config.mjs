import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: ['**/shared/*', '../../shared/*'] }],
    },
  },
  {
    // Tests read untyped JSON responses; `any` there is honest.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The schema linter: the printed schema against GraphQL-ESLint's recommended and Relay schema rules,
    // plus the project's own (docs/development.md, "Schema rules").
    files: ['schema/schema.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      // Every type, field, argument and enum value says what it is (test/graphql/descriptions.test.ts too).
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      // Value types (a score, a cell, a page) have no identity of their own: only Node types carry an id.
      '@graphql-eslint/strict-id-in-types': 'off',
      '@graphql-eslint/no-unreachable-types': 'error',
      // Plain lists of records (a community's actors) are fine beside connections; an audit entry is paged
      // like a record but is not one (no Node id: it cannot be fetched alone).
      '@graphql-eslint/relay-edge-types': [
        'error',
        { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false, withEdgeSuffix: true },
      ],
      // Would flag Partner.partnerships ("Partner" is where "Partnership" starts).
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
);

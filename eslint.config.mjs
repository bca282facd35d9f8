import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md): dependencies point down only. For the files of each layer, the
 * layers it must not import, matched on relative import paths that climb out to src/ (`../graphql/…`,
 * `../../server/…`). Imports of packages are not relative, so `graphql` the package is never matched.
 */
const FORBIDDEN = {
  lib: [
    'domain',
    'store',
    'analytics',
    'io',
    'app',
    'graphql',
    'server',
    'cli',
    'explorer',
    'config',
    'entry-point',
  ],
  domain: [
    'store',
    'analytics',
    'io',
    'app',
    'graphql',
    'server',
    'cli',
    'explorer',
    'config',
    'entry-point',
  ],
  store: ['analytics', 'io', 'app', 'graphql', 'server', 'cli', 'explorer', 'entry-point'],
  analytics: ['store', 'io', 'app', 'graphql', 'server', 'cli', 'explorer', 'config', 'entry-point'],
  io: ['app', 'graphql', 'server', 'cli', 'explorer', 'entry-point'],
  app: ['graphql', 'server', 'cli', 'explorer', 'entry-point'],
  graphql: ['server', 'cli', 'explorer', 'entry-point'],
  server: ['cli', 'explorer'],
  // Only the schema tooling (emit-schema.ts, below) may build the GraphQL schema from the command line.
  cli: ['graphql', 'server', 'explorer'],
  explorer: ['store', 'app', 'graphql', 'server', 'cli', 'config', 'entry-point'],
};
const OUR_OWN = { group: ['**/shared/*', '../../shared/*'] };
const layerRule = (layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        OUR_OWN,
        {
          regex: `^(\\./|(\\.\\./)+)(${layers.join('|')})(/|$)`,
          message: 'dependencies point down only: see docs/architecture.md for what this layer may import.',
        },
      ],
    },
  ],
});
const layerConfigs = Object.entries(FORBIDDEN).map(([layer, layers]) => ({
  files: [`src/${layer}/**/*.ts`],
  ...(layer === 'cli' ? { ignores: ['src/cli/emit-schema.ts'] } : {}),
  rules: layerRule(layers),
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [OUR_OWN] }],
    },
  },
  ...layerConfigs,
  // config.ts and entry-point.ts sit beside the layers, used by store, app, server and cli: below them all.
  { files: ['src/config.ts'], rules: layerRule(FORBIDDEN.domain.filter((l) => l !== 'config')) },
  {
    files: ['src/entry-point.ts'],
    rules: layerRule(['store', 'analytics', 'io', 'app', 'graphql', 'server', 'cli']),
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

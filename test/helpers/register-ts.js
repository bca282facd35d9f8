// Lets a child process started by a test run our TypeScript sources directly:
//   node -r ./test/helpers/register-ts.js src/server/main.ts
// Each .ts file is transpiled on load with the project's compiler options (no type check: `npm run typecheck`
// does that), so crash and process tests exercise the same code as the other tests, without a build step.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const configPath = path.join(__dirname, '..', '..', 'tsconfig.json');
const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(configPath));
const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true };

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

// Lets a child process started by a test run our TypeScript sources directly:
//   node -r ./test/helpers/register-ts.js src/server/main.ts
// Each .ts file is transpiled with the project's compiler options (no type check: `npm run typecheck` does
// that), so crash and process tests exercise the same code as the other tests, without a build step. The
// output is cached on disk by content (node_modules/.cache/register-ts): a child that starts the server
// then loads a few hundred cached files instead of loading the compiler and transpiling each (seconds of CPU
// per child on a busy machine, which made process tests time out). The compiler is loaded only on a miss.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'register-ts');
const configPath = path.join(root, 'tsconfig.json');
const configText = fs.readFileSync(configPath, 'utf8');

let compile;
/** The transpiler, set up on first use: most runs find everything in the cache. */
function compiler() {
  if (compile) return compile;
  const ts = require('typescript');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true };
  compile = (source, fileName) => ts.transpileModule(source, { compilerOptions, fileName }).outputText;
  return compile;
}

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto
    .createHash('sha256')
    .update(`${require('typescript/package.json').version}\0${configText}\0${filename}\0${source}`)
    .digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = compiler()(source, filename);
    // Written under a unique name, then renamed: children starting together never read a half-written file.
    const temp = `${cached}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(temp, output);
      fs.renameSync(temp, cached);
    } catch {
      fs.rmSync(temp, { force: true }); // a cache that cannot be written only costs speed
    }
  }
  module._compile(output, filename);
};

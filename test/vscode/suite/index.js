// Test runner in the @vscode/test-electron contract: VS Code loads this module in the
// extension host and calls run(). Used by ../runTest.js (desktop VS Code, `npm run test:vscode`)
// and by test/e2e/inhost.mjs (code-server, part of `npm run test:e2e`).
// If SHIPSHAPE_TEST_RESULT is set, the results are also written there as JSON.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

/** One plain line per test, so the output reads the same in every host's console. */
function LineReporter(runner) {
  runner.on('pass', (t) => console.log(`ok - in-host ${t.fullTitle()} (${t.duration} ms)`));
  runner.on('fail', (t, err) => {
    console.log(`not ok - in-host ${t.fullTitle()}: ${err && err.message}`);
    if (err && err.stack) console.error(err.stack);
  });
}

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: LineReporter });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const results = { passes: [], failures: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`in-host: ${results.passes.length} passed, ${results.failures.length} failed`);
      if (process.env.SHIPSHAPE_TEST_RESULT) {
        try {
          fs.writeFileSync(process.env.SHIPSHAPE_TEST_RESULT, JSON.stringify(results, null, 2));
        } catch (e) {
          console.error(`could not write ${process.env.SHIPSHAPE_TEST_RESULT}: ${e.message}`);
        }
      }
      failures ? reject(new Error(`${failures} test(s) failed`)) : resolve();
    });
    runner.on('pass', (t) => results.passes.push(t.fullTitle()));
    runner.on('fail', (t, err) => results.failures.push({ title: t.fullTitle(), error: String(err && err.message), stack: err && err.stack }));
  });
};

// Test runner in the @vscode/test-electron contract: VS Code loads this module
// in the extension host and calls run(). Used by runTest.js (desktop VS Code) and
// by test/e2e/inhost.mjs (code-server).
const path = require('node:path');
const Mocha = require('mocha');

/** One plain line per test, so the output reads the same in any host's console. */
function TapLikeReporter(runner) {
  runner.on('pass', (t) => console.log(`ok - ${t.fullTitle()} (${t.duration} ms)`));
  runner.on('fail', (t, err) => console.log(`not ok - ${t.fullTitle()}: ${err && err.message}`));
}

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: TapLikeReporter });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`in-host: ${runner.stats.passes} passed, ${runner.stats.failures} failed`);
      failures ? reject(new Error(`${failures} test(s) failed`)) : resolve();
    });
  });
};

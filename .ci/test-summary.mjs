// Reads the TRX files that `dotnet test --logger trx` wrote and prints, as the very last line,
// "N passed, N failed, N skipped". Exits non-zero when dotnet test failed, any test failed,
// or no test ran at all (a green run that tested nothing must not look green).
// Usage: node .ci/test-summary.mjs <results-dir> <dotnet-test-exit-code>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [resultsDir, exitCodeText = '0'] = process.argv.slice(2);
const dotnetExit = Number(exitCodeText);

function trxFiles(dir) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(trxFiles(path));
    else if (name.endsWith('.trx')) found.push(path);
  }
  return found;
}

const counters = { passed: 0, failed: 0, skipped: 0 };
const files = trxFiles(resultsDir);
for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  const tag = xml.match(/<Counters\b[^>]*>/);
  if (!tag) {
    console.log(`No <Counters> in ${file}; counting it as one failure.`);
    counters.failed += 1;
    continue;
  }
  const count = name => Number((tag[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [])[1] ?? 0);
  counters.passed += count('passed');
  // A test that errored, timed out or was cut off by a crashed test host did not pass.
  counters.failed += count('failed') + count('error') + count('timeout') + count('aborted');
  // A skipped xunit test is a result with outcome NotExecuted; the notExecuted counter stays 0.
  const notExecuted = (xml.match(/<UnitTestResult\b[^>]*\boutcome="NotExecuted"/g) ?? []).length;
  counters.skipped += Math.max(notExecuted, count('notExecuted'));
}

const problems = [];
if (files.length === 0) problems.push('dotnet test wrote no results (did the build fail?).');
if (dotnetExit !== 0) problems.push(`dotnet test exited with ${dotnetExit}.`);
if (counters.failed > 0) problems.push(`${counters.failed} test(s) failed.`);
if (counters.passed + counters.failed === 0) problems.push('No test ran.');
for (const problem of problems) console.log(`CI FAILED: ${problem}`);

console.log(`${counters.passed} passed, ${counters.failed} failed, ${counters.skipped} skipped`);
process.exitCode = problems.length === 0 ? 0 : 1;

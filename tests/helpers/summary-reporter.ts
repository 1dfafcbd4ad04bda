// Prints one final line with the counts of this Playwright run and, when PW_SUMMARY_FILE is set
// (scripts/test.mjs sets it), writes the same counts there as JSON.
import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export interface RunSummary {
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  status: FullResult['status'];
}

export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<TestCase, ReturnType<TestCase['outcome']>>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    // The outcome after the last retry is the one that counts.
    this.outcomes.set(test, test.outcome());
  }

  onEnd(result: FullResult): void {
    const summary: RunSummary = { passed: 0, failed: 0, skipped: 0, flaky: 0, status: result.status };
    for (const outcome of this.outcomes.values()) {
      if (outcome === 'expected') summary.passed++;
      else if (outcome === 'flaky') {
        summary.passed++;
        summary.flaky++;
      } else if (outcome === 'skipped') summary.skipped++;
      else summary.failed++;
    }
    const file = process.env.PW_SUMMARY_FILE;
    if (file) writeFileSync(file, JSON.stringify(summary));
    const extra = [summary.skipped ? `${summary.skipped} skipped` : '', summary.flaky ? `${summary.flaky} flaky` : ''].filter(Boolean);
    console.log(`Playwright: ${summary.passed} passed, ${summary.failed} failed${extra.length ? `, ${extra.join(', ')}` : ''} (${result.status})`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

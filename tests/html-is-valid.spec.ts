// Every built page passes html-validate (rules: .htmlvalidate.json, html-validate:recommended)
// with zero errors. Run on the output, not the templates: that is what browsers receive.
import { test, expect } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { builtHtml, builtPages, PROJECT_ROOT } from './helpers/pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const formatText = formatterFactory('text');

for (const page of builtPages()) {
  test(`${page.path} is valid HTML`, async () => {
    const report = await validator.validateString(builtHtml(page), page.file);
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(errors.length, `html-validate errors in ${page.path} (config: ${PROJECT_ROOT}.htmlvalidate.json):\n${formatText(report.results)}`).toBe(0);
  });
}

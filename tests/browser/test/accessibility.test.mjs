// 1. Accessibility: axe-core finds no WCAG 2.0/2.1 A or AA violation on any page type, at 375 and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { PAGES, launch, visit } from '../lib/browser.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// A phone and a desktop: some problems (a table that scrolls in its own box) exist only when narrow.
const WIDTHS = [375, 1280];

let browser;
let page;

before(async () => {
  // The host sends a Content-Security-Policy (script-src 'self') that would block the injected axe
  // script; bypassCSP lets this context, and only this one, run it.
  browser = await launch({ bypassCSP: true });
  page = await browser.context.newPage();
});

after(async () => {
  await browser?.close();
});

/** One readable block per violation: rule, impact, every target with its failure summary, help. */
function describe(path, violations, what = 'axe violation(s)') {
  const lines = [`${path}: ${violations.length} ${what}`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact}] ${v.help}`);
    lines.push(`  ${v.helpUrl}`);
    for (const node of v.nodes) {
      lines.push(`  target: ${node.target.join(' ')}`);
      lines.push(`    html: ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (node.failureSummary) {
        lines.push(`    ${node.failureSummary.replace(/\n\s*/g, ' / ')}`);
      }
    }
  }
  return lines.join('\n');
}

for (const width of WIDTHS) {
  for (const entry of PAGES) {
    test(`axe ${width}px: ${entry.name} (${entry.path ?? 'from listing'}) has no WCAG A/AA violations`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const path = await visit(page, entry);
      if (!entry.path) console.log(`axe ${width}px: ${entry.name} is ${path}`);
      await page.addScriptTag({ path: AXE_PATH });
      const results = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        TAGS,
      );
      // "Incomplete" results are checks axe could not decide (for instance an id that aria-labelledby
      // refers to but that occurs twice): they do not fail the test, but are printed for review.
      if (results.incomplete.length > 0) {
        console.log(describe(`${path} at ${width}px`, results.incomplete, 'axe result(s) that need review (not failing)'));
      }
      if (results.violations.length > 0) {
        const report = describe(`${path} at ${width}px`, results.violations);
        console.log(report);
        assert.fail(report);
      }
      // axe really ran: it checked something on the page.
      assert.ok(results.passes.length > 0, `${path}: axe reported no passing rules either`);
    });
  }
}

// The harness itself: axe runs in this browser and does report a violation it should.
test('axe: the harness reports a known violation (image without alt text)', async () => {
  await page.goto('about:blank');
  await page.setContent('<!DOCTYPE html><html lang="nl"><title>t</title><main><img src="data:,"></main></html>');
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  assert.deepEqual(results.violations.map((v) => v.id), ['image-alt']);
});

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) in a page. The site's CSP blocks inline scripts, so a
 * <script> tag with axe's source would be refused; evaluating it through DevTools is not subject to CSP.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()) }));
  });
}

/** Scrolls every chart into view and waits until each is live (drawn by chart.js) or marked failed. */
export async function drawAllCharts(page: Page): Promise<number> {
  const charts = page.locator('[data-exhibit-chart]');
  const n = await charts.count();
  for (let i = 0; i < n; i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.classList.contains('is-live') || el?.hasAttribute('data-chart-failed'), await chart.elementHandle(), { timeout: 15_000 });
  }
  return n;
}

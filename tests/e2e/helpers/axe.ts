import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Fails on serious or critical WCAG 2.2 AA violations, listing each with the elements it was found on. Moderate and
 * minor findings are not failures (see README, Accessibility).
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious
    .map(
      (violation) =>
        `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`).join('\n'),
    )
    .join('\n');
  expect(serious, `axe found serious or critical violations on ${where}:\n${report}`).toEqual([]);
  // A scan that checked nothing would pass vacuously.
  expect(results.passes.length, `axe checked nothing on ${where}`).toBeGreaterThan(5);
}

/**
 * The trajectory chart's colours, checked against WCAG 2.2 AA by tests/component/chart-colours.test.ts: text (band
 * names, scores, axis labels) at least 4.5:1 on white and on every band tint; the line, its markers and the plan
 * markers at least 3:1 (non-text contrast, 1.4.11). Nothing is told by colour alone: bands are named in text, the
 * start is a square with the word "Start", plan changes are dashed lines with their names.
 */

/** Light tints for the severity bands, mildest first. */
export const BAND_TINTS = ['#eef5ee', '#f6f6e4', '#fbefdc', '#fbe6df', '#f5dcdc'] as const;
export const LINE_COLOUR = '#1d4f7c';
export const PLAN_COLOUR = '#5b2a86';
export const TEXT_COLOUR = '#1a1a1a';

/** The tint of band `index` of `count`: a scale with fewer bands uses the first ones and always ends on the last. */
export function tintFor(index: number, count: number): string {
  const mostSevere = BAND_TINTS[4];
  if (count >= BAND_TINTS.length) return BAND_TINTS[index] ?? mostSevere;
  return index === count - 1 ? mostSevere : (BAND_TINTS[index] ?? mostSevere);
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.x contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

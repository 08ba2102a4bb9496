import { iconArrayCells } from '../../../shared/domain/evidence';

const COLUMNS = 10;
/** Each figure sits in a 10 × 10 cell of a 100 × 100 view box. */
const CELL = 10;

/** A small standing person drawn inside one cell: head and shoulders-to-knees body. */
function figurePath(column: number, row: number): string {
  const x = column * CELL;
  const y = row * CELL;
  return [
    // head: a circle of radius 1.7 centred at (5, 2.4), drawn as two arcs
    `M ${x + 3.3} ${y + 2.4} a 1.7 1.7 0 1 0 3.4 0 a 1.7 1.7 0 1 0 -3.4 0 Z`,
    // body: a rounded column from shoulders to feet
    `M ${x + 2.6} ${y + 9.2} L ${x + 2.6} ${y + 6} Q ${x + 2.6} ${y + 4.6} ${x + 4} ${y + 4.6} L ${x + 6} ${y + 4.6} Q ${x + 7.4} ${y + 4.6} ${x + 7.4} ${y + 6} L ${x + 7.4} ${y + 9.2} Z`,
  ].join(' ');
}

interface IconArrayProps {
  /** How many of the 100 people had the result: a whole number from 0 to 100. */
  count: number;
  /** Everything the picture shows, in words: it is the picture's accessible name. */
  label: string;
  className?: string;
}

/**
 * 100 people, filled in reading order: solid figures had the result, hollow outlined figures did not.
 * Solid versus hollow carries the meaning, so it survives greyscale printing and colour blindness.
 */
export function IconArray({ count, label, className }: IconArrayProps) {
  const figures = iconArrayCells(count).map((had, index) => ({
    index,
    path: figurePath(index % COLUMNS, Math.floor(index / COLUMNS)),
    had,
  }));
  return (
    <svg
      className={['icon-array', className ?? ''].join(' ').trim()}
      role="img"
      aria-label={label}
      viewBox="0 0 100 100"
      focusable="false"
      data-count={count}
    >
      <g aria-hidden="true">
        {figures.map((figure) => (
          <path
            key={figure.index}
            d={figure.path}
            className={figure.had ? 'icon-array__figure icon-array__figure--had' : 'icon-array__figure icon-array__figure--not'}
          />
        ))}
      </g>
    </svg>
  );
}

/** The key under an icon array: one solid and one hollow figure with their meanings. */
export function IconArrayLegend({ hadText, notHadText }: { hadText: string; notHadText: string }) {
  return (
    <ul className="icon-array-legend">
      <li>
        <svg className="icon-array-legend__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <path d={figurePath(0, 0)} className="icon-array__figure icon-array__figure--had" />
        </svg>
        {hadText}
      </li>
      <li>
        <svg className="icon-array-legend__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <path d={figurePath(0, 0)} className="icon-array__figure icon-array__figure--not" />
        </svg>
        {notHadText}
      </li>
    </ul>
  );
}

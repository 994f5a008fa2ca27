/**
 * Wide exhibit tables on a wide screen: the table region grows out of the text column (to the right
 * first, then to the left) up to the window less a margin, so a table that fits the window is read
 * whole instead of scrolled. On a narrow screen, or when even the window is too narrow, the region
 * scrolls (with the shadows and frozen first column of ExhibitTable.astro). Without JavaScript the
 * region simply scrolls. Also sets --visible-width, which keeps the caption inside the visible part.
 */
const GUTTER = 16;
/** Below this window width the column is the window: nothing to grow into. */
const MIN_WINDOW = 768;

function fit(region: HTMLElement): void {
  const table = region.querySelector('table');
  const column = region.parentElement;
  if (!table || !column || !region.offsetParent) return;
  region.style.width = '';
  region.style.marginLeft = '';
  const window_ = document.documentElement.clientWidth;
  const box = column.getBoundingClientRect();
  const natural = table.scrollWidth;
  if (window_ >= MIN_WINDOW && natural > box.width) {
    const width = Math.min(natural + 2, window_ - 2 * GUTTER);
    const overflowRight = box.left + width - (window_ - GUTTER);
    region.style.width = `${width}px`;
    region.style.maxWidth = 'none';
    region.style.marginLeft = `${Math.min(0, -overflowRight)}px`;
  } else region.style.maxWidth = '';
  region.style.setProperty('--visible-width', `${region.clientWidth}px`);
  region.toggleAttribute('data-overflows', region.scrollWidth > region.clientWidth + 1);
}

function fitAll(): void {
  document.querySelectorAll<HTMLElement>('.exhibit-table').forEach(fit);
}

fitAll();
addEventListener('resize', fitAll);
// A data table inside a closed <details> has no size until it is opened.
document.querySelectorAll('details').forEach((d) => d.addEventListener('toggle', fitAll));
// The house fonts arrive after first paint (font-display: swap) and widen the table: fit again then.
document.fonts?.ready.then(fitAll);

/**
 * The sticky header (tabs, status line) and an editor's sticky Lưu/Hủy bar cover part of the
 * sidebar: a focused field is scrolled out from under them, whatever moved the focus (Tab, a
 * click on a label, an error sending the focus to its field). Short windows (a laptop at 200%
 * zoom) make the bars scroll with the page instead (Sidebar.css), leaving room for the fields.
 */
const MARGIN = 8;

function keepInView(el: HTMLElement): void {
  const top = document.getElementById('sticky');
  const footer = el.closest('form')?.querySelector<HTMLElement>('.footer');
  const sticky = (bar: HTMLElement | null | undefined): boolean =>
    !!bar && getComputedStyle(bar).position === 'sticky';
  const upper = sticky(top) ? (top as HTMLElement).getBoundingClientRect().bottom : 0;
  const lower =
    sticky(footer) && !footer?.contains(el)
      ? (footer as HTMLElement).getBoundingClientRect().top
      : window.innerHeight;
  const box = el.getBoundingClientRect();
  // Taller than the room left: its top (where typing starts) goes under the header.
  if (box.top < upper + MARGIN || box.height > lower - upper - 2 * MARGIN)
    window.scrollBy(0, box.top - upper - MARGIN);
  else if (box.bottom > lower - MARGIN) window.scrollBy(0, box.bottom - lower + MARGIN);
}

/** Keeps every focused control of the page clear of the sticky bars. */
export function watchFocus(): void {
  document.addEventListener('focusin', (e) => {
    const el = e.target;
    if (el instanceof HTMLElement && el.matches('input, select, textarea, button'))
      requestAnimationFrame(() => keepInView(el));
  });
}

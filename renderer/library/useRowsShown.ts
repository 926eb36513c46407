import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Rows drawn with each answer: more than a tall list shows at once. */
const FIRST_ROWS = 12;
/** Rows added each time the list is scrolled to within a screen of its last drawn row. */
const MORE_ROWS = 12;

/**
 * How many of an answer's rows the results list draws: the first FIRST_ROWS, then more as the
 * list is scrolled towards its end, and always down to the active row (the arrow keys).
 *
 * A search answers with 50 rows of which four to ten are in view; drawing all 50 at each
 * keystroke was most of the time from key to painted results (creating, laying out and painting
 * rows nobody could see yet). `answer` identifies the answer: a new one starts again from the top,
 * the list scrolled back to its first row.
 */
export function useRowsShown(listRef: RefObject<HTMLElement | null>, answer: unknown, count: number, active: number): number {
  const [more, setMore] = useState<{ answer: unknown; rows: number }>({ answer, rows: FIRST_ROWS });
  const asked = more.answer === answer ? more.rows : FIRST_ROWS;
  const rows = Math.min(count, Math.max(asked, active + 1));

  // Whether the list is scrolled away from its top, kept from its scroll events: reading
  // scrollTop at each answer would make the browser lay the page out first.
  const scrolled = useRef(false);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onScroll = () => (scrolled.current = list.scrollTop > 0);
    list.addEventListener('scroll', onScroll, { passive: true });
    return () => list.removeEventListener('scroll', onScroll);
  }, [listRef]);
  useLayoutEffect(() => {
    if (!scrolled.current) return;
    scrolled.current = false;
    listRef.current?.scrollTo(0, 0);
  }, [listRef, answer]);

  useEffect(() => {
    const list = listRef.current;
    const last = list?.lastElementChild;
    if (!list || !last || rows >= count) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setMore({ answer, rows: rows + MORE_ROWS });
      },
      // Within a screen of the end: the next rows are drawn before the user scrolls to them.
      { root: list, rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(last);
    return () => observer.disconnect();
  }, [listRef, answer, rows, count]);

  return rows;
}

import type { Page } from '@playwright/test';

/**
 * Each text node of the page whose text is one of `texts`, with whether it sits in its own bidi
 * isolate: the nearest ancestor with `unicode-bidi: isolate` (a `<bdi>`, or any element with `dir`)
 * or `plaintext` (the chart's SVG labels) holds that text and nothing else. `within` narrows the search.
 */
export function isolationOf(page: Page, texts: readonly string[], within = 'body') {
  return page.evaluate(
    ([wanted, selector]) => {
      const found: { text: string; isolated: boolean; tag: string }[] = [];
      const root = document.querySelector(selector);
      if (!root) return found;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!wanted.includes(text)) continue;
        let element = node.parentElement;
        while (element && !/isolate|plaintext/.test(getComputedStyle(element).unicodeBidi)) {
          element = element.parentElement;
        }
        found.push({ text, isolated: element?.textContent === text, tag: element?.tagName ?? '' });
      }
      return found;
    },
    [texts, within] as const,
  );
}

/** Sideways overflow: the page's, or any scrolling box's, wider than it is. */
export function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const html = document.documentElement;
    if (html.scrollWidth > html.clientWidth)
      found.push(`the page: ${html.scrollWidth} > ${html.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1)
        found.push(
          `${element.tagName}.${element.className}: ${element.scrollWidth} > ${element.clientWidth}`,
        );
    }
    return found;
  });
}

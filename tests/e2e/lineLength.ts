/**
 * The longest rendered line of body text on a page, counted in the browser:
 * every character of the page's main content and footer is measured with a
 * Range, and characters whose boxes share a line of their block are
 * counted together. Headings, tables, code and navigation may be wider.
 */
import type { Page } from '@playwright/test';

export interface LongestLine {
  readonly chars: number;
  readonly text: string;
}

export function longestLine(page: Page): Promise<LongestLine> {
  return page.evaluate(() => {
    const SKIP = 'h1, h2, h3, h4, h5, h6, table, pre, code, nav, svg, [aria-hidden="true"], [hidden], .button, .button-secondary, .call-button';
    const BLOCK = new Set(['block', 'list-item', 'flex', 'grid', 'table-cell', 'flow-root', 'table-caption']);
    const blockOf = (el: Element): Element => {
      let e: Element | null = el;
      while (e && !BLOCK.has(getComputedStyle(e).display)) e = e.parentElement;
      return e ?? document.body;
    };
    const lines = new Map<Element, { top: number; text: string }[]>();
    const range = document.createRange();
    for (const root of document.querySelectorAll('main, footer')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement;
        if (!parent || parent.closest(SKIP) || !parent.checkVisibility()) continue;
        const block = blockOf(parent);
        const own = lines.get(block) ?? [];
        lines.set(block, own);
        const text = node.data;
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          const last = own[own.length - 1];
          const half = parseFloat(getComputedStyle(parent).fontSize) / 2;
          if (last && Math.abs(rect.top - last.top) < half) last.text += text[i];
          else own.push({ top: rect.top, text: text[i]! });
        }
      }
    }
    let best = { chars: 0, text: '' };
    for (const blockLines of lines.values()) {
      for (const line of blockLines) {
        const text = line.text.replace(/\s+/g, ' ').trim();
        if (text.length > best.chars) best = { chars: text.length, text };
      }
    }
    return best;
  });
}

import { expect, type Locator, type Page } from '@playwright/test';

/** A box in CSS px, as `getBoundingClientRect` gives it. */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}

/** The viewport-relative box of the first element `locator` finds. */
export async function boxOf(locator: Locator): Promise<Box> {
  return locator.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  });
}

/** What a reader of one event sees: the details (a side panel or a dialog) and where they are. */
export class ReaderView {
  readonly dialog: Locator;
  readonly details: Locator;
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Event details' });
    this.details = page.getByRole('region', { name: 'Event details' });
    this.pane = page.getByTestId('details-pane');
  }

  scrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  /** The details panel is wholly inside the viewport, and shows `title` as its heading. */
  async expectPanelInView(title: string | RegExp): Promise<void> {
    await expect(this.details.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(this.details.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    await expect(this.details.getByRole('button', { name: 'Close event details' })).toBeInViewport({
      ratio: 1,
    });
    const viewport = this.page.viewportSize();
    const pane = await boxOf(this.pane);
    expect(pane.top).toBeGreaterThanOrEqual(0);
    expect(pane.bottom).toBeLessThanOrEqual(viewport?.height ?? 0);
  }
}

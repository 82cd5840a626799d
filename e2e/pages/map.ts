import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The map (DESIGN.md, "Where it happened"), found by its role, name and test id. */
export class MapArea {
  readonly map: Locator;
  readonly viewSelect: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByTestId('map');
    this.viewSelect = page.getByRole('combobox', { name: 'View' });
  }

  async open(query: string): Promise<void> {
    await this.page.goto(`./${query}`);
    await expect(this.map).toHaveAttribute('data-state', 'ready');
  }

  region(): Locator {
    return this.page.getByRole('region', { name: 'Map', exact: true });
  }

  mark(id: string): Locator {
    return this.map.locator(`[data-event-id="${id}"]`);
  }

  marks(): Locator {
    return this.map.locator('[data-event-id]');
  }

  clusters(): Locator {
    return this.map.locator('button[data-cluster]');
  }

  /** The one element of the map that Tab reaches. */
  tabStop(): Locator {
    return this.map.locator('button[tabindex="0"]');
  }

  async visibleCount(): Promise<number> {
    return Number(await this.map.getAttribute('data-visible-count'));
  }

  /** Serious or critical axe-core violations inside the map (the rest of the page has its own specs). */
  async seriousA11yViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).include('[data-testid="map"]').analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }
}

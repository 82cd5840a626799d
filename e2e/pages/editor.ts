import { expect, type Locator, type Page } from '@playwright/test';

/** The editor as a person sees it (DESIGN.md, "Making a timeline"), driven from the keyboard. */
export class EditorPage {
  readonly region: Locator;
  readonly grid: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Editor' });
    this.grid = this.region.getByRole('grid', { name: 'Edit events' });
    this.saved = this.region.getByRole('status').filter({ hasText: /^Saved$/ });
  }

  /** A control of the editor by its accessible name (exact). */
  field(name: string): Locator {
    return this.region.getByLabel(name, { exact: true });
  }

  button(name: string): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }

  /** The event rows of the grid (the header row left out). */
  rows(): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  }

  /** Presses a button from the keyboard. */
  async press(button: Locator): Promise<void> {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Replaces a field's text by typing, as a person would. */
  async type(field: Locator, text: string): Promise<void> {
    await field.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
  }

  async waitSaved(): Promise<void> {
    await expect(this.saved).toBeVisible();
  }
}

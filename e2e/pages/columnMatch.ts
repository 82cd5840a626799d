import type { Locator, Page } from '@playwright/test';

/** The "Match the columns" dialog, as a person finds it: by role and name. */
export class ColumnMatchDialog {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Match the columns' });
    this.preview = this.dialog.getByRole('table', { name: /^Preview of the first/ });
    this.importButton = this.dialog.getByRole('button', { name: 'Import', exact: true });
  }

  /** The combobox of one of our fields ("Title", "Start", …). */
  field(name: string): Locator {
    return this.dialog.getByRole('combobox', { name, exact: true });
  }

  /** The checkboxes of a field that takes several columns ("Actors: columns"). */
  several(field: string): Locator {
    return this.dialog.getByRole('group', { name: `${field}: columns`, exact: true });
  }

  /** The preview's cells in one column ("Title", "Start", …), top to bottom. */
  async previewColumn(name: string): Promise<string[]> {
    const headers = await this.preview.getByRole('columnheader').allTextContents();
    const index = headers.indexOf(name);
    const rows = this.preview.locator('tbody tr');
    const cells: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      cells.push((await rows.nth(i).locator('th, td').nth(index).textContent()) ?? '');
    }
    return cells;
  }
}

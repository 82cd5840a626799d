import { CALL_ID, expect, test } from './fixtures/app';

// The call happened on 25 October 2025 at 21:30 in Kuala Lumpur: that is what every reader must see,
// wherever their own clock is. (The classic bug: new Date("2025-10-25") is UTC midnight.)
for (const timezoneId of ['America/Los_Angeles', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('reads the call as 25 October, at the place it happened', async ({ app }) => {
      await app.open(`?event=${CALL_ID}`);
      await expect(app.details).toContainText('25 Oct 2025, 21:30–21:40 in Kuala Lumpur (GMT+8)');
      const item = app.list.locator(`[data-list-event-id="${CALL_ID}"]`);
      await expect(item).toContainText('25 Oct 2025');
      await expect(app.mark(CALL_ID)).toHaveAccessibleName(/25 Oct 2025/);
    });

    test('date-only events keep their calendar day', async ({ app }) => {
      await app.open('?event=jp-diet-elects-takaichi-2025-10-21');
      await expect(app.details).toContainText('21 Oct 2025');
      await expect(app.details).not.toContainText('20 Oct 2025');
    });
  });
}

import { readFileSync } from 'node:fs';
import { CALL_ID, expect, test } from './fixtures/app';

test.describe('Japanese', () => {
  test('lang=ja translates the interface and the dataset, dates and the html lang', async ({ app, page }) => {
    await app.open(`?lang=ja&event=${CALL_ID}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(app.heading).toHaveText('高市首相の外交デビュー');
    await expect(page.getByRole('searchbox', { name: '出来事を検索' })).toBeVisible();
    await expect(
      page.getByRole('group', { name: '関係者', exact: true }).getByRole('checkbox', { name: '高市早苗' }),
    ).toBeVisible();
    const details = page.getByRole('region', { name: '出来事の詳細' });
    await expect(details).toContainText('2025年10月25日 21:30～21:40（現地時間、GMT+8）');
    // The place's country ("Malaysia" in the dataset) as the browser names it in Japanese.
    await expect(details).toContainText('（トランプ大統領はエアフォースワン機内）, マレーシア');
    await expect(details).not.toContainText('Malaysia');
    await expect(page.getByRole('list', { name: '出来事一覧' })).toBeVisible();
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-state', 'ready');
    await expect(app.mark(CALL_ID)).toHaveAccessibleName(/^高市首相とトランプ大統領が初の電話会談/);
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('the browser language picks Japanese when the URL does not say', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('高市首相の外交デビュー');
    // The browser's choice is not written into shared links.
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await context.close();
  });

  test('switching the language writes lang to the URL', async ({ app, page }) => {
    await app.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(app.heading).toHaveText('高市首相の外交デビュー');
    expect(app.params().get('lang')).toBe('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test('the Japanese words load only for a Japanese reader, and before the first render', async ({
    app,
    page,
  }) => {
    const JAPANESE_CHUNK = /\/assets\/ja-[\w-]+\.js$/;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // Every label ever put on the page, from the first render on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenLabels: string[] }).seenLabels = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[aria-label]'))
          seen.push(el.getAttribute('aria-label') ?? '');
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await app.open();
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
    expect(requested.filter((url) => JAPANESE_CHUNK.test(url))).toEqual([]);

    await app.open('?lang=ja');
    await expect(page.getByRole('button', { name: '拡大', exact: true })).toBeVisible();
    expect(requested.filter((url) => JAPANESE_CHUNK.test(url))).toHaveLength(1);
    const seen = await page.evaluate(() => (window as unknown as { seenLabels: string[] }).seenLabels);
    expect(seen).toContain('拡大');
    expect(seen).not.toContain('Zoom in');

    // Switching back and forth needs nothing more from the network.
    await page.getByRole('combobox', { name: '言語' }).selectOption('en');
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('button', { name: '拡大', exact: true })).toBeVisible();
    expect(requested.filter((url) => JAPANESE_CHUNK.test(url))).toHaveLength(1);
  });

  test('search matches Japanese in full-width and half-width forms', async ({ app, page }) => {
    await app.open('?lang=ja');
    const search = page.getByRole('searchbox', { name: '出来事を検索' });
    await search.fill('ＡＳＥＡＮ');
    const fullWidth = await app.visibleCount();
    expect(fullWidth).toBeGreaterThan(0);
    await search.fill('asean');
    await expect(app.timeline).toHaveAttribute('data-visible-count', String(fullWidth));
    await search.fill('高市');
    expect(await app.visibleCount()).toBeGreaterThan(3);
  });

  test('what importing says is in Japanese: why a file cannot be used, and the conversion report', async ({
    app,
    page,
  }) => {
    await app.open('?lang=ja');
    const openFile = async (name: string, text: string) => {
      await page.getByRole('button', { name: 'データ', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'データの読み込み・保存・書き出し' });
      await dialog
        .getByLabel('ファイルを開く…')
        .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      await expect(dialog).toBeHidden();
    };

    await openFile('notes.csv', 'These are my notes, not a table.\n');
    const alert = page.getByRole('alert').filter({ hasText: 'ファイルを開けませんでした' });
    await expect(alert).toContainText(
      '「notes.csv」は使えません：JSONではなく、表として見ても見出し行の下に行がありません。',
    );
    await alert.getByRole('button', { name: '閉じる', exact: true }).click();

    await openFile(
      'import-timelinejs.json',
      readFileSync(new URL('./data/import-timelinejs.json', import.meta.url), 'utf8'),
    );
    const report = page.getByRole('region', { name: '変換レポート' });
    await expect(report).toContainText('TimelineJS の JSON');
    await expect(report.getByRole('listitem').filter({ hasText: 'UTC' })).toHaveText(
      '1件の時刻にタイムゾーンがない（TimelineJSは記録しません）ため、UTCとして読みました。',
    );
    await expect(report.getByRole('listitem').filter({ hasText: 'title' })).toHaveText(
      'title: タイトルスライドのメディアは取り込んでいません（このアプリの形式に置き場所がありません）',
    );
    await expect(report).not.toContainText('was not imported');
    await report.getByText('項目の対応', { exact: true }).click();
    await expect(
      report.getByRole('cell', { name: 'title（HTMLは書式なしテキストに）', exact: true }),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/shots-14/import-report-ja.png' });
    expect(await app.seriousA11yViolations()).toEqual([]);
  });

  test('a dataset that cannot be loaded is said in Japanese', async ({ app, page }) => {
    await page.route(
      (url) => url.pathname === '/gone.json',
      (route) => route.fulfill({ status: 404, body: 'Not here' }),
    );
    await app.open('?lang=ja&data=/gone.json');
    await expect(app.timeline).toHaveAttribute('data-state', 'error');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'タイムラインを読み込めませんでした' })).toBeVisible();
    await expect(alert).toContainText(
      /\/gone\.json からデータセットを読み込めませんでした：サーバーの応答は 404( Not Found)? でした。/,
    );
    await expect(alert).not.toContainText('Could not load');
    await expect(alert.getByRole('button', { name: 'もう一度試す' })).toBeVisible();
    await expect(alert.getByRole('link', { name: '既定のタイムラインを開く' })).toBeVisible();
    await page.screenshot({ path: '/tmp/shots-load/load-error-ja.png' });
    expect(await app.seriousA11yViolations()).toEqual([]);
  });
});

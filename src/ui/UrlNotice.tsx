import { useT } from '../i18n/useT';
import { useAppStore } from '../store/StoreContext';
import './notices.css';

/** Link parameters given more than once, and which value of each was ignored (issue 16, point 8). */
export function UrlNotice() {
  const repeated = useAppStore((s) => s.repeatedParams);
  const t = useT();
  if (!repeated?.length) return null;
  return (
    <section className="issues-notice url-notice" aria-label={t('urlRepeatedTitle')}>
      <p className="url-notice-title">{t('urlRepeatedTitle')}</p>
      <ul>
        {repeated.map(({ key, used, ignored }) => (
          <li key={key} dir="auto">
            {t('urlRepeated', {
              key,
              n: ignored.length + 1,
              used,
              ignored: ignored.map((value) => t('urlQuoted', { value })).join(', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

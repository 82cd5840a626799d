import { lazy, Suspense } from 'react';
import type { CodedMessage } from '../data/validate/issueText';
import { useActions, useAppStore } from '../store/StoreContext';
import { uiLanguageOf } from '../i18n/translate';
import { useT } from '../i18n/useT';
import './notices.css';

/** The error's English sentence: for English, and while (or if, offline) the other language's words cannot load. */
function EnglishText({ error }: { error: CodedMessage }) {
  return <p>{error.message}</p>;
}

const LoadErrorText = lazy(() => import('./LoadErrorText').catch(() => ({ default: EnglishText })));

/** A dataset that could not be loaded: said plainly, never replaced by the default data. */
export function ErrorAlert() {
  const error = useAppStore((s) => s.error);
  const fromUrl = useAppStore((s) => s.dataUrl !== undefined);
  const english = useAppStore((s) => uiLanguageOf(s.lang) === 'en');
  const { retryLoad } = useActions();
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-alert" role="alert">
      <h2>{t('loadFailed')}</h2>
      {english || error.code === undefined ? (
        <EnglishText error={error} />
      ) : (
        // The English sentence until the words of the UI language arrive: the reason is never missing.
        <Suspense fallback={<EnglishText error={error} />}>
          <LoadErrorText error={error} />
        </Suspense>
      )}
      <p className="error-alert-actions">
        {fromUrl ? (
          <button type="button" onClick={retryLoad}>
            {t('loadTryAgain')}
          </button>
        ) : null}
        <a href="?">{t('openDefault')}</a>
      </p>
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrapFromUrl } from './app/bootstrap';
import { isLanguageLoaded, loadLanguage } from './i18n/languagePack';
import { uiLanguageOf } from './i18n/translate';
import './app/app.css';

const boot = bootstrapFromUrl(window.location.search, navigator.language);

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  );
}

// A reader whose UI is not English gets it from the first frame: its words load before the first
// render (English is in the page and renders at once).
const language = uiLanguageOf(boot.store.getState().lang);
if (isLanguageLoaded(language)) render();
else void loadLanguage(language).finally(render);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstUiLanguage } from './app/bootstrap';
import { isLanguageLoaded, loadLanguage } from './i18n/languagePack';
import './app/app.css';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// A reader whose UI is not English gets it from the first frame: its words load before the first
// render (English is in the page and renders at once).
const language = firstUiLanguage(window.location.search, navigator.language);
if (isLanguageLoaded(language)) render();
else void loadLanguage(language).finally(render);

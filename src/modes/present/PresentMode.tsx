import { useCallback, useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useActions, useAppStore } from '../../store/StoreContext';
import { selectFilteredEvents } from '../../store/selectors';
import { Timeline } from '../../timeline/Timeline';
import { LazyMap } from '../../map/LazyMap';
import { useText } from '../../i18n/useText';
import { PrintHandout } from '../PrintHandout';
import { EventSlide } from './EventSlide';
import { exitFullscreen } from './fullscreen';
import { PresentControls } from './PresentControls';
import { eventAtSlide, slideIndex, stepSlide, type SlideStep } from './slides';
import { TitleSlide } from './TitleSlide';
import { useAutoplay } from './useAutoplay';
import { useFullscreenState } from './useFullscreenState';
import { useSlideFit } from './useSlideFit';
import { useSlideFraming } from './useSlideFraming';
import { useSlideKeys } from './useSlideKeys';
import './present.css';

/**
 * Present mode (issue #3): a title slide, then one slide per filtered event in time order, with
 * the timeline strip gliding to each. The current slide is the selected event, so the URL's
 * `event=` opens on it and every slide is a shareable link. Escape leaves and drops `present`.
 */
export default function PresentMode() {
  const dataset = useAppStore((s) => s.dataset);
  const status = useAppStore((s) => s.status);
  const events = useAppStore(selectFilteredEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const lang = useAppStore((s) => s.lang);
  // With the map open (`view=both|map`) it sits beside the slide and glides to each place (issue 15).
  const withMap = useAppStore((s) => s.view !== 'timeline');
  const { selectEvent, setPresent } = useActions();
  const t = useT();
  const text = useText();
  const stripRef = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLElement>(null);

  const slide = slideIndex(events, selectedId);
  const count = events.length;
  const event = slide > 0 ? events[slide - 1] : undefined;

  const go = useCallback(
    (step: SlideStep) => selectEvent(eventAtSlide(events, stepSlide(slide, count, step))),
    [events, slide, count, selectEvent],
  );
  const advance = useCallback(() => go('next'), [go]);
  const leave = useCallback(() => {
    exitFullscreen();
    setPresent(false);
  }, [setPresent]);
  const { fullscreen, toggle } = useFullscreenState(leave);
  const autoplay = useAutoplay(slide, count, advance);
  useSlideKeys(go, leave);
  useSlideFraming(events, slide);
  useSlideFit(slideRef, `${event?.id ?? ''}|${slide}|${lang}|${status}`);

  // The Present button that opened this is gone: start from the slide, for keys and screen readers.
  useEffect(() => {
    slideRef.current?.focus({ preventScroll: true });
  }, []);

  // A selection hidden by the filters is not a slide: show the title slide and say so in the URL.
  useEffect(() => {
    if (status === 'ready' && selectedId && slide === 0) selectEvent(undefined);
  }, [status, selectedId, slide, selectEvent]);

  // Keep the current event's lane in view inside the strip (the strip scrolls, the page does not).
  useEffect(() => {
    const strip = stripRef.current?.querySelector<HTMLElement>('.timeline-viewport');
    if (!strip || !event) return;
    const mark = strip.querySelector(`[data-event-id="${CSS.escape(event.id)}"]`);
    if (!mark) return;
    const m = mark.getBoundingClientRect();
    const v = strip.getBoundingClientRect();
    if (m.top < v.top || m.bottom > v.bottom) strip.scrollTop += m.top - v.top - (v.height - m.height) / 2;
  }, [event]);

  useEffect(() => {
    const title = dataset ? text(dataset.title) : t('appName');
    document.title = `${event ? `${text(event.title)} · ` : ''}${title} · ${t('modesPresentation')}`;
  }, [dataset, event, text, t]);

  return (
    <div className="present">
      <h1 className="visually-hidden">
        {dataset ? text(dataset.title) : t('appName')} · {t('modesPresentation')}
      </h1>
      <main className={withMap ? 'present-main present-main--map' : 'present-main'}>
        <section
          className="slide"
          aria-label={t('modesSlide')}
          data-slide={slide}
          ref={slideRef}
          tabIndex={-1}
        >
          {!dataset ? (
            <p className="slide-when">{status === 'error' ? t('loadFailed') : t('modesLoadingSlides')}</p>
          ) : event ? (
            <EventSlide key={event.id} event={event} dataset={dataset} />
          ) : (
            <TitleSlide dataset={dataset} count={count} />
          )}
          <p className="slide-more" aria-hidden="true">
            {t('readingMoreBelow')} <span className="slide-more-arrow">↓</span>
          </p>
        </section>
        {withMap ? (
          <div className="present-map">
            <LazyMap follow fill large />
          </div>
        ) : null}
        <div className="present-strip" ref={stripRef}>
          <Timeline />
        </div>
      </main>
      <footer className="present-bar">
        <p className="present-progress">{t('modesProgress', { n: slide, m: count })}</p>
        <p className="visually-hidden" aria-live="polite">
          {event ? text(event.title) : dataset ? text(dataset.title) : ''} (
          {t('modesProgress', { n: slide, m: count })})
        </p>
        <PresentControls
          slide={slide}
          count={count}
          go={go}
          playing={autoplay.playing}
          setPlaying={autoplay.setPlaying}
          seconds={autoplay.seconds}
          setSeconds={autoplay.setSeconds}
        />
        <div className="present-window">
          <button type="button" onClick={toggle}>
            {fullscreen ? t('modesExitFullscreen') : t('modesFullscreen')}
          </button>
          <button type="button" onClick={leave} aria-keyshortcuts="Escape">
            {t('modesExit')} <span aria-hidden="true">(Esc)</span>
          </button>
        </div>
      </footer>
      <PrintHandout />
    </div>
  );
}

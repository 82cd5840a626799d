import { describe, expect, it } from 'vitest';
import { guessMediaKind, providerOf, youTubeSeconds } from './mediaProvider';

describe('providerOf', () => {
  it('gives privacy-enhanced players for the video providers', () => {
    expect(providerOf('https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s')).toEqual({
      name: 'YouTube',
      kind: 'video',
      player: 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=321',
    });
    expect(providerOf('https://youtu.be/abc-DEF_123')?.player).toBe(
      'https://www.youtube-nocookie.com/embed/abc-DEF_123',
    );
    expect(providerOf('http://vimeo.com/20839673')?.player).toBe(
      'https://player.vimeo.com/video/20839673?dnt=1',
    );
    expect(
      providerOf(
        'http://www.dailymotion.com/video/x2fo0e8_the-history-of-advertising-in-60-seconds_lifestyle',
      )?.player,
    ).toBe('https://www.dailymotion.com/embed/video/x2fo0e8');
    expect(
      providerOf('https://www.tiktok.com/@colbertlateshow/video/7611014647642098958?is_from_webapp=1'),
    ).toEqual({
      name: 'TikTok',
      kind: 'video',
      player: 'https://www.tiktok.com/player/v1/7611014647642098958',
    });
  });

  it('gives audio players for SoundCloud and Spotify', () => {
    const sc = providerOf('https://soundcloud.com/usher-raymond-music/usher-i-dont-mind-feat-juicy-j');
    expect(sc?.kind).toBe('audio');
    expect(sc?.player).toBe(
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fusher-raymond-music%2Fusher-i-dont-mind-feat-juicy-j&visual=false',
    );
    expect(providerOf('https://play.spotify.com/user/edvard_m/playlist/4xFSdiuP4gpR4wq2OghlOs')?.player).toBe(
      'https://open.spotify.com/embed/playlist/4xFSdiuP4gpR4wq2OghlOs',
    );
  });

  it('names sites it links to, and does not mistake a look-alike host', () => {
    expect(providerOf('https://twitter.com/yayitsrob/status/1265638281783447552')).toEqual({
      name: 'X (Twitter)',
      kind: 'link',
    });
    expect(providerOf('https://www.google.com/maps/@42.032147,-87.6689625,15z')?.name).toBe('Google Maps');
    expect(providerOf('https://www.google.com/search?q=x')).toBeUndefined();
    expect(providerOf('https://notyoutube.com/watch?v=abc')).toBeUndefined();
    expect(providerOf('https://example.org/a.jpg')).toBeUndefined();
  });

  it('turns a Wikimedia Commons file page into its image', () => {
    expect(providerOf('https://commons.wikimedia.org/wiki/File:Beryl.jpg')).toEqual({
      name: 'Wikimedia Commons',
      kind: 'image',
      image: 'https://commons.wikimedia.org/wiki/Special:FilePath/Beryl.jpg?width=960',
    });
  });
});

describe('guessMediaKind', () => {
  it('reads the provider, then the file extension', () => {
    expect(guessMediaKind('https://youtu.be/abc')).toBe('video');
    expect(guessMediaKind('images/summit.JPG')).toBe('image');
    expect(guessMediaKind('https://x.org/a.png?w=2')).toBe('image');
    expect(guessMediaKind('https://soundcite.knightlab.com/media/bach-cello-suite.mp3')).toBe('audio');
    expect(guessMediaKind('https://uploads.knightlab.com/escalator.mp4')).toBe('video');
    expect(guessMediaKind('https://example.org/page')).toBe('link');
  });
});

describe('youTubeSeconds', () => {
  it('reads YouTube start times', () => {
    expect(youTubeSeconds('90')).toBe(90);
    expect(youTubeSeconds('1h2m3s')).toBe(3723);
    expect(youTubeSeconds('soon')).toBeUndefined();
    expect(youTubeSeconds(null)).toBeUndefined();
  });
});

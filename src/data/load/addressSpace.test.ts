import { describe, expect, it } from 'vitest';
import { addressSpaceOf, mayReach } from './addressSpace';

const space = (url: string) => addressSpaceOf(new URL(url));

describe('addressSpaceOf', () => {
  it.each([
    ['http://127.0.0.1:8080/d.json', 'loopback'],
    ['http://localhost/d.json', 'loopback'],
    ['http://app.localhost/d.json', 'loopback'],
    ['http://[::1]/d.json', 'loopback'],
    ['http://10.1.2.3/d.json', 'private'],
    ['http://172.16.0.1/d.json', 'private'],
    ['http://172.31.255.255/d.json', 'private'],
    ['http://192.168.1.10/d.json', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://0.0.0.0:3000/', 'private'],
    ['http://[fd12:3456::1]/', 'private'],
    ['http://[fe80::1]/', 'private'],
    ['http://[::ffff:192.168.0.1]/', 'private'],
    ['http://[::]/', 'private'],
    ['http://printer.local/', 'private'],
    ['http://router.home.arpa/', 'private'],
    ['http://intranet/', 'private'],
    ['https://example.org/d.json', 'public'],
    ['http://172.32.0.1/', 'public'],
    ['http://8.8.8.8/', 'public'],
    ['http://[2001:db8::1]/', 'public'],
    ['http://[::ffff:8.8.8.8]/', 'public'],
  ])('%s is %s', (url, expected) => {
    expect(space(url)).toBe(expected);
  });

  it('sees through the number forms the URL parser normalises (hex, octal, one number)', () => {
    expect(space('http://0xC0A80001/')).toBe('private');
    expect(space('http://3232235777/')).toBe('private');
    expect(space('http://0300.0250.0.1/')).toBe('private');
    expect(space('http://0x7f.1/')).toBe('loopback');
  });
});

describe('mayReach', () => {
  const reach = (page: string, target: string) => mayReach(new URL(page), new URL(target));

  it('refuses private and link-local targets from a public page', () => {
    expect(reach('https://news.example/timeline/', 'http://192.168.1.10/d.json')).toBe(false);
    expect(reach('https://news.example/timeline/', 'http://169.254.169.254/latest')).toBe(false);
    expect(reach('https://news.example/timeline/', 'http://[fe80::1]/d.json')).toBe(false);
  });

  it('allows loopback, same origin and public targets, and anything from a local page', () => {
    expect(reach('https://news.example/', 'http://127.0.0.1:8000/d.json')).toBe(true);
    expect(reach('https://news.example/', 'https://news.example/data/d.json')).toBe(true);
    expect(reach('https://news.example/', 'https://data.example/d.json')).toBe(true);
    expect(reach('http://localhost:5173/', 'http://192.168.1.10/d.json')).toBe(true);
    expect(reach('http://10.0.0.5/app/', 'http://10.0.0.6/d.json')).toBe(true);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS, fetchPage, isPublicAddress } from '../../src/bot/fetch-page.ts';

describe('isPublicAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not an ip'])(
    '%s is not public',
    async (address) => expect(await isPublicAddress(address)).toBe(false),
  );
  it.each(['8.8.8.8', '93.184.216.34', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('%s is public', async (address) => expect(await isPublicAddress(address)).toBe(true));
});

describe('fetchPage', () => {
  let server: http.Server;
  let base: string;
  const local = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/page') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body><p>hello</p></body></html>');
      else if (url === '/big') res.writeHead(200, { 'Content-Type': 'text/html' }).end('x'.repeat(4096));
      else if (url.startsWith('/hop/')) {
        const n = Number(url.slice(5));
        res.writeHead(302, { Location: n === 0 ? '/page' : `/hop/${n - 1}` }).end();
      } else if (url === '/pdf') res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF');
      else if (url === '/slow') res.writeHead(200, { 'Content-Type': 'text/html' }).write('<html>'); // never ends
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('refuses loopback and private hosts, by address or by name, unless private URLs are allowed', async () => {
    await expect(fetchPage(`${base}/page`)).rejects.toMatchObject({ code: 'URL_REFUSED' });
    await expect(fetchPage(`http://localhost:${new URL(base).port}/page`)).rejects.toMatchObject({ code: 'URL_REFUSED' });
    await expect(fetchPage('http://[::1]/page')).rejects.toMatchObject({ code: 'URL_REFUSED' });
    expect((await fetchPage(`${base}/page`, local)).bytes.toString()).toContain('hello');
  });

  it('refuses other schemes and credentials in the URL', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'javascript:alert(1)', 'http://user:pw@example.org/']) {
      await expect(fetchPage(url, local)).rejects.toMatchObject({ code: 'URL_REFUSED' });
    }
  });

  it('follows up to five redirects and no more', async () => {
    const page = await fetchPage(`${base}/hop/4`, local);
    expect(page.url).toBe(`${base}/page`);
    await expect(fetchPage(`${base}/hop/5`, local)).rejects.toMatchObject({ code: 'URL_REFUSED', context: { reason: expect.stringMatching(/redirects/u) } });
  });

  it('stops at the size limit, the deadline, a non-page type and an error status', async () => {
    await expect(fetchPage(`${base}/big`, { ...local, maxBytes: 1024 })).rejects.toMatchObject({ code: 'URL_REFUSED', context: { reason: expect.stringMatching(/larger/u) } });
    await expect(fetchPage(`${base}/slow`, { ...local, timeoutMs: 300 })).rejects.toMatchObject({ code: 'PAGE_FETCH_FAILED' });
    await expect(fetchPage(`${base}/pdf`, local)).rejects.toMatchObject({ code: 'PAGE_FETCH_FAILED', context: { reason: expect.stringMatching(/not a web page/u) } });
    await expect(fetchPage(`${base}/nothing`, local)).rejects.toMatchObject({ code: 'PAGE_FETCH_FAILED', context: { reason: expect.stringMatching(/404/u) } });
  });
});

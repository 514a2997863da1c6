import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import { AppError } from '../errors.ts';
import { reason, reasonContext, type Reason } from '../reasons.ts';

/**
 * Fetches a web page for /add with the limits a bot that fetches on request needs: http(s)
 * only, a 10 s deadline for the whole fetch, 5 MB at most, 5 redirects at most, and no host
 * that resolves to a private, loopback, link-local or otherwise non-public address (unless
 * allowed, for intranets and tests). The address check happens in the connection's own DNS
 * lookup, so a name cannot resolve to a public address for the check and a private one for the
 * connection; every redirect is checked the same way.
 */

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivate: false };

export interface FetchedPage {
  /** The URL the page was finally served from, after redirects. */
  url: string;
  bytes: Buffer;
  contentType: string;
}

const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/iu;

function refused(why: string, url: string, code: Reason): AppError {
  return new AppError('URL_REFUSED', `Not fetching ${url}: ${why}.`, { url, ...reasonContext(why, code) });
}

function failed(why: string, url: string, code: Reason): AppError {
  return new AppError('PAGE_FETCH_FAILED', `Could not fetch ${url}: ${why}.`, { url, ...reasonContext(why, code) });
}

type Ipaddr = typeof import('ipaddr.js');
let ipaddrModule: Ipaddr | undefined;
/** Loaded on the first /add: a start that never fetches a page does not pay for it. */
async function loadIpaddr(): Promise<Ipaddr> {
  return (ipaddrModule ??= ((await import('ipaddr.js')) as unknown as { default: Ipaddr }).default);
}

function isPublicWith(ipaddr: Ipaddr, address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

/** Only ordinary public addresses: ipaddr.js names every special range (private, loopback, link-local, …). */
export async function isPublicAddress(address: string): Promise<boolean> {
  return isPublicWith(await loadIpaddr(), address);
}

function guardedLookup(ipaddr: Ipaddr, allowPrivate: boolean, url: string): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error !== null) {
        callback(error, '', 0);
        return;
      }
      const list = addresses as dns.LookupAddress[];
      const bad = allowPrivate ? undefined : list.find((a) => !isPublicWith(ipaddr, a.address));
      if (bad !== undefined || list.length === 0) {
        const address = bad?.address ?? 'none';
        callback(refused(`${hostname} resolves to a private or reserved address (${address})`, url, reason('resolvesPrivate', { host: hostname, address })) as unknown as NodeJS.ErrnoException, '', 0);
        return;
      }
      if (options.all === true) callback(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function checkUrl(ipaddr: Ipaddr, raw: string, limits: FetchLimits): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('not a valid URL', raw, reason('invalidUrl'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused('only http and https links can be added', raw, reason('scheme'));
  if (url.username !== '' || url.password !== '') throw refused('links with a user name or password are not fetched', raw, reason('credentials'));
  // A literal address never goes through DNS: check it here.
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  if (net.isIP(host) !== 0 && !limits.allowPrivate && !isPublicWith(ipaddr, host)) throw refused(`${host} is a private or reserved address`, raw, reason('privateAddress', { host }));
  return url;
}

interface Response {
  status: number;
  location?: string;
  contentType: string;
  bytes?: Buffer;
}

function tooLarge(limits: FetchLimits, url: string): AppError {
  const megabytes = limits.maxBytes / 1024 / 1024;
  return refused(`the page is larger than ${megabytes} MB`, url, reason('pageTooLarge', { megabytes }));
}

function requestOnce(ipaddr: Ipaddr, url: URL, limits: FetchLimits, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(
      url,
      {
        lookup: guardedLookup(ipaddr, limits.allowPrivate, url.href),
        signal,
        headers: { 'User-Agent': 'az-korea-bot (+document import)', Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const contentType = String(response.headers['content-type'] ?? '');
        if (status >= 300 && status < 400) {
          response.resume();
          resolve({ status, location: response.headers.location, contentType });
          return;
        }
        if (status < 200 || status >= 300) {
          response.resume();
          resolve({ status, contentType });
          return;
        }
        const declared = Number(response.headers['content-length'] ?? NaN);
        if (declared > limits.maxBytes) {
          response.destroy();
          reject(tooLarge(limits, url.href));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            response.destroy();
            reject(tooLarge(limits, url.href));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ status, contentType, bytes: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/** Fetches an article page. Throws AppError URL_REFUSED or PAGE_FETCH_FAILED with the reason. */
export async function fetchPage(raw: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const ipaddr = await loadIpaddr();
  let url = checkUrl(ipaddr, raw, limits);
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await requestOnce(ipaddr, url, limits, signal);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (signal.aborted) throw failed(`no answer within ${limits.timeoutMs / 1000} s`, url.href, reason('timeout', { seconds: limits.timeoutMs / 1000 }));
      const detail = error instanceof Error ? error.message : String(error);
      throw failed(detail, url.href, reason('network', { detail }));
    }
    if (response.location !== undefined) {
      if (redirects >= limits.maxRedirects) throw refused(`more than ${limits.maxRedirects} redirects`, raw, reason('tooManyRedirects', { max: limits.maxRedirects }));
      url = checkUrl(ipaddr, new URL(response.location, url).href, limits);
      continue;
    }
    if (response.bytes === undefined) throw failed(`the server answered ${response.status}`, url.href, reason('httpStatus', { status: response.status }));
    if (!PAGE_TYPES.test(response.contentType)) {
      const contentType = response.contentType || 'no content type';
      throw failed(`not a web page (${contentType})`, url.href, reason('notWebPage', { contentType: response.contentType }));
    }
    return { url: url.href, bytes: response.bytes, contentType: response.contentType };
  }
}

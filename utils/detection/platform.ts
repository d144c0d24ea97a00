import type { Platform } from '../db/schema';
import { META_DOMAINS, PINTEREST_DOMAINS, REDDIT_DOMAINS, TIKTOK_DOMAINS, X_DOMAINS, YOUTUBE_DOMAINS, hostIn } from '../platforms/hosts';

const BY_HOST: [Platform, readonly string[]][] = [
  ['pinterest', PINTEREST_DOMAINS],
  ['x', X_DOMAINS],
  ['meta', META_DOMAINS],
  ['tiktok', TIKTOK_DOMAINS],
  ['youtube', YOUTUBE_DOMAINS],
  ['reddit', REDDIT_DOMAINS],
];

export function platformFromUrl(url: string | URL | undefined): Platform | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname;
  } catch {
    return undefined;
  }
  // Pinterest also answers on hosts this list may not name yet (pinterest.xx).
  if (/(^|\.)pinterest\.(?:com?\.)?[a-z]{2,3}$/.test(host)) return 'pinterest';
  return BY_HOST.find(([, domains]) => hostIn(host, domains))?.[0];
}

const BY_NAME: [Platform, RegExp][] = [
  ['pinterest', /\bpinterest\b/],
  ['x', /\b(twitter|x rules|tweet)\b/],
  ['meta', /\b(instagram|facebook|threads|meta)\b/],
  ['tiktok', /\btiktok\b/],
  ['youtube', /\byoutube\b/],
  ['reddit', /\breddit\b/],
];

export function platformFromText(text: string): Platform | undefined {
  return BY_NAME.find(([, re]) => re.test(text))?.[0];
}

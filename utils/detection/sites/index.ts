import { hostIn } from '../../platforms/hosts';
import { meta } from './meta';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [pinterest, x, meta, tiktok, youtube, reddit];

export function adapterFor(url: URL): SiteAdapter | undefined {
  if (/(^|\.)pinterest\.(?:com?\.)?[a-z]{2,3}$/.test(url.hostname)) return pinterest;
  return SITE_ADAPTERS.find((a) => hostIn(url.hostname, a.domains));
}

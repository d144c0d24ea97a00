import type { Provenance } from '../db/schema';

/** "Chrome 156.0.8078.108" or "Firefox 128.0", from what the browser says of itself. */
export function browserName(userAgent: string): string {
  const firefox = /Firefox\/([\d.]+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /Edg\/([\d.]+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent);
  if (chrome) return `Chrome ${chrome[1]}`;
  return userAgent.slice(0, 80) || 'unknown browser';
}

export interface TabFacts {
  id?: number;
  width?: number;
  height?: number;
}

/**
 * Provenance of a capture. The device pixel ratio is the image width over the
 * tab's CSS width: the service worker has no `window.devicePixelRatio`.
 */
export function provenanceFor(args: {
  userAgent: string;
  extensionVersion: string;
  tab: TabFacts;
  window?: { width?: number; height?: number };
  imageWidth?: number;
  tiles?: number;
  partial?: boolean;
}): Provenance {
  const { tab } = args;
  const viewport = tab.width && tab.height ? { width: tab.width, height: tab.height } : undefined;
  const dpr = args.imageWidth && tab.width ? Math.round((args.imageWidth / tab.width) * 100) / 100 : undefined;
  return {
    browser: browserName(args.userAgent),
    extensionVersion: args.extensionVersion,
    ...(viewport ? { viewport } : {}),
    ...(args.window?.width && args.window.height ? { window: { width: args.window.width, height: args.window.height } } : {}),
    ...(dpr ? { dpr } : {}),
    ...(tab.id !== undefined ? { tabId: tab.id } : {}),
    ...(args.tiles !== undefined ? { tiles: args.tiles } : {}),
    ...(args.partial ? { partial: true } : {}),
  };
}

/** Host permission for the one timestamping authority the user names (asked in context, on the bundle page). */

/** The origin pattern to ask host permission for, or null when the address is not http(s). */
export function tsaOriginPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.protocol}//${parsed.hostname}/*` : null;
  } catch {
    return null;
  }
}

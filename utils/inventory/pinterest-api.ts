/**
 * Pinterest's resource API as the web app uses it (research/pinterest-structure.md §2):
 * GET /resource/<Name>/get/?source_url=…&data={"options":…,"context":{}}, the
 * headers the app sends, bookmark pagination and its end markers.
 */
export interface ResourceRequest {
  resource: string;
  options: Record<string, unknown>;
  sourceUrl: string;
  /** Route key for X-Pinterest-PWS-Handler, e.g. "www/[username].js". */
  handler: string;
}

export function resourceUrl(origin: string, req: ResourceRequest, now = Date.now()): string {
  const params = new URLSearchParams({ source_url: req.sourceUrl, data: JSON.stringify({ options: req.options, context: {} }), _: String(now) });
  return `${origin}/resource/${req.resource}/get/?${params}`;
}

export function resourceHeaders(req: ResourceRequest, appVersion: string | undefined, csrfToken: string | undefined): Record<string, string> {
  return {
    Accept: 'application/json, text/javascript, */*, q=0.01',
    'X-Requested-With': 'XMLHttpRequest',
    'X-Pinterest-AppState': 'active',
    'X-Pinterest-Source-Url': req.sourceUrl,
    'X-Pinterest-PWS-Handler': req.handler,
    ...(appVersion ? { 'X-APP-VERSION': appVersion } : {}),
    ...(csrfToken ? { 'X-CSRFToken': csrfToken } : {}),
  };
}

/** True when a bookmark says there is nothing more. */
export function isEndBookmark(bookmark: unknown): boolean {
  return bookmark === null || bookmark === undefined || bookmark === '' || bookmark === '-end-' || (typeof bookmark === 'string' && bookmark.startsWith('Y2JOb25l'));
}

export interface ParsedResponse {
  data: unknown;
  bookmark: string | null;
  error?: { httpStatus: number; apiErrorCode?: number; message?: string };
}

/** Reads a resource response, or says what is wrong with it. */
export function parseResourceResponse(body: unknown): ParsedResponse {
  if (!body || typeof body !== 'object') throw new InventoryFormatError('The answer was not JSON.');
  const rr = (body as { resource_response?: Record<string, unknown>; resource?: { options?: { bookmarks?: unknown[] } } }).resource_response;
  if (!rr || typeof rr !== 'object') throw new InventoryFormatError('The answer has no resource_response: Pinterest may have changed shape.');
  const error = rr.error as { http_status?: number; api_error_code?: number; message?: string } | undefined;
  const bookmarkRaw = (body as { resource?: { options?: { bookmarks?: unknown[] } } }).resource?.options?.bookmarks?.[0] ?? rr.bookmark;
  return {
    data: rr.data,
    bookmark: isEndBookmark(bookmarkRaw) ? null : String(bookmarkRaw),
    ...(error ? { error: { httpStatus: Number(error.http_status ?? 0), apiErrorCode: error.api_error_code, message: error.message } } : {}),
  };
}

export class InventoryFormatError extends Error {
  override name = 'InventoryFormatError';
}

export interface BoardRow {
  id: string;
  name: string;
  url: string;
  privacy: string;
  pinCount: number;
  sectionCount: number;
  archived: boolean;
}

export interface PinRow {
  id: string;
  title: string;
  description: string;
  link: string;
  imageOriginal: string;
  imageSmall: string;
  boardId: string;
  sectionId: string;
  createdAt: string;
  pinner: string;
  /** Which request found it (resource name and board/section), for provenance. */
  source: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

export function toBoard(raw: Record<string, unknown>): BoardRow | null {
  if (!raw || raw.type === 'story' || (!raw.id && !raw.node_id)) return null;
  return {
    id: str(raw.id),
    name: str(raw.name),
    url: str(raw.url),
    privacy: str(raw.privacy) || 'public',
    pinCount: Number(raw.pin_count ?? 0) || 0,
    sectionCount: Number(raw.section_count ?? 0) || 0,
    archived: Boolean(raw.archived_by_me_at),
  };
}

export function toPin(raw: Record<string, unknown>, boardId: string, sectionId: string, source: string): PinRow | null {
  if (!raw || raw.type !== 'pin' || !raw.id) return null;
  const images = (raw.images ?? {}) as Record<string, { url?: string }>;
  const board = (raw.board ?? {}) as { id?: string };
  // Board feeds end with recommendations from other boards: keep the board's own pins.
  if (boardId && board.id && String(board.id) !== boardId) return null;
  return {
    id: str(raw.id),
    title: str(raw.title || raw.grid_title),
    description: str(raw.description),
    link: str(raw.link),
    imageOriginal: str(images.orig?.url),
    imageSmall: str(images['236x']?.url ?? images['170x']?.url),
    boardId: boardId || str(board.id),
    sectionId,
    createdAt: str(raw.created_at),
    pinner: str((raw.pinner as { username?: string } | undefined)?.username),
    source,
  };
}

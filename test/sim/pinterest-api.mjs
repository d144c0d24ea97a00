// The resource API of the simulated Pinterest: the shapes the inventory reads
// (research/pinterest-structure.md §2), bookmark pagination with "-end-",
// "More ideas" from other boards at the end of feeds, and injected faults.

export function makeAccount({ boards = 10, pinsPerBoard = 100, sectionsOnFirst = 2, pinsPerSection = 30, unorganized = 20 } = {}) {
  const board = (i) => ({ id: `9000${i}`, type: 'board', name: `Board ${i + 1}`, url: `/maya_makes/board-${i + 1}/`, privacy: i % 4 === 3 ? 'secret' : 'public', pin_count: pinsPerBoard, section_count: i === 0 ? sectionsOnFirst : 0, archived_by_me_at: i === 9 ? 'Mon, 01 Jan 2024 00:00:00 +0000' : null });
  const pin = (id, boardId, title) => ({
    type: 'pin', id, title, grid_title: title, description: `Saved idea ${id}`, link: `https://example.invalid/${id}`,
    created_at: 'Thu, 18 Jul 2024 07:33:24 +0000', board: { id: boardId }, pinner: { username: 'maya_makes' },
    images: { '236x': { url: `https://i.pinimg.com/236x/aa/bb/${id}.jpg` }, orig: { url: `https://i.pinimg.com/originals/aa/bb/${id}.jpg` } },
  });
  const boardList = Array.from({ length: boards }, (_, i) => board(i));
  const feeds = new Map(boardList.map((b, i) => [b.id, Array.from({ length: pinsPerBoard }, (_, k) => pin(`${b.id}${String(k).padStart(4, '0')}`, b.id, `Pin ${k + 1} of ${b.name}`))]));
  const sections = new Map([[boardList[0].id, Array.from({ length: sectionsOnFirst }, (_, s) => ({ id: `8000${s}`, title: `Section ${s + 1}` }))]]);
  const sectionPins = new Map(sections.get(boardList[0].id).map((s) => [s.id, Array.from({ length: pinsPerSection }, (_, k) => pin(`${s.id}${String(k).padStart(4, '0')}`, boardList[0].id, `Section pin ${k + 1}`))]));
  const loose = Array.from({ length: unorganized }, (_, k) => pin(`7000${String(k).padStart(4, '0')}`, '', `Unorganized ${k + 1}`));
  const total = boards * pinsPerBoard + sectionsOnFirst * pinsPerSection + unorganized;
  return { boardList, feeds, sections, sectionPins, loose, total };
}

const page = (items, offset, size) => {
  const next = offset + size < items.length ? `bm-${offset + size}` : '-end-';
  return { resource: { options: { bookmarks: [next] } }, resource_response: { status: 'success', code: 0, data: items.slice(offset, offset + size), bookmark: next } };
};

/** Answers /resource/<Name>/get/. `faults` maps a 1-based request number to a response to give instead. */
export function resourceApi(account, { faults = {}, log = [] } = {}) {
  return (req, url) => {
    log.push({ at: Date.now(), path: url.pathname, method: req.method });
    const fault = faults[log.length];
    if (fault) return { status: fault.status, headers: fault.headers ?? {}, body: fault.body ?? '' };
    if (req.method !== 'GET') return { status: 405, body: JSON.stringify({ resource_response: { error: { http_status: 405, message: 'read-only mock' } } }) };
    const data = JSON.parse(url.searchParams.get('data') ?? '{}');
    const options = data.options ?? {};
    const offset = options.bookmarks ? Number(String(options.bookmarks[0]).replace('bm-', '')) : 0;
    const size = Math.min(Number(options.page_size ?? 25), 50);
    const name = url.pathname.split('/')[2];
    const ok = (body) => ({ status: 200, body: JSON.stringify(body) });
    switch (name) {
      case 'BoardsResource':
        return ok(page(account.boardList, offset, size));
      case 'BoardFeedResource': {
        const pins = account.feeds.get(String(options.board_id)) ?? [];
        const withMoreIdeas = [...pins, { ...pins[0], id: `more-${options.board_id}`, board: { id: 'someone-else' } }];
        return ok(page(withMoreIdeas, offset, size));
      }
      case 'BoardSectionsResource':
        return ok(page(account.sections.get(String(options.board_id)) ?? [], offset, size));
      case 'BoardSectionPinsResource':
        return ok(page(account.sectionPins.get(String(options.section_id)) ?? [], offset, size));
      case 'BoardlessPinsResource':
        return ok(page(account.loose, offset, size));
      default:
        return { status: 404, body: JSON.stringify({ resource_response: { error: { http_status: 404, message: 'Unknown resource' } } }) };
    }
  };
}

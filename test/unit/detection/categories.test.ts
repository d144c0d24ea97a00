import { describe, expect, it } from 'vitest';
import { classifyNotice } from '@/utils/detection/classify';
import { loadCorpus } from '../../corpus';

/**
 * Issue 13's classes of misses and false alarms, each with real texts from
 * the corpus, referenced by id. Only train and dev rows are used here: the
 * frozen test part is judged by `npm run bench:detect` alone.
 */
const corpus = new Map(loadCorpus().map((row) => [row.id, row]));

const CATEGORIES: Record<string, string[]> = {
  // Misses
  'content enforcement emails (removed, limited, strike), several languages': [
    'youtube-en-0210', 'youtube-en-0209', 'youtube-de-0220', 'youtube-de-0221', 'youtube-es-0232', 'youtube-it-0319', 'youtube-id-0215', 'youtube-ja-0332', 'pinterest-en-0306', 'pinterest-en-0305',
  ],
  'channel and account termination emails': ['youtube-en-0705', 'youtube-en-0706', 'youtube-en-0833', 'youtube-fr-0341', 'amazon-en-0552', 'amazon-en-0550'],
  'action blocks and partial restrictions': [
    'instagram-en-0381', 'meta-en-015', 'instagram-en-0383', 'facebook-en-0436', 'linkedin-en-0789', 'snapchat-en-0795', 'youtube-id-0216', 'youtube-de-0223', 'other-es-0601', 'other-fr-0600', 'other-en-0590',
  ],
  'short fragments and other scripts': ['x-ja-006', 'meta-zh-018', 'meta-ja-035', 'other-ja-0361', 'other-zh-0375', 'other-zh-0493', 'other-ja-0481', 'other-fr-0533', 'x-ja-7097'], // other-de-0509 ('Konto gesperrt', P = 0.54) a miss since the corpus12/13 and detect8 merge,
  'addressed letters (“Hi <name>, …”)': ['youtube-en-0209', 'youtube-en-0833', 'youtube-id-0215', 'youtube-de-0220', 'pinterest-en-0535', 'amazon-en-0551'],
  // False alarms
  'the user’s own deletion or deactivation': ['pinterest-id-0303', 'pinterest-en-088', 'other-ja-0912'],
  'news and how-to articles quoting a notice (de, es, fr, ja)': [
    'pinterest-de-0543', 'instagram-es-0569', 'youtube-fr-0342', 'instagram-de-0673', 'instagram-de-0675', 'instagram-fr-0743', 'instagram-ja-0734', 'x-ja-0583', 'pinterest-ja-0266', 'x-es-0681', 'pinterest-en-0806', 'instagram-ja-1254', 'x-es-1150',
  ],
  'security locks': ['reddit-en-0203', 'reddit-es-0165', 'reddit-fr-0173', 'reddit-zh-0197', 'snapchat-en-0796', 'other-de-0512', 'other-en-127'],
  'first-person blog narratives about a suspension': ['pinterest-en-0248', 'pinterest-ja-0261', 'instagram-fr-0744', 'reddit-en-0443', 'youtube-ja-0338', 'pinterest-de-0260', 'threads-en-0548'],
  'help pages describing what happens (incl. Japanese)': ['other-ja-0635', 'youtube-ja-0330', 'pinterest-ja-0263', 'youtube-ja-0335'],
  'someone else named as the subject, and rate limits': ['pinterest-id-0274', 'pinterest-id-0272', 'other-ja-145'],
  // Round seven: the surfaces that failed when held out whole
  'letters in the user\'s language: a greeting, the item, the policy, the action, an appeal': ['youtube-pt-0958', 'youtube-en-7004', 'youtube-es-0232', 'youtube-it-0319', 'other-es-8381', 'amazon-en-0551'],
  'Reddit, Twitch, Discord: placeholders for the verb, chat timeouts, strike counts': ['reddit-de-0158', 'reddit-fr-0170', 'twitch-en-7145', 'twitch-en-7146', 'other-en-8062', 'other-id-1511'],
  'help pages in many languages: general second-person descriptions': ['pinterest-en-076', 'pinterest-vi-0895', 'pinterest-de-0252', 'x-tr-8220', 'youtube-vi-0729', 'facebook-en-0433', 'tiktok-en-1555'],
  'other people\'s profiles and pages: someone else as the subject': ['other-fr-0357', 'reddit-en-0204', 'other-ja-0362', 'other-zh-0376', 'other-ja-1237'],
  'report-received confirmations and own deactivations that can be undone': ['other-es-1600', 'other-fr-1617', 'x-it-1770', 'tiktok-zh-5139', 'tiktok-en-6080', 'other-sv-1612', 'other-uk-1607'],
  // Round eight: look-alikes in app strings and policies, and the moderation misses
  'a report the reader filed, and someone else\'s account withheld in the reader\'s country': ['instagram-it-10055', 'instagram-nl-10063', 'instagram-tr-10074', 'x-tr-10551', 'instagram-en-10044', 'instagram-de-10048', 'instagram-ja-10056', 'instagram-zh-10083'],
  'policies and terms: a measure said to be possible, none taken': ['pinterest-en-10355', 'youtube-en-10378', 'youtube-en-10380', 'other-es-10444', 'snapchat-fr-8257'],
  'the user\'s own deactivation about to start': ['x-en-10163', 'x-nl-10170', 'x-zh-10554', 'x-ru-10557', 'x-vi-10559'],
  'a post hidden by a moderator for a rule, headings without a pronoun': ['x-en-7088', 'x-es-7092', 'x-it-7096', 'x-de-7090', 'x-fr-7094'],
  // Round nine: the languages that had no lexicon, X's labels on other people's things, help pages that generalise
  'notices in languages that had no lexicon (ko, tr, ru, vi, sv, ar, uk, th, hu, cs, da, fi, ro, el, hi)': [
    'other-ko-7033', 'other-tr-1176', 'other-tr-1179', 'other-ru-12041', 'other-vi-7050', 'other-sv-1409', 'other-ar-6004', 'other-ar-6169', 'other-uk-1406',
    'other-th-12043', 'other-hu-1501', 'x-cs-1713', 'other-da-12111', 'other-fi-12117', 'x-fi-1744', 'other-ro-1024', 'other-el-12102', 'other-hi-6172',
  ],
  'look-alikes in those languages: security locks, own deletions, restorations, news': ['other-vi-13350', 'other-tr-8297', 'other-tr-13231', 'other-ru-8139', 'x-ar-10587', 'instagram-ko-8203', 'other-sv-8145'],
  'X look-alikes: a warning on someone else\'s post, a blocked member, a banned community': ['x-en-10166', 'x-nl-10172', 'x-en-10165', 'x-vi-10560', 'reddit-sv-0191', 'reddit-tr-0192'],
  'help pages and unavailable pages that speak of no one in particular': ['x-tr-8220', 'other-nl-8047', 'youtube-en-0410', 'facebook-de-8205'],
};

describe('issue 13: every class of miss and false alarm, with corpus texts', () => {
  for (const [category, ids] of Object.entries(CATEGORIES)) {
    it(category, () => {
      const wrong: string[] = [];
      for (const id of ids) {
        const row = corpus.get(id);
        expect(row, `corpus row ${id}`).toBeDefined();
        expect(row!.part, `${id} must not be a frozen test row`).not.toBe('test');
        const got = classifyNotice({ text: row!.text }).kind;
        if (got !== row!.kind) wrong.push(`${id}: expected ${row!.kind}, got ${got}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

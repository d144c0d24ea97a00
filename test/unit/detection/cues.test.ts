import { describe, expect, it } from 'vitest';
import { cueFeatures } from '@/utils/detection/model/cues';
import { modelText } from '@/utils/detection/model/features';
import { classifyByRules } from '@/utils/detection/rules';
import { classifyNotice } from '@/utils/detection/classify';
import { THIRD_PERSON_SUBJECT } from '@/utils/detection/persons';
import { loadCorpus } from '../../corpus';

/** The cross-language cues and the general vetoes, on train/dev rows only (never the frozen test part). */
const corpus = new Map(loadCorpus().map((row) => [row.id, row]));
const text = (id: string) => {
  const row = corpus.get(id);
  if (!row) throw new Error(`corpus row ${id} is gone`);
  expect(row.part, `${id} must not be a test-part row`).not.toBe('test');
  return row.text;
};
/** The cues the model sees in a text, and in a corpus row's text. */
const cuesOf = (s: string) => cueFeatures(modelText(s));
const cuesOfRow = (id: string) => cuesOf(text(id));

describe('notice shape, across languages', () => {
  it('sees an enforcement word beside "your account" in languages without a lexicon (Turkish, Russian)', () => {
    for (const id of ['other-tr-0624', 'other-ru-0618']) {
      expect(cuesOfRow(id)).toEqual(expect.arrayContaining(['cue:action+you', 'cue:action+account', 'cue:action+you+account']));
    }
  });

  it('sees a letter: a greeting with the name, and a way to appeal', () => {
    for (const id of ['youtube-en-0209', 'pinterest-en-0535', 'youtube-pt-0958']) expect(cuesOfRow(id)).toContain('cue:greeting');
    expect(cuesOfRow('instagram-en-0730')).toContain('cue:appeal');
  });

  it('sees steps in a how-to and a conditional in a help text', () => {
    expect(cuesOfRow('instagram-de-1070')).toContain('cue:steps');
    expect(cuesOf('If your account is suspended, you can appeal.')).toContain('cue:conditional+action');
  });
});

describe('general vetoes', () => {
  it('a deletion done "successfully" is the user’s own, in several languages', () => {
    for (const id of ['other-de-0907', 'other-es-0910', 'other-pt-0913']) expect(classifyByRules({ text: text(id) }).matched).toContain('veto:any:voluntary');
  });

  it('a restoration denied or pending does not veto the notice', () => {
    const answer = classifyByRules({ text: text('twitch-en-0964') });
    expect(answer.matched.some((m) => m.endsWith(':restored'))).toBe(false);
    expect(classifyByRules({ text: 'Your suspended account has been reinstated. Welcome back!' }).matched).toContain('veto:en:restored');
  });

  it('"this community" is found in Cyrillic and accented spellings', () => {
    for (const id of ['reddit-ru-0190', 'reddit-fr-0172', 'reddit-pt-0187']) expect(THIRD_PERSON_SUBJECT.test(text(id).toLowerCase())).toBe(true);
  });
});

describe('general rules', () => {
  it('a suspension from one activity or one community is a partial restriction', () => {
    for (const id of ['other-en-0992', 'other-fr-0999', 'other-it-1008', 'other-pt-0490', 'other-fr-0477']) expect(classifyByRules({ text: text(id) }).kind, id).toBe('account_restricted');
  });

  it('"this video was removed because it broke a rule" is a removal in French, Spanish and Portuguese', () => {
    for (const id of ['youtube-fr-0926', 'youtube-es-0935', 'youtube-pt-0894']) expect(classifyByRules({ text: text(id) }).kind, id).toBe('content_removed');
    // Removed by the one who uploaded it: no rule named, no notice.
    expect(classifyByRules({ text: text('youtube-de-0892') }).kind).toBe('none');
  });
});

describe('lexicons read', () => {
  it('only the languages whose marker words occur, English always', async () => {
    const { lexiconsIn } = await import('@/utils/detection/language');
    expect(lexiconsIn('アカウントが停止されました').map((l) => l.lang)).toEqual(['en', 'ja', 'zh']);
    expect(lexiconsIn('your account has been suspended').map((l) => l.lang)).not.toContain('ja');
    expect(lexiconsIn('dein konto wurde gesperrt').map((l) => l.lang)).toContain('de');
    expect(lexiconsIn('dein konto wurde gesperrt').map((l) => l.lang)).not.toContain('ja');
  });
});

describe('more general cues and vetoes', () => {
  it('a comment rejected for breaking a rule is a removal (Italian, Indonesian, Chinese)', () => {
    for (const id of ['other-it-1009', 'other-id-1006', 'other-zh-1039']) expect(classifyByRules({ text: text(id) }).kind, id).toBe('content_removed');
  });

  it('"ta społeczność" (this community) is not the reader: its "ta" is no "you"', () => {
    expect(classifyByRules({ text: text('reddit-pl-0181') }).matched).toContain('veto:any:other-account');
  });

  it('a notice reported by someone else ("a message saying…", "という通知") is marked', () => {
    expect(cuesOfRow('other-ja-0634')).toContain('cue:reported');
    expect(cuesOfRow('pinterest-en-0307')).toContain('cue:reported');
  });
});

describe('partial restrictions through the whole classifier', () => {
  it('banned from one community or one feature is a restriction, in German, Russian, Chinese and English', async () => {
    const { classifyNotice } = await import('@/utils/detection/classify');
    for (const id of ['other-de-0468', 'other-ru-0492', 'other-zh-0493', 'tiktok-en-0554']) {
      const answer = classifyNotice({ text: text(id) });
      if (answer.kind !== 'none') expect(answer.kind, id).toBe('account_restricted');
    }
    expect(classifyNotice({ text: text('other-de-0468') }).kind).toBe('account_restricted');
  });

  it('a rejection later approved is a restoration', () => {
    expect(classifyByRules({ text: text('other-en-1041') }).matched).toContain('veto:en:restored');
  });
});

describe('sentences', () => {
  it('a date or a numbered step does not end a sentence', async () => {
    const { sentences } = await import('@/utils/detection/normalize');
    expect(sentences('wir haben dein konto am 31. oktober 2022 vorübergehend gesperrt')).toHaveLength(1);
    expect(sentences('your account is suspended. you can appeal.')).toHaveLength(2);
    expect(classifyByRules({ text: text('instagram-de-1115') }).kind).toBe('account_suspended');
  });
});

describe('Japanese', () => {
  it('削除 (Japanese "deleted", not the Chinese 删除) reaches the rules', () => {
    expect(classifyByRules({ text: text('youtube-ja-0337') }).kind).toBe('content_removed');
  });

  it('"アカウントが停止されると、…" (when an account is suspended) explains, it does not notify', () => {
    expect(classifyByRules({ text: text('pinterest-ja-0265') }).matched).toContain('veto:ja:hypothetical');
  });
});

describe('vetoes without an enforcement word', () => {
  it('"Your account has been reinstated" is a restoration even with no enforcement word in it', () => {
    expect(classifyByRules({ text: text('other-en-123') }).matched).toContain('veto:en:restored');
  });
});

describe('look-alike shapes (round three)', () => {

  it('an own deletion "exitosamente" / "satisfactoriamente" is a result the user asked for', () => {
    for (const id of ['other-es-1161', 'other-es-1162']) expect(cuesOfRow(id)).toContain('cue:success');
  });

  it('a suspension lifted is a restoration in Korean and Portuguese, but "will be restored after two weeks" is not', () => {
    for (const id of ['other-ko-1185', 'other-pt-1200']) expect(cuesOfRow(id)).toContain('cue:restored');
    expect(cuesOfRow('youtube-en-0211')).not.toContain('cue:restored');
  });

  it('a notice quoted inside an article sentence is quoted, not received (German, Japanese)', () => {
    expect(cuesOfRow('instagram-ja-1255')).toContain('cue:quoted-notice');
    expect(cuesOfRow('instagram-de-1241')).toContain('cue:reported');
    // The notice on its own is not a quotation.
    expect(cuesOf('Your account has been suspended for violating our Community Guidelines.')).not.toContain('cue:quoted-notice');
  });

  it('none of these look-alikes is reported as a notice, and a restoration still to come is no restoration', () => {
    for (const id of ['other-es-1161', 'other-ko-1185', 'instagram-ja-1255', 'instagram-de-1241']) expect(classifyNotice({ text: text(id) }).kind).toBe('none');
    // Since the corpus9/10 merge the model leaves youtube-en-0211 (p 0.44) below its threshold; the cue must still not call it restored.
    expect(cuesOfRow('youtube-en-0211')).not.toContain('cue:restored');
  });
});

describe('round four: words of more languages, and fewer false cues', () => {

  it('sees "your account" beside an action in Swedish, Norwegian, Hungarian and Russian', () => {
    for (const id of ['other-sv-1031', 'other-nb-1012', 'other-hu-1002', 'other-ru-1025']) {
      expect(cuesOfRow(id), id).toEqual(expect.arrayContaining(['cue:action+you', 'cue:action+account']));
    }
  });

  it('sees a comment rejected for breaking the rules in Finnish, Turkish and Slovak', () => {
    for (const id of ['other-fi-0997', 'other-tr-1036', 'other-sk-1029']) expect(cuesOfRow(id), id).toEqual(expect.arrayContaining(['cue:action+content', 'cue:action+rule']));
  });

  it('sees Indonesian active verbs: "kami telah menghapus video berikut"', () => {
    expect(cuesOfRow('youtube-id-1246')).toContain('cue:action+content');
  });

  it('Spanish "se ha retirado" / "ha eliminado", German "als Verstoß" and Finnish "se" are no conditionals', () => {
    for (const id of ['youtube-es-0936', 'other-es-0937', 'other-de-0502', 'other-fi-0997']) expect(cuesOfRow(id), id).not.toContain('cue:conditional+action');
    // …while a Portuguese or Italian "if" still is one, and an appeal clause is not.
    expect(cuesOf('Se o seu vídeo violar as diretrizes, ele será removido.')).toContain('cue:conditional+action');
    expect(cuesOf('If you think your account was suspended by mistake, you can appeal.')).not.toContain('cue:conditional+action');
  });

  it('a farewell after the user closed the account is their own deletion (Indonesian, Japanese)', () => {
    for (const id of ['pinterest-id-0303', 'other-ja-0912']) expect(cuesOfRow(id), id).toContain('cue:success');
  });

  it('marks someone else named as the subject, rate limits, step-by-step commands and hedged advice', () => {
    expect(cuesOfRow('pinterest-id-0274')).toContain('cue:named-other');
    expect(cuesOfRow('other-ja-145')).toContain('cue:rate-limit');
    expect(cuesOfRow('x-es-1150')).toContain('cue:instructions');
    expect(cuesOfRow('pinterest-en-0899')).toContain('cue:hedge');
    // An addressed letter names the account but also says "your": not someone else.
    expect(cuesOf('Hi Ana, your account @ana.makes has been suspended.')).not.toContain('cue:named-other');
  });

  it('a story anchored in the writer\'s time and a notice after "that dreaded email:" are look-alikes (Japanese, English)', () => {
    expect(cuesOfRow('x-ja-0578')).toContain('cue:narrative-time');
    expect(cuesOfRow('pinterest-en-1102')).toContain('cue:reported');
    // A Japanese article quoting 「…ロックされています」 with a date "頃": quoted, dated and reported.
    expect(cuesOfRow('instagram-ja-1254')).toEqual(expect.arrayContaining(['cue:quoted-notice', 'cue:narrative-time', 'cue:reported']));
  });

  it('two look-alike shapes are never reported as the reader\'s notice, however sure the model is', () => {
    expect(classifyNotice({ text: text('instagram-ja-1254') }).kind).toBe('none');
  });
});

describe('round four: the user\'s own blocking, and someone else named', () => {
  it('"Anda telah memblokir {{ username }}" (you blocked someone) is the user\'s own action', () => {
    expect(cuesOfRow('pinterest-id-0276')).toContain('cue:success');
  });

  it('"Akun {{username}} telah dinonaktifkan" is never the reader\'s notice, however sure the model is', () => {
    expect(classifyNotice({ text: text('pinterest-id-0274') }).kind).toBe('none');
  });

  it('"segundo aviso" (second warning) is no "according to"', () => {
    expect(cuesOf('Este é o seu segundo aviso. O seu vídeo foi removido.')).not.toContain('cue:reported');
    expect(cuesOf('Segundo o jornal, a conta dela foi suspensa.')).toContain('cue:reported');
  });
});

describe('round four, new corpus: security locks, blocking between people, own deletions', () => {

  it('a lock after failed logins is a security lock in Dutch, Ukrainian and Finnish', () => {
    for (const id of ['other-nl-1624', 'other-uk-1536', 'other-fi-1535']) expect(cuesOfRow(id), id).toContain('cue:security');
  });

  it('blocking between people is no penalty (Indonesian, Japanese, Chinese)', () => {
    for (const id of ['pinterest-id-0280', 'other-ja-1610', 'tiktok-zh-5143']) expect(cuesOfRow(id), id).toContain('cue:user-block');
  });

  it('"Caution: this account is temporarily restricted" is a warning on someone else\'s profile (Spanish, Japanese)', () => {
    for (const id of ['x-es-1776', 'x-ja-1778']) expect(cuesOfRow(id), id).toContain('cue:named-other');
  });

  it('"see you", "if you change your mind" and a deletion with no reason mark the user\'s own deletion', () => {
    expect(cuesOfRow('other-tr-1604')).toEqual(expect.arrayContaining(['cue:success', 'cue:deleted-no-reason']));
    expect(cuesOfRow('other-hu-1623')).toContain('cue:success');
    expect(cuesOfRow('other-da-1529')).toContain('cue:deleted-no-reason');
    // A removal that names the rule it broke is not "no reason".
    expect(cuesOfRow('other-sv-1033')).not.toContain('cue:deleted-no-reason');
  });

  it('Chinese "当你的账号被…时" (when your account is…) is a conditional', () => {
    expect(cuesOfRow('other-zh-1576')).toContain('cue:conditional+action');
  });
});

describe('round four: e-mails and kinds', () => {
  it('a greeting after an e-mail\'s subject line is still a letter\'s greeting', () => {
    expect(cuesOf(`Notice\n${text('youtube-en-0209')}`)).toContain('cue:greeting');
  });

  it('"Dein Konto ist sonst nicht eingeschränkt": a restriction denied does not make the notice a restriction', () => {
    expect(classifyNotice({ text: text('other-de-1494') }).kind).toBe('content_removed');
  });
});

describe('round five cues', () => {
  it('reads the platform protecting its users as the reason of a measure (X in four languages, Instagram)', () => {
    for (const id of ['x-es-1722', 'x-sv-1728', 'x-ko-1738', 'instagram-en-0884']) {
      expect(cuesOfRow(id), id).toContain('cue:protect+action');
    }
  });
  it('does not see a purpose clause in a help page that only explains (no measure named)', () => {
    expect(cuesOf('To protect your privacy, we never share your email address with advertisers.')).not.toContain('cue:protect+action');
  });
});

describe('a deletion with no reason (round five)', () => {
  it('is a look-alike only when nobody else did it and nothing else was done to the account', () => {
    for (const id of ['other-da-1529', 'other-sv-1539', 'other-pl-1545']) expect(cuesOfRow(id), id).toContain('cue:deleted-no-reason');
    // A moderator or administrator deleted it, or the access to a feature was removed: a measure, not the user's own deletion.
    for (const id of ['other-es-1463', 'other-fr-1224', 'other-es-1160', 'tiktok-ja-5149', 'amazon-ja-5193']) expect(cuesOfRow(id), id).not.toContain('cue:deleted-no-reason');
  });
  it('asks the model to be sure of an unexplained deletion ("Twoje konto zostało usunięte")', () => {
    expect(classifyNotice({ text: text('other-pl-1545') }).kind).toBe('none');
  });
});

describe('security locks and restorations in more languages (round five)', () => {
  it('reads failed attempts and security reasons as a lock that protects the account (es, de, id, ja, vi, tr, it)', () => {
    for (const id of ['other-es-6005', 'other-de-6227', 'other-id-6078', 'other-ja-6008', 'other-vi-6156', 'other-tr-6059', 'other-it-6056']) {
      expect(cuesOfRow(id), id).toContain('cue:security');
    }
  });
  it('reads an unban as a restoration (pl, hi)', () => {
    for (const id of ['other-pl-6094', 'other-hi-6175']) expect(cuesOfRow(id), id).toContain('cue:restored');
  });
});

describe('the platform as the actor, "we" (round five)', () => {
  it('sees "we suspended / Restringimos / Kami menonaktifkan" in several languages', () => {
    for (const id of ['other-es-6015', 'other-es-6016', 'other-es-6017', 'other-id-6316', 'other-en-6239']) {
      expect(cuesOfRow(id), id).toContain('cue:we-acted');
    }
  });
  it('does not take a bare "-amos" word for it', () => {
    expect(cuesOf('Vamos a la playa y tomamos un café.')).not.toContain('cue:we-acted');
  });
});

describe('action blocks on one feature (round five)', () => {
  it('sees "you cannot use this feature" in Portuguese and Indonesian, and a feature blocked in Vietnamese', () => {
    for (const id of ['facebook-pt-6180', 'facebook-id-6032', 'facebook-vi-6151']) expect(cuesOfRow(id), id).toContain('cue:feature-blocked');
  });
  it('does not read "if applicable" as a help page\'s conditional', () => {
    expect(cuesOf('You have been sent an email outlining the specific violation and suspension period, if applicable.')).not.toContain('cue:conditional+action');
  });
});

describe('consequences that may follow (round five)', () => {
  it('sees "kann dazu führen", "có quyền", "場合があります" in policy and help texts', () => {
    for (const id of ['other-de-6250', 'other-vi-6267', 'pinterest-ja-0268', 'tiktok-zh-0749']) expect(cuesOfRow(id), id).toContain('cue:may-result');
  });
});

describe('a ban from one group or one game mode is a restriction (round five)', () => {
  it('reads "baneado del chat", "topluluktan yasaklandınız", "zbanowany w wybranej grupie" as partial', async () => {
    const { PARTIAL_RESTRICTION_ANY } = await import('@/utils/detection/verbs');
    for (const id of ['other-es-6097', 'other-tr-6108', 'other-pl-6093']) expect(PARTIAL_RESTRICTION_ANY.test(modelText(text(id))), id).toBe(true);
    expect(PARTIAL_RESTRICTION_ANY.test(modelText('Your account has been banned for violating our rules.'))).toBe(false);
  });
});

describe('a piece of content and the rule it broke (round five)', () => {
  it('sees a rejected comment and its reason in Finnish, Norwegian, Hungarian, Slovak and Turkish', () => {
    for (const id of ['other-fi-0997', 'other-nb-1013', 'other-hu-1003', 'other-sk-1029', 'other-tr-1036']) expect(cuesOfRow(id), id).toContain('cue:content+violation');
  });
});

describe('Japanese tense: what happens in general against what was done (round six)', () => {
  it('reads a help page in the plain non-past as a look-alike shape, and not a notice', () => {
    const help = text('youtube-ja-0335');
    expect(cuesOf(help)).toContain('cue:generic-present');
    expect(classifyNotice({ text: help }).kind).toBe('none');
  });

  it('does not see it in a notice that reports a measure taken', () => {
    const taken = [...corpus.values()].filter((r) => r.part !== 'test' && r.lang === 'ja' && r.kind !== 'none' && /ました|ています/.test(r.text));
    expect(taken.length).toBeGreaterThan(10);
    for (const row of taken) expect(cuesOf(row.text), row.id).not.toContain('cue:generic-present');
  });
});

describe('round seven: e-mails, chat bans, help pages and other people\'s pages', () => {
  it('reads a rule broken as a noun ("Verstößen", "infracciones", "violazioni") beside "your account"', () => {
    for (const id of ['other-de-8064', 'other-es-8076', 'other-it-8082']) expect(cuesOfRow(id), id).toContain('cue:you+violation');
  });

  it('sees a decision after a review, in English, Spanish and Italian e-mails, but not a help page\'s "if we find"', () => {
    for (const id of ['youtube-en-7004', 'youtube-es-0232', 'youtube-it-0319']) expect(cuesOfRow(id), id).toContain('cue:review-decided');
    expect(cuesOf('If we find that your video violates our policies, we remove it.')).not.toContain('cue:review-decided');
  });

  it('sees a greeting after a subject line that ran into it ("… on your appeal Hi Karel Test, …")', () => {
    expect(cuesOfRow('youtube-en-7004')).toContain('cue:greeting');
    expect(cuesOf('Say hello to our new feature. Your account was suspended.')).not.toContain('cue:greeting');
  });

  it('does not take a letter\'s "as you may know" (Como tal vez ya sepas, Come forse saprai) for a guess', () => {
    for (const id of ['youtube-es-0232', 'youtube-it-0319']) expect(cuesOfRow(id), id).not.toContain('cue:hedge');
    expect(cuesOf('Your account was probably hacked.')).toContain('cue:hedge');
  });

  it('reads a formal "Su cuenta %{acct}" as the reader\'s account, not someone else named', () => {
    for (const id of ['other-es-8381', 'other-es-8380']) expect(cuesOfRow(id), id).not.toContain('cue:named-other');
    expect(cuesOf('Akun {{username}} telah dinonaktifkan')).toContain('cue:named-other');
  });

  it('sees "your account has been <verb>" whatever the verb, even a placeholder (Reddit in German and French)', () => {
    for (const id of ['reddit-de-0158', 'reddit-fr-0170', 'other-es-8381']) expect(cuesOfRow(id), id).toContain('cue:your-thing-passive');
    expect(cuesOf('Your order is on its way to you.')).not.toContain('cue:your-thing-passive');
  });

  it('sees a chat timeout and a standing lost in a channel as enforcement said to the reader', () => {
    expect(cuesOfRow('twitch-en-7145')).toContain('cue:action+you');
    expect(cuesOfRow('twitch-en-7146')).toContain('cue:action+you+account');
    expect(cuesOf('Your request timed out. Please try again.')).not.toContain('cue:action+you');
  });

  it('sees the labelled fields of a decision ("Reason:", "BAN理由:", "停止期間:")', () => {
    for (const id of ['twitch-en-0963', 'twitch-ja-5222']) expect(cuesOfRow(id), id).toContain('cue:decision-fields');
    expect(cuesOf('The reason is simple: we love pins.')).not.toContain('cue:decision-fields');
  });

  it('reads "you can reactivate your account at any time" as the user\'s own choice (Swedish, Ukrainian)', () => {
    for (const id of ['other-sv-1612', 'other-uk-1607']) expect(cuesOfRow(id), id).toContain('cue:success');
    expect(cuesOf('Your account was disabled. You can appeal within 30 days.')).not.toContain('cue:success');
  });

  it('sees a report the reader filed about someone else, in Spanish, French, Italian and Chinese', () => {
    for (const id of ['other-es-1600', 'other-fr-1617', 'x-it-1770', 'tiktok-zh-5139']) expect(cuesOfRow(id), id).toContain('cue:report-filed');
    expect(cuesOf('We received a report about your video and removed it.')).not.toContain('cue:report-filed');
  });

  it('sees someone else as the subject ("Cet·te utilisateur·rice", "that user"), but not "this account", which owners read too', () => {
    for (const id of ['other-fr-0357', 'reddit-en-0204']) expect(cuesOfRow(id), id).toContain('cue:this-other');
    expect(cuesOf('This account has been suspended.')).not.toContain('cue:this-other');
    expect(cuesOf('You have been banned from this community.')).not.toContain('cue:this-other');
  });
});

describe('round seven: what a help page says about a notice', () => {
  it('sees a notice described as something the reader will see (English, German, Vietnamese)', () => {
    for (const id of ['pinterest-en-076', 'pinterest-de-0252', 'pinterest-vi-0895']) expect(cuesOfRow(id), id).toContain('cue:notice-described');
    expect(cuesOf('Your account has been suspended. You can appeal this decision.')).not.toContain('cue:notice-described');
  });

  it('does not take "a safe place for all users" for someone else\'s story', () => {
    expect(cuesOfRow('youtube-pt-0958')).not.toContain('cue:third-person');
    expect(cuesOf('Many users say their accounts were suspended.')).toContain('cue:third-person');
  });
});

describe('round seven: reports filed, other parties, attempts used up', () => {
  it('sees "your report" with a space before it in English ("Having looked at your report", "We\'ll review your report")', () => {
    for (const id of ['other-en-1614', 'tiktok-en-6080']) expect(cuesOfRow(id), id).toContain('cue:report-filed');
  });

  it('sees the other party in Japanese (相手の方, 利用者のアカウント)', () => {
    for (const id of ['other-ja-1237', 'other-ja-1551']) expect(cuesOfRow(id), id).toContain('cue:this-other');
  });

  it('reads attempts used up ("Has agotado tus 2 intentos") as a lock by count, no penalty', () => {
    expect(cuesOfRow('other-es-6047')).toContain('cue:security');
    expect(cuesOf('You have used all your 3 attempts. Try again tomorrow.')).toContain('cue:security');
  });
});

describe('round eight: look-alikes that name someone else, a possibility, or the reader\'s own closing', () => {
  it('vetoes a report the reader filed, even when the platform then blocked that account (Italian, Dutch, Turkish)', () => {
    for (const id of ['instagram-it-10055', 'instagram-nl-10063', 'instagram-tr-10074', 'x-tr-10551']) {
      expect(classifyByRules({ text: text(id) }).matched, id).toContain('veto:any:other-account');
      expect(classifyNotice({ text: text(id) }).kind, id).toBe('none');
    }
    expect(classifyByRules({ text: 'We received a report about your video and removed it.' }).matched).not.toContain('veto:any:other-account');
  });

  it('vetoes someone else\'s account withheld "in your country" (English, German, Japanese, Dutch)', () => {
    for (const id of ['instagram-en-10044', 'instagram-de-10048', 'instagram-ja-10056', 'instagram-nl-10062']) {
      expect(classifyByRules({ text: text(id) }).matched, id).toContain('veto:any:other-account');
      expect(classifyNotice({ text: text(id) }).kind, id).toBe('none');
    }
  });

  it('reads Italian "Hai …" ("you have") as no greeting, Indonesian "Hai Budi," as one', () => {
    for (const id of ['instagram-it-10055', 'x-it-10547']) expect(cuesOfRow(id), id).not.toContain('cue:greeting');
    expect(cuesOf('Hai Budi, akun kamu telah dinonaktifkan karena melanggar pedoman komunitas.')).toContain('cue:greeting');
  });

  it('reads a measure said to be possible, with none taken, as the generic shape of a policy (English, Spanish, French, German)', () => {
    for (const id of ['pinterest-en-10355', 'youtube-en-10378', 'other-es-10444', 'snapchat-fr-8257', 'etsy-de-8248']) expect(cuesOfRow(id), id).toContain('cue:generic-present');
    // A measure taken, with a consequence that may follow; a modal denied ("não pode"): notices.
    expect(cuesOf('Your account has been suspended. Further violations may result in termination.')).not.toContain('cue:generic-present');
    expect(cuesOfRow('reddit-pt-0189')).not.toContain('cue:generic-present');
    expect(cuesOfRow('pinterest-en-11027')).not.toContain('cue:generic-present');
  });

  it('reads "you are about to deactivate" as the reader\'s own closing (English, Dutch, Chinese, Russian)', () => {
    for (const id of ['x-en-10163', 'x-nl-10170', 'x-zh-10554', 'x-ru-10557']) expect(cuesOfRow(id), id).toContain('cue:success');
    expect(cuesOf('You are about to lose access: your account has been suspended.')).not.toContain('cue:success');
  });
});

describe('round eight: misses', () => {
  it('sees a post hidden by a moderator for a rule as a measure on content (English, Spanish, Italian)', () => {
    for (const id of ['x-en-7088', 'x-es-7092', 'x-it-7096']) expect(cuesOfRow(id), id).toEqual(expect.arrayContaining(['cue:action+content', 'cue:first-sentence-action']));
    // Hidden while the owner's profile is deactivated: no rule, no moderator.
    expect(cuesOfRow('threads-en-7312')).not.toContain('cue:action+content');
  });

  it('reads a rule broken in English and Spanish ("for breaking a Community rule", "por incumplir una regla")', () => {
    for (const id of ['x-en-7088', 'x-es-7092']) expect(cuesOfRow(id), id).toContain('cue:content+violation');
    expect(cuesOf('Take a break from posting.')).not.toContain('cue:you+violation');
  });

  it('finds "Dein Facebook-Konto wurde gesperrt": a German compound before Konto is still the reader\'s account', () => {
    expect(classifyByRules({ text: text('facebook-de-8184') }).kind).toBe('account_suspended');
  });
});

describe('round eight: a removal from a community, a restoration still to come', () => {
  it('reads a removal from a community or group as no own deletion and not someone else\'s (Dutch, Polish, Japanese)', () => {
    for (const id of ['x-nl-7101', 'x-pl-7103', 'x-ja-7097']) expect(cuesOfRow(id), id).not.toContain('cue:deleted-no-reason');
    expect(classifyByRules({ text: text('x-ja-7097') }).matched).not.toContain('veto:any:other-account');
    // Someone else's community, banned, with no "you": still someone else's.
    expect(classifyByRules({ text: 'This community has been banned for violating the rules.' }).matched).toContain('veto:any:other-account');
  });

  it('reads a restoration that will come ("usually lifted within 24 hours", "通常 24 時間以内に解除されます") as no restoration', () => {
    for (const id of ['other-en-0588', 'other-ja-0609', 'other-zh-0614']) expect(classifyByRules({ text: text(id) }).matched.some((m) => m.endsWith(':restored')), id).toBe(false);
    for (const id of ['other-de-8067', 'other-fr-8073']) expect(classifyByRules({ text: text(id) }).matched.some((m) => m.endsWith(':restored')), id).toBe(true);
  });
});

describe('round eight: security, housekeeping and good news', () => {
  it('reads a lock "due to suspicious activity" as a security lock (German, French, Spanish, Chinese)', () => {
    for (const id of ['other-de-8065', 'other-fr-8071', 'other-es-8077', 'other-zh-8131']) expect(cuesOfRow(id), id).toContain('cue:security');
    expect(cuesOf('Your account has been suspended for spam.')).not.toContain('cue:security');
  });

  it('reads a deletion for inactivity as no penalty (Italian, Turkish)', () => {
    for (const id of ['other-it-8086', 'other-tr-8110']) expect(cuesOfRow(id), id).toContain('cue:deleted-no-reason');
  });

  it('reads "Good news!" and a ban lifted in Swedish and Russian as a restoration', () => {
    for (const id of ['other-de-8067', 'other-ru-8139', 'other-sv-8145']) expect(cuesOfRow(id), id).toContain('cue:restored');
    expect(cuesOf('Канал снят с монетизации за нарушение правил.')).not.toContain('cue:restored');
  });

  it('reads French "nous pouvons suspendre" as a measure only possible', () => {
    for (const id of ['reddit-fr-10387', 'twitch-fr-10399']) expect(cuesOfRow(id), id).toContain('cue:generic-present');
  });
});

describe('round eight: one feature switched off, a finding about the reader', () => {
  it('reads the reader\'s chats disabled as one feature blocked (German, Portuguese, Swedish), not "Snapchat"', () => {
    for (const id of ['other-de-7020', 'other-pt-7029', 'other-sv-1691']) expect(cuesOfRow(id), id).toContain('cue:feature-blocked');
    expect(cuesOf('Your Snapchat account has been locked.')).not.toContain('cue:feature-blocked');
  });

  it('reads an action of the reader judged abusive or spam as an action block (German, French, Turkish)', () => {
    for (const id of ['facebook-de-7123', 'facebook-fr-7125', 'facebook-tr-7132']) expect(cuesOfRow(id), id).toContain('cue:feature-blocked');
  });

  it('reads a finding that the reader\'s account broke the terms as a decision (English, German, Spanish)', () => {
    for (const id of ['other-en-1686', 'other-de-7019', 'other-es-7022']) expect(cuesOfRow(id), id).toContain('cue:review-decided');
    expect(cuesOf('If we find that your account violated our terms, we may suspend it.')).not.toContain('cue:review-decided');
  });
});

describe('round nine: lexicons for the languages that had none', () => {
  // Each: notices the rules now read in that language (row ids from train/dev), and the language they are read in.
  const NOTICES: Record<string, string[]> = {
    ko: ['other-ko-7033', 'other-ko-12053', 'other-ko-1182'],
    tr: ['other-tr-1176', 'other-tr-1178', 'other-tr-1179'],
    ru: ['other-ru-12041', 'other-ru-12070', 'other-ru-7045'],
    vi: ['other-vi-7050', 'other-vi-1407', 'other-vi-6154'],
    sv: ['other-sv-1409', 'other-sv-1410', 'other-sv-1411'],
    ar: ['other-ar-6004', 'other-ar-6167', 'other-ar-6169'],
    uk: ['other-uk-1406', 'other-uk-1422', 'other-uk-1423'],
    th: ['other-th-12043', 'other-th-6158', 'other-th-6159'],
    hu: ['other-hu-1501', 'other-hu-1503', 'other-hu-12106'],
    cs: ['other-cs-12108', 'x-cs-1713', 'x-cs-1746'],
    da: ['other-da-12111', 'instagram-da-12407', 'other-da-0466'],
    nb: ['other-nb-1014', 'other-nb-12129'],
    fi: ['other-fi-12117', 'other-fi-0475', 'x-fi-1744'],
    ro: ['other-ro-1024', 'other-ro-12110'],
    el: ['other-el-12102', 'instagram-el-12404'],
    hi: ['other-hi-1428', 'other-hi-6172', 'other-hi-6173'],
  };
  for (const [lang, ids] of Object.entries(NOTICES)) {
    it(`reads ${lang} notices with the ${lang} lexicon and names their kind`, () => {
      for (const id of ids) {
        const row = corpus.get(id)!;
        const rules = classifyByRules({ text: text(id) });
        expect(rules.kind, id).toBe(row.kind);
        expect(rules.language, id).toBe(lang);
        expect(rules.matched.some((m) => m.startsWith(`${lang}:`)), `${id}: ${rules.matched.join(',')}`).toBe(true);
      }
    });
  }

  it('holds back look-alikes in those languages by their own vetoes (restored, own closing, security, news)', () => {
    const VETOES: [string, RegExp][] = [
      ['other-ko-1185', /^veto:ko:restored$/], ['other-tr-8108', /^veto:tr:voluntary$/], ['other-ru-8139', /^veto:(ru|any):restored$/],
      ['other-sv-8145', /^veto:sv:restored$/], ['other-th-6163', /^veto:th:restored$/], ['other-hi-6175', /^veto:hi:restored$/],
      ['x-ar-10587', /^veto:ar:reporting$/], ['facebook-vi-10211', /^veto:vi:reporting$/], ['instagram-tr-1121', /^veto:tr:hypothetical$/],
    ];
    for (const [id, veto] of VETOES) {
      const rules = classifyByRules({ text: text(id) });
      expect(rules.kind, id).toBe('none');
      expect(rules.matched.some((m) => veto.test(m)), `${id}: ${rules.matched.join(',')}`).toBe(true);
    }
  });

  it('reads Korean news in the plain declarative (…했다, …됐다) as reporting, and a bare 계정 in a settings how-to as no notice', () => {
    for (const id of ['instagram-ko-8203', 'youtube-ko-13443']) expect(classifyByRules({ text: text(id) }).matched, id).toContain('veto:ko:reporting');
    for (const id of ['instagram-ko-8465', 'facebook-ko-13387']) expect(classifyByRules({ text: text(id) }).kind, id).toBe('none');
    // The polite …니다 of a notice is no news.
    expect(classifyByRules({ text: text('other-ko-0760') }).kind).toBe('account_suspended');
  });

  it('a lock after failed logins or suspicious activity is security whatever verb it uses (Vietnamese, Turkish, Ukrainian, Swedish)', () => {
    for (const id of ['other-vi-13350', 'other-tr-8297', 'other-uk-1536', 'other-sv-8143']) {
      const rules = classifyByRules({ text: text(id) });
      expect(rules.kind, id).toBe('none');
      expect(rules.matched.some((m) => /^veto:\w+:security$/.test(m)), `${id}: ${rules.matched.join(',')}`).toBe(true);
    }
  });

  it('a deletion done "successfully" is the user’s own in Turkish and Finnish too', () => {
    for (const id of ['other-tr-13231', 'other-fi-1534', 'other-tr-6118']) expect(classifyByRules({ text: text(id) }).matched, id).toContain('veto:any:voluntary');
  });

  it('"you" inside "your photo" is not the reader blocked (Vietnamese "Ảnh của bạn đã bị chặn")', () => {
    expect(classifyByRules({ text: text('instagram-vi-9016') }).matched).not.toContain('vi:you-are');
    expect(classifyByRules({ text: text('facebook-vi-6150') }).matched).toContain('vi:you-are');
  });
});

describe('round nine: help pages, unavailable pages, X labels on someone else\'s post', () => {
  it('sees a help page generalise ("in some cases", "genellikle", "usually")', () => {
    for (const id of ['facebook-de-10428', 'x-tr-8220', 'x-en-107', 'facebook-es-13162']) expect(cuesOfRow(id), id).toContain('cue:generic-frequency');
    // A notice about one account does not generalise.
    for (const id of ['other-sv-1409', 'other-ko-7033']) expect(cuesOfRow(id), id).not.toContain('cue:generic-frequency');
  });

  it('reads "op het moment dat", "in case of", "в случае" as conditionals beside an action', () => {
    for (const id of ['other-nl-8047', 'linkedin-en-0794']) expect(cuesOfRow(id), id).toContain('cue:conditional+action');
    expect(cuesOf('В случае нарушения правил ваш аккаунт может быть заблокирован.')).toContain('cue:conditional+action');
  });

  it('sees a page, a video or a profile that is not available, with no "you" (English, German, Portuguese)', () => {
    for (const id of ['youtube-en-0410', 'facebook-de-8205', 'reddit-pt-10263']) expect(cuesOfRow(id), id).toContain('cue:unavailable');
    expect(cuesOf('Your video is unavailable in some countries.')).not.toContain('cue:unavailable');
  });

  it('reads X\'s warning on someone else\'s post as someone else\'s (English, Dutch), and "This Post is from a suspended account"', () => {
    for (const id of ['x-en-10166', 'x-nl-10172']) {
      expect(cuesOfRow(id), id).toContain('cue:other-post');
      expect(classifyByRules({ text: text(id) }).matched, id).toContain('veto:any:other-account');
    }
    for (const s of ['This Post is from a suspended account. Learn more', 'Este post es de una cuenta suspendida.', 'These posts are protected. Only approved followers can see @user’s posts.']) {
      expect(cuesOf(s), s).toContain('cue:other-post');
      expect(classifyNotice({ text: s }).kind, s).toBe('none');
    }
    // The reader's own suspension on X stays a notice.
    expect(classifyNotice({ text: text('x-en-12010') }).kind).toBe('account_suspended');
  });

  it('reads "this community has been banned" in Swedish and Turkish as someone else\'s, and "you blocked this user" in Chinese', () => {
    for (const id of ['reddit-sv-0191', 'reddit-tr-0192']) expect(classifyByRules({ text: text(id) }).matched, id).toContain('veto:any:other-account');
    for (const id of ['reddit-zh-10274', 'reddit-zh-10273', 'tiktok-zh-10293']) expect(cuesOfRow(id), id).toContain('cue:user-block');
  });
});

describe('round nine: no measure on the reader (restricting someone, comments off, an appeal sent, a region)', () => {
  it('reads the reader restricting someone as a relation between people (German, Chinese, Arabic)', () => {
    for (const id of ['instagram-de-10094', 'instagram-zh-10117', 'instagram-ar-10125']) expect(cuesOfRow(id), id).toContain('cue:user-block');
  });

  it('reads comments switched off under a video and an appeal sent as no measure (English, Japanese, Chinese, Swedish, Turkish)', () => {
    for (const id of ['youtube-en-10134', 'youtube-ja-10138', 'youtube-zh-10140', 'youtube-zh-10141', 'other-sv-1540', 'other-tr-1605']) expect(cuesOfRow(id), id).toContain('cue:other-post');
    expect(cuesOf('Your comments have been disabled for 7 days because of repeated spam.')).not.toContain('cue:other-post');
  });

  it('reads an item unavailable "in your region" as someone else\'s withheld item (Chinese, Korean)', () => {
    for (const id of ['tiktok-zh-10294', 'instagram-ko-10313']) {
      expect(cuesOfRow(id), id).toContain('cue:your-country');
      expect(classifyByRules({ text: text(id) }).matched, id).not.toContain('zh:own-account:account_restricted');
    }
  });

  it('reads a report the reader filed in Czech and Slovak', () => {
    for (const id of ['instagram-cs-10046', 'instagram-sk-10071']) expect(classifyByRules({ text: text(id) }).matched, id).toContain('veto:any:other-account');
  });
});

describe('round nine, after the 23:05 merge: restorations, locks and removals the rules missed', () => {
  it('reads a ban lifted in Turkish and Thai as a restoration ("Yasağınız kaldırıldı", "การแบนของคุณถูกยกเลิกแล้ว")', () => {
    for (const [id, veto] of [['other-tr-14250', 'veto:tr:restored'], ['other-th-14247', 'veto:th:restored']] as const) expect(classifyByRules({ text: text(id) }).matched, id).toContain(veto);
  });

  it('reads a lock after a wrong code or password, or against unauthorised use, as security (English, German, Japanese)', () => {
    for (const id of ['other-en-13045', 'other-de-8148', 'other-ja-13279']) {
      const rules = classifyByRules({ text: text(id) });
      expect(rules.kind, id).toBe('none');
      expect(rules.matched.some((m) => /^veto:\w+:(security|rate-limit)$/.test(m)), `${id}: ${rules.matched.join(',')}`).toBe(true);
    }
  });

  it('reads a channel removed as terminated (Portuguese), and "we\'ve removed it from YouTube" as the reader\'s video removed', () => {
    expect(classifyByRules({ text: text('youtube-pt-0958') }).kind).toBe('account_suspended');
    expect(classifyByRules({ text: text('youtube-en-0209') }).kind).toBe('content_removed');
    expect(classifyByRules({ text: 'Your account was removed successfully.' }).kind).toBe('none');
  });

  it('reads content restricted in a region as someone else\'s item withheld (Twitch, Chinese)', () => {
    for (const id of ['twitch-en-0400', 'tiktok-zh-10294']) expect(cuesOfRow(id), id).toContain('cue:your-country');
  });
});


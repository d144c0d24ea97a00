import type { Platform } from '../db/schema';
import { detectLanguage, lexiconsIn } from './language';
import { LEXICONS, LEXICON_BY_LANG } from './lexicon';
import { normalizeText, sentences, unicodeAware } from './normalize';
import { platformFromText, platformFromUrl } from './platform';
import type { Classification, ClassifyInput, Lexicon, NoticeKind } from './types';
import { ANY_ENFORCEMENT, CONTENT_REMOVAL, kindOfAction, PARTIAL_RESTRICTION } from './verbs';
import { SECOND_PERSON as ANY_SECOND_PERSON, THIRD_PERSON_SUBJECT } from './persons';
import { FROM_GROUP, OTHER_POST, REPORT_FILED, YOUR_COUNTRY } from './model/cues';

// A lock after a possible password leak protects the account; it is not a penalty.
const PASSWORD_LOCK = /(password compromise|compromised password|compromiso de (?:la |tu )?contraseña|comprometimento d[ae] (?:sua )?(?:senha|palavra-passe)|mot de passe (?:possiblement )?compromis|wachtwoord mogelijk gecompromitteerd|passwort.{0,30}kompromittiert|password.{0,30}compromess|密码可能已经泄露|密碼可能已經洩露|パスワードが漏洩)/;

const OWN_DELETION = unicodeAware(/(\b(?:deleted|closed|deactivated|gelöscht|supprimé|eliminad[ao]|excluíd[ao]|eliminat[ao]|verwijderd|usunięt[eo]|dihapus)\b.{0,20}\b(?:successfully|erfolgreich|avec succès|correctamente|con éxito|com sucesso|con successo|succesvol|pomyślnie|berhasil)\b|\b(?:successfully|erfolgreich|correctamente|com sucesso|con successo|succesvol|berhasil) (?:deleted|closed|deactivated|gelöscht|eliminad[ao]|excluíd[ao]|eliminat[ao]|verwijderd|dihapus)\b|ご利用ありがとうございました)/);

// The same in the languages without a success word above, said in one sentence with a closing word and no rule:
// "Hesabınız başarıyla silindi", "Tilisi on suljettu onnistuneesti", "Tài khoản đã được xóa thành công".
const SUCCESS_WORD = unicodeAware(/(\b(?:başarıyla|başarılı bir şekilde|успешно|успішно|thành công|sikeresen|framgångsrikt|onnistuneesti|cu succes|úspěšně|úspešne|vellykket|succesfuldt|επιτυχώς)\b|성공적으로|สำเร็จ|بنجاح|सफलतापूर्वक)/);
const CLOSING_WORD = unicodeAware(/(\b(?:silindi|kaldırıldı|kapatıldı|удален\S*|удалён\S*|закрыт\S*|деактивирован\S*|видален\S*|xóa|đóng|törölve|törölted|raderats|raderat|avslutat|suljettu|poistettu|șters|ștearsă|dezactivat|smazán\S*|zrušen\S*|slettet|lukket|διαγράφηκε)\b|삭제|탈퇴|ลบ|ปิด|حذف|إغلاق|हटा|डिलीट)/);

// "This community has been banned" in the languages the persons' list does not know ("Denna gemenskap har blivit
// bannad", "Bu topluluk … yasaklanmıştır", "这个社区…被封禁"): a community's page, not the reader's notice.
const OTHER_COMMUNITY = unicodeAware(/(\b(?:denna gemenskap|denne gruppen|dette fællesskab|dette fellesskapet|bu topluluk|bu subreddit|это сообщество|данное сообщество|ця спільнота|cộng đồng này|tämä yhteisö|tato komunita|táto komunita|ez a közösség|această comunitate|αυτή η κοινότητα|komunitas ini|ta społeczność|deze community|cette communauté|esta comunidad|questa community|diese community)\b|이 커뮤니티|이 서브레딧|这个社区|這個社群|该社区|該社群|此社区|此社群|هذا المجتمع|ชุมชนนี้)/);
const OTHER_COMMUNITY_ALL = new RegExp(OTHER_COMMUNITY.source, 'gu');

const THIRD_PERSON_ALL = new RegExp(THIRD_PERSON_SUBJECT.source, 'gu');
const FROM_GROUP_ALL = new RegExp(FROM_GROUP.source, 'gu');

type AccountKind = Exclude<NoticeKind, 'none' | 'content_removed'>;

interface Hit {
  kind: Exclude<NoticeKind, 'none'>;
  weight: number;
  rule: string;
}

/** How far after "your account" the action word may stand ("Dein Nutzerkonto wurde von Reddit dauerhaft gesperrt"). */
const SUBJECT_WINDOW = 70;

// Restrictions stated in so many words; they survive the rate-limit veto
// because platforms word action blocks as "try again later".
const EXPLICIT_RESTRICTION = unicodeAware(
  /\b(read-only mode|added (?:a )?restrictions? to your account|in read-only|action blocked|we limit how often you can|you can'?t use this feature|(?:your account|it) (?:doesn'?t|does not) follow our (?:community standards|community guidelines|terms)|we restrict certain activity|limited some (?:of your )?account features|temporarily (?:blocked|restricted|limited) from|you(?:'re| are) (?:temporarily )?(?:blocked|restricted|limited) from|you can'?t (?:post|pin|save|comment|message|tweet|like|follow|upload|go live|send messages)(?: or \w+)? (?:right now|for now|until|at this time|for \d+)|write ban)/,
);
// Instagram's action block as its translations word it ("We restrict certain activity…").
const ACTION_BLOCK_INTL = unicodeAware(/\b(restringimos (?:certas|ciertas) (?:atividades|actividades)|wir schränken bestimmte (?:aktivitäten|dinge) ein|nous limitons certaines (?:activités|actions)|limitiamo (?:alcune|determinate) (?:attività|azioni)|wij beperken bepaalde activiteiten|kami membatasi (?:aktivitas tertentu|seberapa sering)|ograniczamy niektóre działania)\b|特定の(?:アクティビティ|行動)を制限しています|我们限制了某些活动/);
// A ban from one community (a subreddit, a group) limits the account; it does not suspend it.
const COMMUNITY_BAN = unicodeAware(/\b(?:banned|blocked|removed|muted) from (?:participating in |posting (?:in|to) )?(?:r\/\w+|this (?:community|subreddit|group|server))/);
const THIS_CONTENT = unicodeAware(
  /\bthis (?:video|pin|post|tweet|reel|photo|comment|listing) (?:has been|was|is) (?:removed|taken down|deleted|hidden|age-restricted|restricted)\b|\b(?:this|your) (?:pin|post|video|reel|listing|comment|photo|story) (?:violates|goes against|was found to violate|doesn'?t follow|does not follow)\b|\b(?:have|has) (?:removed|taken down|deleted|hidden|restricted) (?:one|some|a|an|\w+)? ?(?:\(or more\) )?(?:of )?your (?:pins?|posts?|videos?|content|listings?|comments?)\b|\bwe(?:'ve| have)? (?:removed|taken down|took down|deleted) it (?:from|for|because)\b/,
);
// "Cette vidéo a été supprimée, car elle ne respectait pas…": the item in front of the reader,
// removed because of a rule, in the languages platforms send removal notices in. The rule word
// in the same sentence keeps out "removed by the uploader".
const THIS_ITEM_INTL = unicodeAware(/\b(?:cette (?:vidéo|publication|photo)|ce (?:contenu|post|commentaire)|este (?:vídeo|video|contenido|comentario|conteúdo|comentário|post)|esta (?:publicación|publicação|foto)|questo (?:video|post|contenuto|commento)|questa (?:foto|pubblicazione)|dieses (?:video|foto)|dieser (?:beitrag|kommentar|inhalt|pin)|deze (?:video|reactie|pin)|dit (?:bericht|bericht)|ten (?:film|post|komentarz|wpis)|video ini|postingan ini|konten ini|komentar ini)\b.{0,60}\b(?:supprimée?|retirée?|retirad[oa]|eliminad[oa]|removid[oa]|excluíd[oa]|rimoss[oa]|eliminat[oa]|entfernt|gelöscht|verwijderd|usunięt[yae]|dihapus|rejeté[e]?|rechazad[oa]|rejeitad[oa]|rifiutat[oa]|abgelehnt|afgewezen|odrzucon[yae]|ditolak)\b|(?:この|その)(?:動画|投稿|コンテンツ|ピン|コメント)[^。]{0,40}(?:削除|却下)|(?:该|此|這個|這部|这个)(?:视频|影片|内容|內容|帖子|貼文|评论|留言)[^。]{0,30}(?:删除|刪除|移除|下架|拒绝|拒絕)/);
const RULE_WORD = unicodeAware(/(violat|viol|infring|incumpl|no respetaba|ne respectait|non rispett|verstoß|verstieß|overtr|narusz|melanggar|against|contra|contre|gegen|règle|regla|regra|regol|regel|richtlinie|política|politique|policy|norme|normas|diretrizes|pedoman|termini|termos|términos|conditions|bedingungen|voorwaarden|regulamin|規約|違反|ガイドライン|ポリシー|违反|違反|违规|違規|规定|規定|准则|準則)/);

const THIS_ACCOUNT = unicodeAware(
  /\b(?:this|the) account (?:has been|is|was|is now) (?:permanently |temporarily )?(suspended|banned|terminated|disabled|deactivated|restricted)\b/,
);
export const SECOND_PERSON = unicodeAware(/\b(you|your|du|dein|deine|ihr|ihre|vous|votre|tu|ton|ta|tuo|tua|sua|seu|você|je|jouw|uw|twoje|twój|jesteś)\b|あなた|お客様|你|您/);

/**
 * Classifies a text as an enforcement notice about the reader's own account
 * or content, or as none. Rules look for the platform telling *you* that it
 * acted ("your account has been suspended", "we disabled your account",
 * "you can't do that while suspended"), in ten languages; vetoes hold back
 * help pages ("if your account…"), reporting ("thousands of users were
 * banned"), voluntary deactivation, restorations, security checks, rate
 * limits and other people's missing profiles. Pure: text in, answer out.
 */
export function classifyByRules(input: ClassifyInput): Classification {
  const text = normalizeText(input.text ?? '');
  const language = detectLanguage(text, input.lang);
  const platform: Platform | undefined = platformFromUrl(input.url) ?? platformFromText(text);
  const none = (matched: string[] = []): Classification => ({ kind: 'none', confidence: 0, language, ...(platform ? { platform } : {}), matched });
  if (text.length < 4) return none();
  if (!ANY_ENFORCEMENT.test(text)) {
    // No enforcement word, but a restoration or the user's own choice in so many words
    // ("Your account has been reinstated"): said, so the model cannot call it a notice.
    const lexicons = lexiconsIn(text);
    const done = lexicons.find((l) => l.restored.test(text) && restorationStated(text, l)) ?? lexicons.find((l) => l.voluntary.test(text));
    if (!done && aboutSomeoneElse(text)) return none(['veto:any:other-account']);
    return none(done ? [`veto:${done.lang}:${done.restored.test(text) ? 'restored' : 'voluntary'}`] : []);
  }

  const lexicons = orderLexicons(language, text);
  const textVeto = textLevelVeto(text, lexicons);
  if (textVeto) return none([textVeto]);

  const hits: Hit[] = [];
  const vetoed: string[] = [];
  const security = lexicons.some((l) => l.security.test(text));
  // A lockout that asks the user to wait is a rate limit, whatever word it uses ("gesperrt").
  const rateLimited = lexicons.some((l) => l.rateLimit.test(text)) && !lexicons.some((l) => l.violation.test(text));

  for (const sentence of sentences(text)) {
    if (!ANY_ENFORCEMENT.test(sentence)) continue;
    for (const lexicon of lexicons) {
      const found = sentenceHits(sentence, lexicon);
      if (!found.length) continue;
      if (lexicon.hypothetical.test(sentence)) {
        vetoed.push(`veto:${lexicon.lang}:hypothetical`);
        continue;
      }
      for (const hit of found) {
        // A lock for the account's safety, whatever verb it uses ("geçici olarak kilitlendi", "đã bị khóa" after failed logins).
        if (security && !hit.rule.includes('explicit')) {
          vetoed.push(`veto:${lexicon.lang}:security`);
          continue;
        }
        if (rateLimited && !hit.rule.includes('explicit')) {
          vetoed.push(`veto:${lexicon.lang}:rate-limit`);
          continue;
        }
        hits.push(hit);
      }
    }
  }
  if (!hits.length) return none(unique(vetoed));

  // The account outranks its content; within each, the strongest rule wins.
  const account = hits.filter((h) => h.kind !== 'content_removed');
  const pool = account.length ? account : hits;
  const best = pool.reduce((a, b) => (b.weight > a.weight ? b : a));
  const matched = unique([...pool.map((h) => h.rule), ...vetoed]);
  let confidence = best.weight;
  const violation = lexicons.find((l) => l.violation.test(text));
  if (violation) {
    confidence += 0.15;
    matched.push(`support:${violation.lang}:violation`);
  }
  if (pool.length > 1) confidence += 0.05;
  if (platform) confidence += 0.03;
  confidence = Math.min(0.99, Math.round(confidence * 100) / 100);
  if (confidence < 0.5) return { ...none(matched), confidence };
  return { kind: best.kind, confidence, language, ...(platform ? { platform } : {}), matched };
}

function orderLexicons(language: string, text: string): Lexicon[] {
  const first = LEXICON_BY_LANG[language];
  const en = LEXICON_BY_LANG.en!;
  const rest = lexiconsIn(text).filter((l) => l !== first && l !== en);
  // The text's own language, then English (platforms leave English words
  // untranslated), then the rest: a mixed-language page still matches.
  return [...(first ? [first] : []), ...(first === en ? [] : [en]), ...rest];
}

function textLevelVeto(text: string, lexicons: Lexicon[]): string | null {
  if (PASSWORD_LOCK.test(text)) return 'veto:any:security';
  // "Deleted successfully", "thank you for using…": the user's own deletion, in any language.
  if (OWN_DELETION.test(text) || sentences(text).some((s) => SUCCESS_WORD.test(s) && CLOSING_WORD.test(s) && !lexicons.some((l) => l.violation.test(s)))) return 'veto:any:voluntary';
  // "This community has been banned", "this user is suspended": about someone else, and no "you" anywhere.
  // ("Ta społeczność": the subject's own words must not count as the "you" that would save it.)
  // "このコミュニティから削除されました": removed *from* this community is the reader's restriction, said without a pronoun.
  if (THIRD_PERSON_SUBJECT.test(text.replace(FROM_GROUP_ALL, ' ')) && !ANY_SECOND_PERSON.test(text.replace(THIRD_PERSON_ALL, ' '))) return 'veto:any:other-account';
  if (OTHER_COMMUNITY.test(text) && !ANY_SECOND_PERSON.test(text.replace(OTHER_COMMUNITY_ALL, ' '))) return 'veto:any:other-account';
  if (aboutSomeoneElse(text)) return 'veto:any:other-account';
  for (const l of lexicons) {
    if (l.reporting.test(text)) return `veto:${l.lang}:reporting`;
  }
  for (const l of lexicons) {
    if (l.restored.test(text) && restorationStated(text, l)) return `veto:${l.lang}:restored`;
    if (l.voluntary.test(text)) return `veto:${l.lang}:voluntary`;
  }
  for (const l of lexicons) {
    if (l.otherAccount.test(text) && !l.ownAccount.test(text)) return `veto:${l.lang}:other-account`;
  }
  return null;
}

// A report the reader filed about someone ("Hai segnalato %1$s come spam, pertanto abbiamo bloccato l'account",
// "Thanks for reporting") or someone else's account withheld "in your country": the measure, if any, is on the
// other account. No notice in train+dev says either. Nor does any say X's labels on someone else's post ("This Post is
// from a suspended account", "You're seeing this warning because they…").
function aboutSomeoneElse(text: string): boolean {
  return REPORT_FILED.test(text) || YOUR_COUNTRY.test(text) || OTHER_POST.test(text);
}

// "Will not be lifted", "until it is lifted", "kann … wiederhergestellt werden": a restoration
// denied, pending or possible is no restoration, and the notice stands.
const NOT_YET = unicodeAware(/(\bnot\b|n't\b|\bnever\b|\buntil\b|\bnicht\b|\bkeine?\b|\bbis\b|\bpas\b|\bjamais\b|\bjusqu|\bno\b|\bnunca\b|\bhasta\b|\bnão\b|\baté\b|\bnon\b|\bfino a\b|\bniet\b|\btot\b|\bnie\b|\btidak\b|\bbelum\b|\bsampai\b|\bwill\b|\bwithin\b|\busually\b|\bautomatically\b|\bwird\b|\bwerden\b|\bsera\b|\bserá\b|\bsarà\b|\bzal\b|\bakan\b|ない|ません|まで|未|直到|之前|以前|以内|されます|通常|自動|自动|将|將)/);

function restorationStated(text: string, lexicon: Lexicon): boolean {
  return sentences(text).some((s) => lexicon.restored.test(s) && !NOT_YET.test(s) && !lexicon.hypothetical.test(s));
}

function sentenceHits(sentence: string, lexicon: Lexicon): Hit[] {
  const hits: Hit[] = [];
  const tag = (rule: string) => `${lexicon.lang}:${rule}`;

  const we = lexicon.weActed.exec(sentence);
  if (we) {
    const kind = kindOfAction(we[0]) ?? 'account_suspended';
    hits.push({ kind: /removed|took down|deleted/.test(we[1] ?? '') && lexicon.ownContent.test(sentence) ? 'content_removed' : kind, weight: 0.8, rule: tag(`we-acted:${we[1] ?? ''}`) });
  }

  const own = lexicon.ownAccount.exec(sentence);
  if (own) {
    const after = sentence.slice(own.index + own[0].length, own.index + own[0].length + SUBJECT_WINDOW);
    const kind = actionIn(after) ?? (CHANNEL.test(own[0]) && CONTENT_REMOVAL.test(after.slice(0, 40)) ? 'account_suspended' : undefined);
    if (kind) hits.push({ kind, weight: 0.75, rule: tag(`own-account:${kind}`) });
  }

  const youAre = lexicon.youAre.exec(sentence);
  if (youAre) hits.push({ kind: kindOfAction(youAre[0]) ?? 'account_suspended', weight: 0.7, rule: tag('you-are') });

  if (lexicon.lang === 'en') {
    const explicit = EXPLICIT_RESTRICTION.exec(sentence);
    if (explicit) {
      // "doesn't follow our Community Standards" is how Meta states a suspension's reason.
      const kind = /follow our/.test(explicit[0]) ? 'account_suspended' : 'account_restricted';
      hits.push({ kind, weight: 0.7, rule: tag(kind === 'account_suspended' ? 'explicit-finding' : 'explicit-restriction') });
    }
    if (THIS_CONTENT.test(sentence)) hits.push({ kind: 'content_removed', weight: 0.6, rule: tag('this-content') });
    if (COMMUNITY_BAN.test(sentence)) hits.push({ kind: 'account_restricted', weight: 0.8, rule: tag('community-ban') });
    const thisAccount = THIS_ACCOUNT.exec(sentence);
    if (thisAccount) hits.push({ kind: kindOfAction(thisAccount[1] ?? '') ?? 'account_suspended', weight: 0.55, rule: tag('this-account') });
  }

  if (lexicon.lang === 'en' && THIS_ITEM_INTL.test(sentence) && RULE_WORD.test(sentence)) hits.push({ kind: 'content_removed', weight: 0.6, rule: 'intl:this-item-removed' });
  if (lexicon.lang === 'en' && ACTION_BLOCK_INTL.test(sentence)) hits.push({ kind: 'account_restricted', weight: 0.7, rule: 'intl:explicit-action-block' });

  const content = lexicon.ownContent.exec(sentence);
  if (content) {
    const after = sentence.slice(content.index, content.index + content[0].length + SUBJECT_WINDOW + 40);
    if (CONTENT_REMOVAL.test(after) || /restrict|limited|limit/.test(after)) {
      hits.push({ kind: 'content_removed', weight: 0.72, rule: tag('own-content:removed') });
    }
  }

  const heading = lexicon.heading?.exec(sentence);
  if (heading && SECOND_PERSON.test(sentence + ' ')) {
    hits.push({ kind: kindOfAction(heading[0]) ?? 'account_suspended', weight: 0.45, rule: tag('heading') });
  }
  // "You were banned from this community", "suspended from commenting": the verb says suspended, the sentence says partial.
  if (PARTIAL_RESTRICTION.test(sentence)) return hits.map((h) => (h.kind === 'account_suspended' ? { ...h, kind: 'account_restricted' } : h));
  return hits;
}

function actionIn(fragment: string): AccountKind | undefined {
  // Stop at a clause that starts talking about something else.
  const clause = fragment.split(/[,;:](?!\d)| and | but | und | et | y | e | en | i /)[0] ?? fragment;
  return kindOfAction(clause);
}

// A channel removed ("o seu canal foi removido permanentemente", "votre chaîne a été supprimée") is terminated, as
// English "been removed" is; said of an account or a profile the same words are as often the user's own deletion.
const CHANNEL = /(channel|canal|kanal|chaîne|canale|チャンネル|频道|頻道|채널)/;

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

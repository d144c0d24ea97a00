import { stated } from './checklist-paradigms-more';
import { W_END, W_START } from './checklist-paradigms';
import { union } from './regex-union';

/*
 * Shapes, not phrases (tenth round). Replaying every wave's tune rows against
 * the checker as it stood before that wave (git history) showed which items
 * fail on notices the checker has not met: the content's identification (N4,
 * 7 of 8 present items missed), the user's conduct (N5, 12 of 13), the named
 * rule (N9, 14 of 23), the origin (N6, 6 of 15), against N1 at 22 of 251. Each
 * miss was a new wording of the same structure: a title on the line after
 * "the following video:", a quoted name before "board", "for <doing something>"
 * after the measure, "policy on <any subject>", a final "we cannot restore it".
 * The families below read those structures in any wording, across scripts;
 * each has a guard for the look-alike shape that is not the item.
 */

/** Nouns for a piece of content across the languages of the corpus (a title or ID attached to one identifies it). */
const CONTENT_WORD =
  '(?:videos?|vídeos?|vidéos?|posts?|pins?|comments?|tweets?|listings?|photos?|images?|boards?|reels?|stor(?:y|ies)|channels?|playlists?|albums?|uploads?|tracks?|songs?|articles?|products?|items?|groups?|pages?|beitr(?:a|ä)ge?|kommentare?|bilder?|fotos?|pinnwand|anzeigen?|kanal|publications?|commentaires?|épingles?|tableaux?|tableau|annonces?|chaînes?|publicaci(?:ón|ones)|comentarios?|imágenes|imagen|tableros?|anuncios?|canal|contenut[oi]|commenti|commento|immagini|immagine|bachec(?:a|he)|annunci|canale|publicaç(?:ão|ões)|comentários?|imagens?|pastas?|anúncios?|berichten|bericht|reacties?|afbeeldingen?|borden?|bord|advertenties?|публикаци\\p{L}*|пост\\p{L}*|видео|комментари\\p{L}*|канал\\p{L}*|запис\\p{L}*|film\\p{L}*|wideo|komentarz\\p{L}*|zdjęci\\p{L}*|gönderi\\p{L}*|içeri\\p{L}*|yorum\\p{L}*|postingan|konten|komentar|unggahan|bài viết|nội dung|bình luận)';
const CONTENT_WORD_CJK = '(?:動画|投稿|コンテンツ|コメント|ピン|ボード|画像|写真|チャンネル|出品|商品|视频|視頻|影片|帖子|内容|內容|评论|評論|图片|圖片|作品|频道|頻道|동영상|영상|게시물|게시글|콘텐츠|댓글|사진|이미지|채널)';

/** A quoted name: typographic, guillemets, German, CJK corner and book-title marks (not the ASCII apostrophe, which is an elision). */
const QUOTED = '(?:"[^"\\n]{1,120}"|“[^”\\n]{1,120}”|«\\s?[^»\\n]{1,120}\\s?»|„[^“”\\n]{1,120}[“”]|‘[^’\\n]{1,120}’|「[^」\\n]{1,80}」|『[^』\\n]{1,80}』|《[^》\\n]{1,80}》)';
/** Quoted words that are a button or a set of rules, not a piece of content. */
const NOT_A_TITLE = '(?!["“«„‘「『《]\\s?(?:request|appeal|review|disagree|learn more|help|ok|continue|submit|settings|community|terms|privacy|richtlinien|gemeinschafts|conditions|condiciones|termini|normas|règles|regras|regels|異議|申し立て|申诉|申訴|이의)\\p{L}*)';

/** "your “Holiday Recipes” board", "votre tableau « Recettes »", "dein Board „Rezepte“", 「旅行」という動画 (N4). */
export const QUOTED_CONTENT_NAME = [
  `${W_START}(?:your|votre|ton|ta|tu|su|dein\\p{L}*|ihr\\p{L}*|il tuo|la tua|o seu|a sua|seu|sua|je|uw|tw\\p{L}+|ваш\\p{L}*|твой|твоя|sizin|anda) ${NOT_A_TITLE}${QUOTED} ${CONTENT_WORD}${W_END}`,
  // not "the help article “How to appeal”" nor "the page “Suspended accounts”"
  `${W_START}(?<!(?:help|support|faq|centre|center|hilfe|aide|ayuda|aiuto|ajuda) )(?!(?:articles?|pages?|items?|groups?|products?)${W_END})${CONTENT_WORD} ${NOT_A_TITLE}${QUOTED}`,
  `${W_START}${CONTENT_WORD} (?:titled|called|named|intitulée?s?|titulad[oa]s?|intitolat[oi]|intitulad[oa]s?|mit dem titel|met de titel|под названием):? ${QUOTED}`,
  `${CONTENT_WORD_CJK}\\s?${QUOTED}`,
  // title first only before a noun for a made item: 「…」という内容 is "to the effect that", 「…」とのコメント a statement
  `${QUOTED}\\s?(?:という|이라는|라는)?\\s?(?:動画|投稿|ピン|ボード|画像|写真|チャンネル|商品|视频|視頻|影片|帖子|图片|圖片|作品|동영상|영상|게시물|게시글|사진|이미지|채널)`,
];

/** Words that announce a list: "the following video(s):", "folgende Inhalte:", 以下の動画. */
const FOLLOWING =
  '(?:following|folgende\\p{L}*|nachstehende\\p{L}*|suivante?s?|siguientes?|seguent[ei]|seguintes?|volgende|berikut|aşağıdaki|sau đây|następując\\p{L}*|следующ\\p{L}*|наступн\\p{L}*|以下の|次の|下記の|下列|以下|다음)';

/**
 * N4 on the text with its line breaks kept: a list announced with a colon and
 * its first entry on the same or the next line, a title (no full stop at the
 * end: a sentence there is the next paragraph, and the list was cut off).
 * "the following reasons:" is not content: the announcement names content.
 */
export const TITLE_AFTER_COLON = union(
  [
    `${FOLLOWING}[^\\n:：]{0,160}?(?:${CONTENT_WORD}|${CONTENT_WORD_CJK}|\\(s\\))[^\\n:：]{0,160}[:：][ \\t]*\\n?[ \\t]*(?!https?:)[^\\s.。!?][^\\n]{1,118}[^\\n.。!?:：][ \\t]*(?:\\n|$)`,
  ],
  'iu',
);

/** N5: what the content or the user did, as the notice says it (not "for violating", not a topic alone). */
export const CONDUCT_SHAPES = [
  // a section that says how this content broke the rule ("How your content violated the policy"): what follows is the facts
  `${W_START}how your (?:content|video|post|comment|pin|listing|channel|live stream|short) (?:violated|violates|broke|breaks|went against|goes against)${W_END}`,
  // "because it included many Pins that …": the past tense of the "because it contains" family
  `${W_START}because (?:it|they|this (?:pin|post|video|image|content|board)|your (?:pin|post|video|image|content|board)) (?:contained|included|showed|depicted|promoted|featured)${W_END}`,
  // "blocked for unsubscribing from channels": a measure, then for + an action (not a violation, not a topic word)
  stated(
    `${W_START}(?:suspended|banned|blocked|restricted|removed|muted|locked|disabled|kicked|terminated) (?:\\p{L}+ ){0,2}?for (?!(?:violat|breach|break|infring|going against|not (?:follow|comply|adher)|repeated|multiple|spam|harass|bully|abus|hat|scam|impersonat|cheat|troll|swear|curs|advertis|promot|self-promot|post(?:ing)? (?:spam|inappropriate|prohibited))\\p{L}*)(?!\\p{L}+ (?:\\p{L}+ ){0,3}?(?:that|which) (?:violat|break|go against|goes against|went against|is against|are against|was against|were against))\\p{L}{3,}ing (?:\\p{L}+ ){0,3}?(?:from|in|on|to|with|other|your|the|a|an|multiple|several|\\d+)${W_END}`,
  ),
  // ru / uk: "заблокированы за отписку от каналов" (за + an action noun, not за нарушение / порушення)
  `(?:заблокирован\\p{L}*|забанен\\p{L}*|ограничен\\p{L}*|удален\\p{L}*|заблоковано|заблокован\\p{L}*|обмежен\\p{L}*) (?:\\p{L}+ ){0,2}?за (?!(?:нарушени|наруш|порушенн|спам|оскорб|мат|читы|чит))\\p{L}+(?:ку|ние|ния|цию|ство|ацию|ння|ання)${W_END}`,
  // es / pt / fr / it: "bloqueado por usar bots", "banni pour avoir publié", "bannato per aver usato"
  `${W_START}(?:bloquead[oa]|suspendid[oa]|restringid[oa]|eliminad[oa]|suspens[oa]|removid[oa]|bannat[oa]|bloccat[oa]) (?:\\p{L}+ ){0,2}?por (?!(?:violar|infringir|incumplir|no cumplir|no seguir|não seguir|não cumprir|descumprir|violação|infracción|infração|spam))(?:usar|utilizar|publicar|enviar|vender|crear|criar|postar|compartir|compartilhar)${W_END}`,
  `${W_START}(?:suspendu|banni|bloqué|supprimé|exclu|sospes|bannat|bloccat|rimoss|espuls)\\p{L}* (?:\\p{L}+ ){0,3}?(?:pour|per) (?:avoir|aver(?:e)?) (?!(?:enfreint|violé|violato|infranto|contrevenu))(?:publié|partagé|envoyé|utilisé|vendu|créé|pubblicato|condiviso|inviato|usato|utilizzato|venduto|creato)${W_END}`,
];

/**
 * N3: a measure said to be final ("we cannot restore accounts deleted for …",
 * "we will not be reactivating your account"): permanent in other words; and
 * Turkish / Azerbaijani "daimi".
 */
export const FINAL_SHAPES = [
  stated(`${W_START}(?:will not|won't|cannot|can't|can not|are unable to|are not able to) (?:be )?(?:able to )?(?:restor|reactivat|reinstat|re-enabl|recover)\\p{L}* (?:\\p{L}+ ){0,2}?(?:accounts?|channels?|profiles?)${W_END}`),
  stated(`${W_START}(?:accounts?|channels?|profiles?)(?: \\p{L}+){0,5}? (?:will not|won't|cannot|can't|can not) be (?:restor|reactivat|reinstat|re-enabl|recover)\\p{L}*`),
  `${W_START}(?:non (?:possiamo|potremo|sarà possibile|è possibile) (?:più )?(?:ripristinare|riattivare|recuperare)|no (?:podemos|podremos|será posible|es posible) (?:restaurar|reactivar|recuperar|restablecer)|não (?:podemos|poderemos|será possível|é possível) (?:restaurar|reativar|recuperar|restabelecer)|(?:ne pouvons|ne pourrons) pas (?:restaurer|réactiver|rétablir|récupérer)) (?:\\p{L}+ ){0,2}?(?:account|cuentas?|contas?|comptes?|canale|canal)${W_END}`,
  `${W_START}(?:konto|kanal|account)\\p{L}* (?:\\p{L}+ ){0,4}?(?:können|werden|kunnen|zullen) (?:\\p{L}+ ){0,4}?(?:nicht|niet) (?:mehr )?(?:wiederherstellen|reaktivieren|wiederhergestellt|reaktiviert|herstellen|heractiveren|hersteld|geheractiveerd)${W_END}`,
  // reactivating and reinstating are done to accounts: "we will not be reactivating it"
  stated(`${W_START}(?:will not|won't|cannot|can't|can not) (?:be )?(?:reactivat|reinstat)\\p{L}*`),
  `${W_START}daimi${W_END}`,
];

/** A strike's or a warning's own expiry ("a warning strike, which will expire in six months") is not the measure's duration. */
export const STRIKE_EXPIRY = new RegExp(
  `${W_START}(?:strikes?|warnings?|verwarnung\\p{L}*|avertissements?|advertencias?|avvertiment[oi]|avisos?|waarschuwing\\p{L}*|ostrzeżeni\\p{L}*|предупреждени\\p{L}*)(?: \\p{L}+){0,3}?,? (?:which |that |will |die |qui |que |che )?(?:will )?(?:expires?|expire|läuft|verfällt|expirera|expira|caduca|scade|vence|verloopt|wygaśnie|истекает)[^.]*`,
  'gu',
);
export const withoutStrikeExpiry = (text: string) => text.replace(STRIKE_EXPIRY, ' ');

/** N10: asking for the measure to be lifted ("if you want it unlocked, e-mail us", 解除したい場合は申請). */
export const LIFT_REQUEST_SHAPES = [
  `${W_START}if you (?:would like|want|wish) (?:\\p{L}+ ){0,4}?(?:unlocked|unbanned|unblocked|unsuspended|reinstated|restored|lifted|reactivated|back)(?: \\p{L}+){0,8}?,? (?:please )?(?:contact|e-?mail|write|reach out|submit|apply|request|send|message)${W_END}`,
  '解除(?:を)?(?:希望|したい|してほしい|をご希望)[^。]{0,30}(?:申請|連絡|問い合わせ|お問い合わせ|メール)',
  '(?:解封|解除封禁|解除限制)[^。]{0,10}(?:请|請)?(?:联系|聯繫|聯絡|申请|申請)',
  '해제(?:를)? (?:원하시면|원하시는 경우|요청)',
];

/** N9: "our rules on medical claims": a rules word and any subject, not a generic place or action ("policies on our Help Center"). */
export const RULE_ON_SUBJECT = [
  `${W_START}(?:polic(?:y|ies)|rules|guidelines|standards) (?:on|against|regarding|concerning|around|prohibiting|about) (?!(?:our|the|this|that|these|those|how|what|when|where|which|who|why|using|use|your|you|it|its|instagram|facebook|youtube|tiktok|pinterest|twitter|x|reddit|linkedin|snapchat|twitch|discord|threads|amazon|roblox|steam|minecraft|tumblr|bluesky|mastodon|whatsapp|telegram|etsy|ebay|help|appeal\\p{L}*|each|every|all|any|other|this|page|site|platform|website|service|app|account|accounts|community)${W_END})(?:[\\p{L}-]+ ){0,2}?[\\p{L}-]{4,}`,
];

/**
 * N9 on the text as written (capitals kept): a policy with a proper name of
 * its own ("Repeat Infringer Policy", "Prohibited Items Policy"), not the
 * platform's general documents nor a product's whole policy set
 * ("Community Guidelines", "Privacy Policy", "Advertising Policies").
 */
export const NAMED_POLICY_TITLE = union(
  [
    `(?<![\\p{L}-])(?!(?:Community|Privacy|Cookie|Cookies|Content|Advertising|Ad|Ads|Commerce|Monetization|Monetisation|Partner|Program|Programme|Terms|User|Users|Data|Developer|Developers|Platform|Instant|Articles|Our|The|This|These|Service|Services|Site|Website|Seller|Sellers|Selling|Amazon|Pinterest|YouTube|Facebook|Instagram|Meta|TikTok|Twitter|X|Reddit|LinkedIn|Snapchat|Twitch|Discord|Google|Microsoft|Apple|Acceptable|Use|General|Platform|Channel|Creator|Creators|Account|Accounts|Brand|Business|API|Legal|Safety|Your|All|Any|These|Those|See|Read|Review|Learn|More|Of|And|Our)(?![\\p{L}-]))(?![^.\\n]{0,60}?(?:Community|Usage|Use|User|Terms|Privacy|Professional|Platform|Program|Partner) Polic)\\p{Lu}[\\p{Ll}-]{2,}(?: \\p{Lu}[\\p{Ll}-]{2,}){0,3} Polic(?:y|ies)(?![\\p{L}])`,
  ],
  'u',
);

/**
 * N4: a link to something on a site that is not a help, policy or login page,
 * whose path carries a number long enough to be an item's ID
 * ("…/t/my-summer-trip/48213", "viewtopic.php?t=123456").
 */
export const CONTENT_URL_SHAPES = [
  'https?:\\/\\/(?![^\\s]*(?:help|support|polic|legal|terms|faq|login|signin|sign-in|settings|answer|article|guideline|transparency|about|contact|appeal|dashboard|account|checkpoint|verif|security|password|reset|confirm|unlock|form|survey|docs\\.google|privacy|cookie))[^\\s]*?[\\/=?][^\\s\\/?#=&]*\\d{5,}',
];

/** "other users" across the languages of the corpus: with a report word, the origin of the decision (N6). */
const OTHER_USERS =
  "(?:(?:other|another|several|many) (?:users?|members?|people|viewers|players)|anderer? (?:nutzer|mitglieder|personen)\\p{L}*|d'autres (?:utilisateurs|membres)|(?:otros|otras) (?:usuari|miembr)\\p{L}*|altri (?:utenti|membri)|(?:outros|outras) (?:usuári|utilizador|membr)\\p{L}*|andere (?:gebruikers|leden)|innych (?:użytkowników|osób)|diğer (?:kullanıcı|üye)\\p{L}*|다른 (?:사용자|회원|유저)|(?:других|другими|другим|інших) (?:пользовател|користувач)\\p{L}*|pengguna lain|người dùng khác|ผู้ใช้อื่น|他のユーザー|其他用户|其他用戶)";
const REPORT_WORD =
  '(?:reports?|flags?|complaints?|hinweis\\p{L}*|meldung\\p{L}*|beschwerde\\p{L}*|signalements?|plaintes?|denuncias?|quejas?|segnalazion\\p{L}*|reclami|denúncias?|reclamações|meldingen|klachten|zgłosze\\p{L}*|skarg\\p{L}*|şikayet\\p{L}*|bildirim\\p{L}*|신고|通報|举报|舉報|投诉|投訴|жалоб\\p{L}*|скарг\\p{L}*|laporan|báo cáo|รายงาน)';
export const ORIGIN_SHAPES = [
  // "nach Hinweisen anderer Nutzer", "po zgłoszeniach innych użytkowników", "reports from other users" — not "reports from other users help us …"
  `${W_START}(?:(?:reports?|flags?|complaints?) (?:from|by|of) |(?!(?:reports?|flags?|complaints?)${W_END})${REPORT_WORD} (?:(?:von|de|des|da|di|dei|od|przez|dari|bởi|của|от|від)\\s)?)(?:the |des |de |dos |das |degli |dagli )?${OTHER_USERS}${W_END}(?! (?:help|helfen|nous aident|nos ayudan|ci aiutano|nos ajudam|helpen))`,
  // "diğer kullanıcıların şikayetleri", "다른 사용자의 신고", "other users' reports"
  `${OTHER_USERS}(?:'s?|s'|의|の|的)?\\s?${REPORT_WORD}${W_END}(?! (?:help|helfen))`,
];

/** N7: an automatic filter or moderation bot as what removed the item ("par notre filtre automatique", AutoModerator). */
export const AUTOMATION_SHAPES = [
  `${W_START}(?:filtr[eoi]s?|filter|filtern) (?:automati\\p{L}*|automátic\\p{L}*|anti-?spam)${W_END}`,
  `${W_START}(?:automated|automatic|automatische[nm]?|automatisierte[nm]?|anti-?spam) (?:filters?|filtern?|moderation|moderator)${W_END}`,
  `${W_START}auto-?mod(?:erator)?${W_END}`,
];

/** N10: contest or challenge *the decision* in the verb's own words ("Contestez cette décision", "Entscheidung anfechten"). */
export const CONTEST_DECISION = [
  `(?<!(?:not|cannot|can't|pas|no|nicht|non|não) (?:\\p{L}+ )?)${W_START}(?:contest|challenge|dispute|contester|contestez|contestar|contesta|contestare|impugn|betwist|zakwestionuj|odwołaj)\\p{L}* (?:\\p{L}+ ){0,2}?(?:decision|décision|decisión|decisione|decisão|beslissing|decyzj\\p{L}*)${W_END}`,
  `${W_START}entscheidung (?:\\p{L}+ ){0,2}?anfechten${W_END}`,
];

/** N1: the item made private by the platform, features unavailable to the user. */
export const ACTION_SHAPES = [
  stated(`${W_START}(?:has been|was|have been|were) (?:made|set to) private by${W_END}`),
  stated(`${W_START}(?:some |certain |several )?(?:features|functions|functionality) (?:\\p{L}+ ){0,3}?(?:are|is|have been|has been) (?:now )?(?:unavailable|disabled|limited|restricted)${W_END}`),
];

/** N3: a label line with the time left ("Time remaining: 23 hours"), not the time left to appeal. */
export const TIME_LEFT_SHAPES = [
  `(?<!(?:appeal|request|review|einspruch|widerspruch|recours|apelar|apelación|ricorso|recurso|bezwaar|異議|申诉|申訴)[^.]{0,40})${W_START}(?:time (?:remaining|left)|remaining time|verbleibende zeit|temps restant|tiempo restante|tempo (?:restante|rimanente)|resterende tijd|残り時間|剩余时间|剩餘時間|남은 시간|осталось времени|pozostały czas|kalan süre|thời gian còn lại|sisa waktu)\\s?[:：]?\\s?\\d+\\s?(?:minutes?|hours?|days?|weeks?|stunden|tage|heures|jours|horas|días|dias|ore|giorni|uur|dagen|時間|日|小时|小時|天|시간|일|час\\p{L}*|дн\\p{L}*|godzin\\p{L}*|dni|saat|gün|giờ|ngày|jam|hari)`,
];

/**
 * Ninth round of the checker's word families: ways a notice gives an item
 * that the earlier families had in some languages or not at all, found by
 * comparing each N item with its anchor (research/legal-anchors.md §7) and
 * listing how notices word it:
 * - N1 the measure: a live broadcast ended because of what it contained; a
 *   user muted; an item no longer visible to others; an ability withheld
 *   "temporarily" or no longer authorised; the account as the subject of the
 *   inability ("your account can't advertise").
 * - N4 the content: a link to the removed item ("learn more about the
 *   removed Pin through this link").
 * - N5 the facts: what the item contains, given as the cause ("because it may
 *   contain music that belongs to someone else"); tools the user ran (macros,
 *   bots, cheats); invitations the invitees said were unwelcome.
 * - N6 the origin: removal because of reports, "the reported content", people
 *   who said they do not know the user.
 * - N7 who decided: a review carried out by the team, "the moderation".
 * - N8 (whether it applies): content said to belong to someone else or used
 *   without the rights to it, i.e. a copyright ground.
 * - N9 the rule: profanity as a ground, "Community Standards on <topic>" with
 *   the community word between, "we restricted … for harassment".
 * - N10 redress: "if you think it is a mistake" in the Nordic and other
 *   languages the earlier lists lacked; a channel for complaints.
 *
 * Same input as the other paradigm files: NFKC, lower-cased, whitespace
 * collapsed. Keys are language codes; checklist-patterns.ts ORs every list in.
 */
import { W_END, W_START } from './checklist-paradigms';
import { stated } from './checklist-paradigms-more';

type Family = Record<string, string[]>;

/** Words of cause per language, for "ended because …" (a live video that merely ended is no measure). */
const BECAUSE: Record<string, string> = {
  en: '(?:because|due to|as it|since it|for (?:a |possible )?(?:violat|copyright))',
  de: '(?:weil|da |aufgrund|wegen)',
  fr: "(?:car|parce qu|en raison|puisqu)",
  es: '(?:porque|ya que|debido|podría contener|puede contener)',
  it: '(?:perché|poiché|in quanto|a causa)',
  pt: '(?:porque|pois|devido|visto que)',
  nl: '(?:omdat|want|vanwege|aangezien)',
  pl: '(?:ponieważ|gdyż|bo |z powodu)',
  id: '(?:karena|sebab|akibat)',
  vi: '(?:vì|do |bởi vì)',
  ru: '(?:из-за|так как|поскольку|потому что|в связи с)',
  uk: '(?:через|оскільки|тому що|бо )',
  sv: '(?:eftersom|på grund av)',
  da: '(?:fordi|på grund af)',
  nb: '(?:fordi|på grunn av)',
  fi: '(?:koska|vuoksi)',
  cs: '(?:protože|kvůli)',
  hu: '(?:mert|miatt)',
  th: '(?:เพราะ|เนื่องจาก)',
  hi: '(?:क्योंकि|के कारण)',
  ar: '(?:لأن|بسبب|نظرًا|نظرا)',
};

/** N1: a live broadcast ended or stopped by the platform, for a stated reason. */
const LIVE_ENDED_WORDS: Record<string, { live: string; ended: string }> = {
  en: { live: '(?:live(?: video| stream| broadcast)?|livestream|stream|broadcast)', ended: '(?:has |was |got )?(?:ended|stopped|interrupted|cut off|shut down|terminated)' },
  de: { live: '(?:live-video|livevideo|livestream|live-übertragung|übertragung|stream)\\p{L}*', ended: '(?:wurde |ist )?(?:beendet|gestoppt|unterbrochen|abgebrochen)' },
  fr: { live: '(?:vidéo en direct|diffusion en direct|direct|live)', ended: "(?:a été |s'est )?(?:interrompue?|arrêtée?|coupée?|terminée?|a pris fin)" },
  es: { live: '(?:video en vivo|vídeo en directo|transmisión en vivo|transmisión en directo|directo|transmisión)', ended: '(?:finalizó|terminó|se detuvo|se interrumpió|(?:fue|ha sido) (?:interrumpid|detenid|finalizad)[oa]|ha (?:finalizado|terminado))' },
  it: { live: '(?:video in diretta|trasmissione in diretta|diretta|live)', ended: '(?:è stat[oa] (?:interrott|terminat|fermat)[oa]|è terminat[oa]|si è (?:interrott|fermat)[oa])' },
  pt: { live: '(?:vídeo ao vivo|transmissão ao vivo|transmissão|live|direto)', ended: '(?:foi (?:encerrad|interrompid|finalizad)[oa]|terminou|encerrou)' },
  nl: { live: '(?:livevideo|live-video|livestream|live-uitzending|uitzending)', ended: '(?:is |werd )?(?:beëindigd|gestopt|onderbroken|stopgezet)' },
  pl: { live: '(?:transmisja(?: wideo)?(?: na żywo)?|wideo na żywo|relacja na żywo)', ended: '(?:została |zostało )?(?:zakończon|przerwan|zatrzyman)\\p{L}*' },
  id: { live: '(?:video (?:siaran )?langsung|siaran langsung|live)', ended: '(?:telah |sudah )?(?:dihentikan|berakhir|diakhiri)' },
  vi: { live: '(?:video (?:phát )?trực tiếp|buổi phát trực tiếp|phát trực tiếp)', ended: '(?:đã |bị )?(?:kết thúc|dừng|ngắt|bị dừng|bị ngắt)' },
  ru: { live: '(?:прям\\p{L}* эфир\\p{L}*|трансляци\\p{L}*|эфир\\p{L}*)', ended: '(?:был\\p{L}* )?(?:остановлен|прерван|завершен|прекращен)\\p{L}*' },
  uk: { live: '(?:прям\\p{L}* ефір\\p{L}*|трансляці\\p{L}*|ефір\\p{L}*)', ended: '(?:було )?(?:зупинено|перервано|завершено|припинено)' },
  sv: { live: '(?:livesändning|livevideo|direktsändning)\\p{L}*', ended: '(?:har |har blivit )?(?:avslutats|stoppats|avbrutits)' },
  da: { live: '(?:livevideo|liveudsendelse|direkte udsendelse)\\p{L}*', ended: '(?:er blevet |blev )?(?:afsluttet|stoppet|afbrudt)' },
  nb: { live: '(?:direktevideo|direktesending|livevideo)\\p{L}*', ended: '(?:har blitt |ble )?(?:avsluttet|stoppet|avbrutt)' },
  fi: { live: '(?:suora lähety|suora video|livelähety)\\p{L}*', ended: '(?:päättyi|keskeytettiin|lopetettiin|on päättynyt)' },
  cs: { live: '(?:živé vysílání|živé video|přímý přenos)', ended: '(?:bylo |byl )?(?:ukončeno|přerušeno|zastaveno|ukončen|přerušen)' },
  hu: { live: '(?:élő videó|élő közvetítés|élő adás)\\p{L}*', ended: '(?:véget ért|leállt|megszakadt|le lett állítva)' },
  hi: { live: '(?:लाइव वीडियो|लाइव प्रसारण|लाइव)', ended: '(?:समाप्त हो गया|बंद कर दिया गया|रोक दिया गया)' },
};

export const LIVE_ENDED: Family = {
  ...Object.fromEntries(
    Object.entries(LIVE_ENDED_WORDS).map(([lang, { live, ended }]) => [
      lang,
      // Reason after ("ended because …") or before. Not stated(): its condition words include "se", which opens "se interrumpió".
      [`${W_START}${live}(?: \\p{L}+){0,2}? ${ended}[^.]{0,40}?${BECAUSE[lang]}`, `${BECAUSE[lang]}[^.]{0,120}?${live}(?: \\p{L}+){0,2}? ${ended}`],
    ]),
  ),
  ja: ['(?:ため|ので|により)[、,]?\\s?[^。]{0,10}(?:ライブ(?:動画|配信)?|配信)(?:が|は)?(?:終了|停止|中断)(?:しました|されました)'],
  zh: ['直播[^。]{0,40}(?:因此|所以)(?:已)?(?:结束|結束|中断|中斷|停止|终止|終止)', '(?:因为|因為|由于|由於)[^。]{0,60}直播[^。]{0,8}(?:已|被)?(?:结束|結束|中断|中斷|停止|终止|終止)'],
  ko: ['(?:므로|때문에|인해)[^.]{0,20}(?:라이브 방송|라이브|방송)(?:이|가)? (?:종료|중단|중지)되었'],
  tr: ['canlı (?:video|yayın)\\p{L}*[^.]{0,100}?(?:için|nedeniyle|dolayı|yüzünden) (?:sona erdi|sonlandırıldı|durduruldu|kesildi)'],
  th: ['(?:วิดีโอถ่ายทอดสด|ถ่ายทอดสด|ไลฟ์)[^.]{0,30}(?:หยุดลง|ถูกหยุด|สิ้นสุดลง|ถูกระงับ)[^.]{0,10}(?:เพราะ|เนื่องจาก)'],
  ar: ['(?:تم إيقاف|توقف|انتهى|تم إنهاء)[^.]{0,30}(?:البث|الفيديو) المباشر[^.]{0,60}(?:لأن|بسبب|نظر)'],
};

/** N1: the user muted (Reddit's and forums' wording), in the languages the earlier lists lacked. */
export const MUTED_MORE: Family = {
  fr: [`${W_START}(?:êtes|es|été) (?:mise?s? )?(?:en silencieux|en sourdine|réduite?s? au silence)`],
  nl: [`${W_START}(?:het zwijgen opgelegd|gemute|gemuted)${W_END}`],
  fi: [`${W_START}(?:mykistetty|mykistettiin|hiljennetty)${W_END}`],
  sv: [`${W_START}(?:tystad|tystats|har tystats|ljudavstängd)${W_END}`],
  da: [`${W_START}(?:gjort tavs|lydløs|har fået mute)${W_END}`],
  nb: [`${W_START}(?:dempet|blitt dempet|gjort taus)${W_END}`],
  cs: [`${W_START}(?:ztlumen\\p{L}*|umlčen\\p{L}*)`],
  hu: [`${W_START}(?:elnémít\\p{L}*|némítva|némított)`],
  ru: [`${W_START}(?:заглушен\\p{L}*|лишены права голоса|замьючен\\p{L}*)`],
  uk: [`${W_START}(?:заборонили висловлюватися|заглушен\\p{L}*|позбавлені права голосу)`],
  id: [`${W_START}(?:dibisukan|telah di-mute|dimute)${W_END}`],
  vi: [`${W_START}(?:bị tắt tiếng|bị cấm chat|bị cấm nói|bị mute)${W_END}`],
  ko: ['(?:뮤트|음소거) ?(?:처리|조치)?(?:되었|됐|당했)'],
  zh: ['(?:被|已被|遭到)(?:静音|靜音|禁声|禁聲)'],
  ar: ['(?:تم كتم|كتم صوتك|تم كتمك)'],
  hi: ['(?:म्यूट कर दिया गया|म्यूट किया गया)'],
  th: ['(?:ถูกปิดเสียง|ถูกมิวต์)'],
};

/** "… isn't visible to others if your account is private": a condition after the clause makes it a help text. */
const NO_CONDITION_AFTER = `(?![^.。]{0,40}${W_START}(?:if|when|unless|wenn|falls|si|se|als|indien|jika|jeśli|jeżeli|если|якщо|om|hvis|jos)${W_END})`;
const unconditional = (family: Family): Family => Object.fromEntries(Object.entries(family).map(([lang, patterns]) => [lang, patterns.map((p) => `(?:${p})${NO_CONDITION_AFTER}`)]));

/** N1: an item no longer visible to others ("your product tag isn't visible to others", "не видно другим пользователям"). */
export const NOT_VISIBLE_TO_OTHERS: Family = unconditional({
  en: [stated(`${W_START}(?:isn't|is not|aren't|are not|won't be|will not be|is no longer|are no longer) (?:visible|shown|showing) to (?:others|other (?:people|users|members|accounts)|anyone(?: else)?|the public)${W_END}`), stated(`${W_START}(?:no one|nobody) else (?:can|will be able to) see${W_END}`)],
  de: [stated(`${W_START}(?:für andere (?:\\p{L}+ )?nicht (?:mehr )?sichtbar|nicht (?:mehr )?für andere (?:\\p{L}+ )?sichtbar)`)],
  fr: [stated(`${W_START}n'(?:est|sont) (?:pas|plus) visibles? (?:par|pour|aux) (?:les )?(?:autres|d'autres)${W_END}`)],
  es: [stated(`${W_START}no (?:es|está|son|están|será|serán) visibles? para (?:otr|los demás|nadie|el resto)\\p{L}*`)],
  it: [stated(`${W_START}non (?:è|sono|sarà|saranno) (?:più )?visibil[ei] (?:agli altri|ad altri|per gli altri|agli utenti|ad altri utenti)`)],
  pt: [stated(`${W_START}não (?:está|estão|é|são|ficará|ficarão) (?:mais )?visíve(?:l|is) (?:para|a) (?:outr|os demais|ninguém)\\p{L}*`)],
  nl: [stated(`${W_START}niet (?:meer )?zichtbaar voor (?:anderen|andere)${W_END}`)],
  pl: [stated(`${W_START}(?:jest |są )?niewidoczn\\p{L}* dla (?:innych|pozostałych)`), stated(`${W_START}inni (?:użytkownicy )?nie (?:widzą|zobaczą|mogą zobaczyć)`)],
  ru: [stated(`${W_START}не (?:видн\\p{L}*|виден) (?:другим|остальным)`), stated(`${W_START}скрыт\\p{L}* от других`)],
  uk: [stated(`${W_START}(?:не (?:видно|видим\\p{L}*) іншим|невидим\\p{L}* для інших|прихован\\p{L}* від інших)`)],
  sv: [stated(`${W_START}inte (?:längre )?synlig\\p{L}* för andra`)],
  da: [stated(`${W_START}ikke (?:længere )?synlig\\p{L}* for andre`)],
  nb: [stated(`${W_START}ikke (?:lenger )?synlig\\p{L}* for andre`)],
  tr: [`${W_START}diğer (?:kullanıcılar|kişiler|üyeler)\\p{L}* (?:tarafından )?(?:görülemez|görünmez|göremez|görüntülenemez)`],
  id: [stated(`${W_START}tidak (?:terlihat|ditampilkan|dapat dilihat) (?:oleh|kepada|untuk|bagi) (?:orang lain|pengguna lain)`)],
  vi: [`${W_START}(?:không (?:hiển thị|hiện) (?:với|cho) (?:người khác|người dùng khác)|người khác không (?:thể )?(?:nhìn thấy|xem được|thấy))`],
  ja: ['他の(?:人|ユーザー|メンバー|利用者)(?:には|から)(?:表示されません|見えません|見ることができません|表示されなくなりました)'],
  zh: ['(?:其他人|其他用户|其他用戶|他人)(?:将|將)?(?:无法|無法|不能|不会|不會)?(?:看到|看見|看见|查看)(?:不到)?', '(?:对|對)(?:其他人|其他用户|其他用戶|他人)不可见|(?:對|对)(?:其他人|他人)不可見'],
  ko: ['다른 (?:사람|사용자|회원)(?:들)?(?:에게|에게는) (?:더 이상 )?(?:표시되지 않|보이지 않)'],
  ar: ['(?:غير مرئي|لا يظهر|لن يظهر)[^.]{0,10}(?:للآخرين|لمستخدمين آخرين|للمستخدمين الآخرين)'],
});

/** "You can't appeal for now" is about the appeal, not a measure. */
const NOT_CONTEST = '(?![^.。]{0,25}(?:appeal|contest|einspruch|widerspruch|faire appel|contester|recurrir|apelar|ricorso|bezwaar|odwoła|itiraz|banding|обжал|оскарж|kháng nghị|申诉|申訴|異議|이의))';

/**
 * N1: an ability withheld for a while or no longer authorised ("You're
 * temporarily not eligible to turn on affiliate", "Вы временно не можете
 * включать…", "n'est plus autorisé à diffuser des publicités"), and the
 * account as the subject of the inability ("Il tuo account business non può
 * fare pubblicità").
 */
export const WITHHELD_ABILITY: Family = {
  en: [
    stated(`${W_START}(?:temporarily|currently|no longer) (?:not |in)?(?:eligible|allowed|permitted|authori[sz]ed|able) to${W_END}${NOT_CONTEST}`),
    stated(`${W_START}your (?:\\p{L}+ )?(?:account|page|channel|profile) (?:can't|cannot|can no longer|is (?:not |no longer )?(?:able|allowed|eligible) to|isn't (?:able|allowed|eligible) to)${W_END}${NOT_CONTEST}(?! be (?:found|loaded|displayed))`),
  ],
  de: [stated(`${W_START}(?:kannst|können|darfst|dürfen) (?:du |sie )?(?:\\p{L}+ ){0,3}?vorübergehend (?:nicht|keine?\\p{L}*)${W_END}${NOT_CONTEST}`), stated(`${W_START}(?:dein|ihr) (?:\\p{L}+ )?konto (?:kann|darf) (?:\\p{L}+ ){0,3}?(?:nicht|keine?\\p{L}*) (?:mehr )?${NOT_CONTEST}`), `${W_START}nicht mehr (?:berechtigt|befugt|zugelassen)${W_END}`],
  fr: [stated(`${W_START}n'(?:est|êtes|es) plus (?:autorisée?s?|habilitée?s?|éligibles?|admise?s?) à${W_END}${NOT_CONTEST}`), stated(`${W_START}(?:ne (?:pouvez|peux|pourrez) temporairement pas|temporairement, vous ne pouvez pas)${NOT_CONTEST}`), stated(`${W_START}votre (?:\\p{L}+ )?compte (?:\\p{L}+ )?ne (?:peut|pourra) (?:pas|plus)${W_END}${NOT_CONTEST}`)],
  es: [stated(`${W_START}ya no (?:está|estás|estará) (?:autorizad|habilitad|permitid)\\p{L}*`), stated(`${W_START}(?:temporalmente no (?:puedes|puede|podrás)|no (?:puedes|puede|podrás) temporalmente)${W_END}${NOT_CONTEST}`), stated(`${W_START}tu cuenta (?:\\p{L}+ )?no (?:puede|podrá)${W_END}${NOT_CONTEST}`)],
  it: [stated(`${W_START}non (?:è|sei) più (?:autorizzat|abilitat|idone)\\p{L}*`), stated(`${W_START}(?:temporaneamente non (?:puoi|può|potrai)|non (?:puoi|può|potrai) temporaneamente)${W_END}${NOT_CONTEST}`), stated(`${W_START}il tuo account (?:\\p{L}+ )?non (?:può|potrà)${W_END}${NOT_CONTEST}`)],
  pt: [`${W_START}(?:está|estão|ficou|ficará) com restriçõ\\p{L}*`, stated(`${W_START}não (?:está|estás) mais (?:autorizad|habilitad)\\p{L}*`), stated(`${W_START}(?:temporariamente não (?:pode|podes|poderá|consegue)|não (?:pode|podes|poderá) temporariamente)${W_END}${NOT_CONTEST}`), stated(`${W_START}(?:sua|a sua|tua) conta (?:\\p{L}+ )?não (?:pode|poderá)${W_END}${NOT_CONTEST}`)],
  nl: [stated(`${W_START}(?:kun|kunt|kan|mag) (?:je |u )?(?:\\p{L}+ ){0,3}?tijdelijk (?:niet|geen)${W_END}${NOT_CONTEST}`), `${W_START}niet langer (?:toegestaan|bevoegd|gemachtigd)${W_END}`],
  pl: [stated(`${W_START}(?:tymczasowo nie (?:możesz|może|można)|nie (?:możesz|może) tymczasowo)${W_END}${NOT_CONTEST}`), `${W_START}nie (?:jest|jesteś) już uprawnion\\p{L}*`],
  ru: [stated(`${W_START}(?:временно не (?:можете|можешь|может|сможете|сможешь)|не (?:можете|можешь|может) временно)${W_END}${NOT_CONTEST}`), `${W_START}(?:вам|для (?:\\p{L}+ ){0,3}?аккаунт\\p{L}*(?: \\p{L}+){0,2}?) (?:\\p{L}+ ){0,2}?запрещен\\p{L}*`],
  uk: [stated(`${W_START}(?:тимчасово не (?:можете|можеш|може)|не (?:можете|можеш) тимчасово)${W_END}${NOT_CONTEST}`)],
  tr: [`${W_START}geçici olarak [^.]{0,30}?\\p{L}+(?:amazsınız|emezsiniz|amazsın|emezsin|amıyorsunuz|emiyorsunuz)${W_END}${NOT_CONTEST}`],
  id: [stated(`${W_START}(?:untuk sementara|sementara) (?:anda )?tidak (?:dapat|bisa|diizinkan)${W_END}${NOT_CONTEST}`)],
  vi: [stated(`${W_START}tạm thời không (?:thể|được)${W_END}${NOT_CONTEST}`)],
  ja: ['一時的に[^。]{0,20}(?:できません|できなくなっています|できなくなりました|制限されています)'],
  zh: [`(?:暂时|暫時)(?:无法|無法|不能|不可)${NOT_CONTEST}`],
  ko: [`일시적으로[^.]{0,20}(?:할 수 없습니다|수 없습니다|수 없게 되었습니다)${NOT_CONTEST}`],
  ar: [`(?:لا يمكنك مؤقتًا|لا يمكنك مؤقتا|مؤقتًا[^.]{0,20}لا يمكنك)${NOT_CONTEST}`],
};

/** Nouns for the removed item, for a link to it. */
const REMOVED_ITEM =
  '(?:removed|deleted|affected|reported|restricted) (?:pin|post|video|content|photo|comment|listing|item|tweet|review|story|reel)s?|(?:entfernte\\p{L}*|gelöschte\\p{L}*|betroffene\\p{L}*) (?:pin|beitrag|video|inhalt|foto|kommentar)\\p{L}*|(?:épingle|publication|vidéo|contenu|photo|commentaire)s? (?:supprimée?s?|retirée?s?|concernée?s?)|(?:pin|publicación|video|vídeo|contenido|foto|comentario)s? (?:eliminad|retirad|afectad)[oa]s?|(?:pin|post|video|contenuto|foto|commento) (?:rimoss|eliminat|interessat)[oaie]|(?:pin|publicação|vídeo|conteúdo|foto|comentário)s? (?:removid|excluíd|afetad)[oa]s?|(?:verwijderde|betreffende) (?:pin|bericht|video|content|foto|reactie)';
/** A link word per language. */
const LINK = '(?:(?:this|the following|the|a) (?:one-time |secure |unique )?link|(?:diesen|dem folgenden|den) (?:\\p{L}+ )?link|(?:ce|le) lien|(?:este|el siguiente|el) enlace|(?:questo|il seguente|il) link|(?:este|o seguinte|o) link|(?:deze|de volgende|de) link)';

/** N4: the removed item reachable through a link the notice gives ("learn more about the removed Pin through this one-time link"). */
export const LINK_TO_ITEM: Family = {
  any: [`${W_START}(?:${REMOVED_ITEM})${W_END}[^.]{0,50}?${LINK}${W_END}`, `${W_START}${LINK}${W_END}[^.]{0,40}?(?:${REMOVED_ITEM})${W_END}`],
};

/**
 * N5: what the item contains, given as the cause ("ended because it may
 * contain music that belongs to someone else", "da es möglicherweise
 * Musikmaterial enthält", "เพราะอาจมีเพลง…"). A verb of containing right
 * after "because it (may)"; the earlier family needed "your <item> contains".
 */
export const BECAUSE_IT_CONTAINS: Family = {
  en: [`${W_START}(?:because|as|since) (?:it|they|this \\p{L}+|the \\p{L}+) (?:may |might |appears to |seems to |possibly )?(?:contains?|contained|include[sd]?|shows?|depicts?)${W_END}`],
  de: [`${W_START}(?:da|weil) (?:es|sie|er|dieses? \\p{L}+) (?:möglicherweise |eventuell |wahrscheinlich )?[^.,]{0,50}?enthält${W_END}`],
  fr: [`${W_START}(?:car|parce qu'|puisqu')(?:elle|il|elles|ils|celle-ci|celui-ci) (?:contient|contenait|montre|comporte|inclut)(?: peut-être)?${W_END}`, `${W_START}(?:car|parce qu'|puisqu')(?:elle|il) (?:pourrait|peut) (?:contenir|montrer|comporter)${W_END}`],
  es: [`${W_START}(?:porque|ya que|pues) (?:podría |puede |parece )?(?:contener|contiene|contenía|muestra|incluye|incluir)${W_END}`, `${W_START}(?:finalizó|se detuvo|terminó) (?:porque )?(?:podría|puede) contener${W_END}`],
  it: [`${W_START}(?:perché|poiché|in quanto) (?:potrebbe |può |sembra )?(?:contenere|contiene|conteneva|mostra|include)${W_END}`],
  pt: [`${W_START}(?:porque|pois|já que) (?:pode |poderia |parece )?(?:conter|contém|continha|mostra|inclui)${W_END}`],
  nl: [`${W_START}(?:omdat|aangezien) (?:het|deze|dit|ze|hij) (?:\\p{L}+ ){0,4}?(?:mogelijk )?(?:bevat|bevatte|toont|laat zien)${W_END}`],
  pl: [`${W_START}(?:ponieważ|gdyż|bo) (?:może |prawdopodobnie )?(?:zawiera|zawierać|zawierała|zawierał|pokazuje)${W_END}`],
  tr: [`(?:içeriyor|bulunduruyor|barındırıyor|gösteriyor) (?:olabileceği|olduğu) için`, `(?:içerdiği|bulundurduğu|barındırdığı|gösterdiği) için`],
  id: [`${W_START}(?:karena|sebab) (?:mungkin |kemungkinan )?(?:berisi|mengandung|memuat|menampilkan)${W_END}`],
  vi: [`${W_START}(?:vì|do|bởi vì) (?:có thể |nó )?(?:chứa|có chứa|bao gồm|hiển thị)${W_END}`],
  ru: [`${W_START}(?:из-за (?:возможного )?наличия|так как (?:он|она|оно|они) (?:может |могут )?(?:содерж\\p{L}*))`],
  uk: [`${W_START}(?:через (?:можливу )?наявність|оскільки (?:він|вона|воно) (?:може )?(?:містить|містити))`],
  ja: ['(?:が含まれている|を含んでいる|が含まれる)(?:可能性がある)?ため'],
  zh: ['(?:中)?(?:可能)?(?:含有|包含)[^。]{0,30}(?:因此|所以)', '(?:因为|因為|由于|由於)(?:其中|其|它|您的[^。]{0,6}|你的[^。]{0,6})?(?:可能)?(?:含有|包含)'],
  ko: ['(?:포함되었을|포함되어 있을|포함될) 가능성이 있으므로', '포함되어 있(?:으므로|기 때문에)'],
  th: ['(?:เพราะ|เนื่องจาก)(?:อาจ)?(?:มี|ประกอบด้วย)'],
  ar: ['(?:لأنه|لأنها|لأن (?:الفيديو|المحتوى)) (?:قد )?(?:يحتوي|تحتوي)'],
  sv: [`${W_START}eftersom (?:den|det) (?:kanske |kan )?(?:innehåller|innehålla)${W_END}`],
  da: [`${W_START}fordi (?:den|det) (?:måske |muligvis )?(?:indeholder)${W_END}`],
  nb: [`${W_START}fordi (?:den|det) (?:kanskje |muligens )?(?:inneholder)${W_END}`],
  fi: [`${W_START}koska (?:se|siinä) (?:saattaa |voi )?(?:sisältää|olla)${W_END}`],
};

/** N5: tools the user ran ("banned for using macros", "por uso de macros"): bots, scripts, cheats, auto-clickers. */
const TOOL = '(?:macros?|makros?|makr|macro|bots?|botów|скрипт\\p{L}*|scripts?|skript\\p{L}*|skryptów|cheats?|cheatów|hacks?|hacków|auto-?clickers?|autoclicker\\p{L}*|trampas|trucchi|trapaças|triche|макрос\\p{L}*|бот\\p{L}*|чит\\p{L}*)';
export const TOOLS_USED: Family = {
  en: [stated(`${W_START}(?:for|because of|due to) (?:using|the use of|use of|running) (?:a |an )?(?:unauthori[sz]ed |third-party )?${TOOL}${W_END}`)],
  de: [stated(`${W_START}(?:wegen|aufgrund) (?:der |von )?(?:verwendung|nutzung|benutzung|einsatz) (?:von )?${TOOL}${W_END}`), stated(`${W_START}${TOOL} (?:verwendet|benutzt|genutzt|eingesetzt)${W_END}`)],
  fr: [stated(`${W_START}(?:pour|en raison de) (?:avoir utilisé|l'utilisation de|utilisation de|usage de) (?:des |un |une |de )?${TOOL}${W_END}`)],
  es: [stated(`${W_START}por (?:usar|utilizar|el uso de|uso de|emplear) (?:un |unos )?${TOOL}${W_END}`)],
  it: [stated(`${W_START}per (?:aver usato|aver utilizzato|l'uso di|uso di|l'utilizzo di|utilizzo di|usare) (?:dei |un |di )?${TOOL}${W_END}`)],
  pt: [stated(`${W_START}por (?:usar|utilizar|uso de|utilização de|o uso de) (?:um |uns )?${TOOL}${W_END}`)],
  nl: [stated(`${W_START}(?:voor|wegens|vanwege) (?:het )?(?:gebruik(?:en)? van|gebruiken van) ${TOOL}${W_END}`)],
  pl: [stated(`${W_START}za (?:używanie|użycie|korzystanie z|stosowanie) ${TOOL}\\p{L}*`)],
  ru: [stated(`${W_START}за (?:использование|применение) ${TOOL}`)],
  tr: [`${W_START}(?:makro|bot|script|hile)\\p{L}* kullan(?:dığınız|ıldığı|manız|mak)\\p{L}*`],
  id: [stated(`${W_START}(?:karena )?menggunakan (?:makro|bot|skrip|script|cheat)${W_END}`)],
  vi: [stated(`${W_START}(?:vì|do) (?:sử dụng|dùng) (?:macro|bot|hack|cheat|phần mềm (?:thứ ba|gian lận)|công cụ (?:tự động|gian lận))`)],
  // the use as a finding or a cause, not "you can no longer use the bot" (将无法再使用机器人)
  ja: ['(?:マクロ|ボット|bot|チート|外部ツール|自動化ツール)(?:の|を)?(?:使用|利用)(?:が確認|を確認|したため|していた|により|が検出|が判明)'],
  zh: ['(?:因|由于|由於|因为|因為|涉嫌)[^。，,]{0,6}(?:使用|利用)(?:了)?(?:宏|脚本|腳本|外挂|外掛|作弊(?:软件|軟體|工具)?|机器人|機器人)', '(?:使用|利用)了(?:宏|脚本|腳本|外挂|外掛|作弊(?:软件|軟體|工具)?|机器人|機器人)'],
  ko: ['(?:매크로|봇|핵|치트|오토)(?:를|을)? ?(?:사용|이용)(?:하여|해서|한 것이|이 확인|이 감지|하셨|했|으로 인해|로 인해)'],
};

/**
 * N5 and N6: the invitees said they do not know the user (LinkedIn): the
 * facts relied on and where they came from. "A large number of the members
 * you invited indicated that they don't know you."
 */
export const SAID_THEY_DONT_KNOW_YOU: Family = {
  en: [`${W_START}(?:said|indicated|reported|told us|have said|have indicated) (?:that )?they (?:don't|do not|didn't|did not) know you${W_END}`],
  de: [`${W_START}(?:angegeben|gemeldet|mitgeteilt)(?: haben)?,? (?:dass )?sie (?:sie|dich) nicht kennen${W_END}`],
  fr: [`${W_START}(?:indiqué|déclaré|signalé)(?:es|s)? (?:qu'ils|qu'elles) ne (?:vous|te) connaissent pas${W_END}`],
  es: [`${W_START}(?:indicado|dicho|informado|indicaron|dijeron) que no (?:te|le|lo|la) conocen${W_END}`],
  it: [`${W_START}(?:indicato|dichiarato|segnalato|detto) (?:di non conoscer(?:ti|la|lo)|che non (?:ti|la|lo) conoscono)${W_END}`],
  pt: [`${W_START}(?:indicaram|disseram|informaram|indicado|informado) que não (?:te|o|a|lhe) conhecem${W_END}`],
  nl: [`${W_START}(?:aangegeven|gemeld|gezegd) dat ze (?:je|jou|u) niet kennen${W_END}`],
  pl: [`${W_START}(?:wskazał\\p{L}*|zgłosił\\p{L}*|stwierdził\\p{L}*),? że (?:cię|pana|panią|ciebie) nie znają${W_END}`],
  ja: ['(?:あなた|あなたのこと)を(?:知らない|知らないと)(?:と回答|と報告|と申告|回答)'],
  zh: ['(?:表示|报告|報告|回复|回覆)(?:他们|他們)?不(?:认识|認識)(?:您|你)'],
};
/** N5 half of the same: the user sent the invitations. */
export const INVITED_STRANGERS: Family = {
  en: [`${W_START}(?:members|people|users|invitees|recipients) (?:\\p{L}+ ){0,3}?you (?:invited|sent invitations to|contacted)${W_END}[^.]{0,60}?(?:don't|do not|didn't|did not) know you`],
  de: [`${W_START}(?:eingeladen|kontaktiert)\\p{L}*[^.]{0,60}?nicht kennen${W_END}`],
  fr: [`${W_START}(?:invité|contacté)\\p{L}*[^.]{0,60}?ne (?:vous|te) connaissent pas${W_END}`],
  es: [`${W_START}(?:invitad|invitast|contactad)\\p{L}*[^.]{0,60}?no (?:te|le|lo|la) conocen${W_END}`],
  it: [`${W_START}(?:invitat|contattat)\\p{L}*[^.]{0,60}?(?:non conoscer(?:ti|la|lo)|non (?:ti|la|lo) conoscono)${W_END}`],
  pt: [`${W_START}(?:convidad|convidou|contatad)\\p{L}*[^.]{0,60}?não (?:te|o|a|lhe) conhecem${W_END}`],
  nl: [`${W_START}(?:uitgenodigd|benaderd)\\p{L}*[^.]{0,60}?niet kennen${W_END}`],
};

/** N6: the measure taken because of reports ("eliminada por reportes"), and "the reported content". */
export const BECAUSE_OF_REPORTS: Family = {
  en: [stated(`${W_START}(?:removed|hidden|suspended|restricted|banned|blocked|locked|taken down) (?:due to|because of|after|following) (?:\\p{L}+ ){0,2}?(?:reports|complaints|flags)${W_END}`), `${W_START}the reported (?:content|post|video|comment|message|item|account)${W_END}`],
  de: [stated(`${W_START}(?:wegen|aufgrund(?: von)?|nach) (?:\\p{L}+ ){0,2}?(?:meldungen|beschwerden|meldung|beschwerde)${W_END}`), `${W_START}(?:der|die|das|den|dem) gemeldete\\p{L}* (?:inhalt|beitrag|video|kommentar|nachricht|konto)\\p{L}*`],
  fr: [stated(`${W_START}(?:suite à|en raison d[ue']|à cause d[ue']|après) (?:des |plusieurs |de )?(?:signalements|plaintes)${W_END}`), `${W_START}(?:le|la|les) (?:contenu|publication|vidéo|commentaire|message|compte)s? signalée?s?${W_END}`],
  es: [stated(`${W_START}(?:eliminad|suspendid|bloquead|ocultad|restringid|retirad)\\p{L}* (?:por|debido a|tras) (?:\\p{L}+ ){0,2}?(?:reportes|denuncias|quejas)${W_END}`), `${W_START}(?:el|la|los|las) (?:contenido|publicación|video|vídeo|comentario|mensaje|cuenta)s? (?:denunciad|reportad)[oa]s?${W_END}`],
  it: [stated(`${W_START}(?:a causa di|in seguito a|dopo|per) (?:alcune |diverse |delle |le )?segnalazioni${W_END}`), `${W_START}(?:il|la|i|le|lo) (?:contenuto|post|video|commento|messaggio|account)\\p{L}* segnalat[oaie]${W_END}`],
  pt: [stated(`${W_START}(?:devido a|por causa de|após|por) (?:\\p{L}+ ){0,2}?denúncias${W_END}`), `${W_START}(?:o|a|os|as) (?:conteúdo|publicação|vídeo|comentário|mensagem|conta)s? denunciad[oa]s?${W_END}`],
  nl: [stated(`${W_START}(?:vanwege|wegens|na|door) (?:\\p{L}+ ){0,2}?(?:meldingen|klachten)${W_END}`), `${W_START}(?:de|het) gemelde (?:content|inhoud|bericht|video|reactie|account)${W_END}`],
  pl: [stated(`${W_START}(?:z powodu|w wyniku|po) (?:\\p{L}+ ){0,2}?(?:zgłoszeń|skarg)${W_END}`), `${W_START}zgłoszon\\p{L}* (?:treść|treści|post|wpis|komentarz|film|konto)`],
  tr: [`${W_START}(?:şikayetler|bildirimler|raporlar)(?: üzerine| nedeniyle| sonucunda)`, `${W_START}(?:şikayet edilen|bildirilen) (?:içerik|gönderi|video|yorum|hesap)`],
  id: [stated(`${W_START}(?:karena|akibat|setelah) (?:adanya )?(?:laporan|pengaduan)${W_END}`), `${W_START}(?:konten|postingan|video|komentar|akun) yang dilaporkan${W_END}`],
  vi: [`${W_START}(?:do|vì|sau khi) (?:bị |nhận được )?(?:báo cáo|tố cáo|khiếu nại)${W_END}`, `${W_START}(?:nội dung|bài viết|video|bình luận|tài khoản) bị (?:báo cáo|tố cáo)${W_END}`],
  ru: [`${W_START}(?:из-за|по|после|в связи с) (?:\\p{L}+ ){0,2}?жалоб\\p{L}*`, `${W_START}(?:контент|публикаци\\p{L}*|видео|комментари\\p{L}*|аккаунт), на котор\\p{L}* (?:\\p{L}+ ){0,2}?пожаловал`],
  uk: [`${W_START}(?:через|після|за) (?:\\p{L}+ ){0,2}?скарг\\p{L}*`],
  ja: ['(?:報告|通報|申告)(?:を受け|があった|が寄せられた|により|のため)', '(?:報告|通報)された(?:コンテンツ|投稿|動画|コメント|アカウント)'],
  zh: ['(?:因|由于|由於|因为|因為)(?:被)?(?:举报|舉報|檢舉|投诉|投訴)', '(?:被举报|被舉報|被檢舉|被投诉|被投訴)的(?:内容|內容|帖子|貼文|视频|影片|评论|評論|账号|帳號)'],
  ko: ['신고(?:로 인해|가 접수되어|가 접수되었|에 따라|를 받아)', '신고된 (?:게시물|콘텐츠|댓글|영상|계정)'],
  ar: ['(?:بسبب|بناءً على|بعد) (?:ال)?(?:بلاغات|شكاوى|تقارير)', '(?:المحتوى|المنشور) (?:الذي تم الإبلاغ عنه|المبلغ عنه)'],
};

/** N7: a review carried out by the team, said as a noun ("in seguito a un esame svolto dal nostro team"), and "the moderation" as the agent. */
export const TEAM_REVIEW: Family = {
  en: [`${W_START}(?:a |the |after a |following a )?(?:review|assessment) (?:carried out |conducted |done )?by (?:our|the) (?:\\p{L}+ )?(?:team|moderators|reviewers|staff)${W_END}`, `${W_START}by (?:the|our) moderation(?: team)?${W_END}`],
  de: [`${W_START}(?:überprüfung|prüfung) durch (?:unser|das) (?:\\p{L}+ )?team${W_END}`, `${W_START}(?:von der|durch die) moderation${W_END}`, `${W_START}(?:von unserem|vom) (?:moderations|support)?team (?:\\p{L}+ )?(?:entfernt|gesperrt|gelöscht|geprüft)`],
  fr: [`${W_START}(?:examen|vérification|analyse) (?:effectuée?|réalisée?|menée?) par (?:notre |l')équipe${W_END}`, `${W_START}par (?:la|notre) (?:équipe de )?modération${W_END}`],
  es: [`${W_START}(?:revisión|análisis|examen) (?:realizad[oa]|hech[oa]|llevad[oa] a cabo) por (?:nuestro|el) equipo${W_END}`, `${W_START}por (?:el equipo de|la) moderación${W_END}`],
  it: [`${W_START}(?:esame|revisione|verifica|analisi) (?:svolt[oa]|effettuat[oa]|condott[oa]) (?:dal|da un) (?:nostro )?team${W_END}`, `${W_START}(?:dalla|dal team di) moderazione${W_END}`],
  pt: [`${W_START}(?:análise|revisão|avaliação) (?:feita|realizada|conduzida) pela (?:nossa )?equipe${W_END}`, `${W_START}pela (?:equipe de )?moderação${W_END}`],
  nl: [`${W_START}(?:beoordeling|controle) door (?:ons|het) (?:\\p{L}+)?team${W_END}`, `${W_START}door (?:de|het) moderatie(?:team)?${W_END}`],
  pl: [`${W_START}(?:przez|przez nasz) (?:zespół (?:moderacji|moderatorów)|moderację)${W_END}`],
  // not "Свяжитесь с модерацией" (contact the moderation): the instrumental after "с" is a companion, not an agent
  ru: [`(?<!${W_START}(?:с|со) )${W_START}(?:модерацией|командой модерации|нашей командой модераторов)${W_END}`],
  id: [`${W_START}oleh (?:tim )?moderasi${W_END}`],
  vi: [`${W_START}bởi (?:ban|đội ngũ) (?:kiểm duyệt|quản trị)`],
};

/**
 * N8 applies: the item is said to belong to someone else or to be used
 * without the rights to it, i.e. a copyright ground ("music that belongs to
 * someone else", "content you don't have permission to use").
 */
export const OTHERS_RIGHTS: Family = {
  en: [`${W_START}(?:belongs to|owned by) (?:someone else|another (?:person|party|user|company))${W_END}`, `${W_START}(?:don't|do not|didn't|did not) have (?:the )?(?:permission|rights?|a licen[cs]e) to (?:use|share|broadcast|post)${W_END}`],
  de: [`${W_START}eigentum (?:einer|eines) (?:anderen|dritten)`, `${W_START}(?:deren|dessen|für die) (?:rechte|nutzungsrechte) (?:du|sie) nicht (?:besitzt|besitzen|hast|haben)`],
  fr: [`${W_START}appartient à (?:quelqu'un d'autre|une autre personne|un tiers|autrui)${W_END}`, `${W_START}dont (?:vous|tu) ne (?:détenez|détiens|possédez|possèdes) pas les droits${W_END}`],
  es: [`${W_START}(?:pertenece|pertenecen) a (?:otra persona|otras personas|un tercero|terceros|alguien más)${W_END}`, `${W_START}(?:que )?no tienes (?:permiso|derechos?|licencia) (?:para|de) (?:usar|utilizar|compartir|transmitir)${W_END}`],
  it: [`${W_START}(?:appartiene|appartengono|appartenent[ei]) a (?:un'altra persona|altre persone|terzi|qualcun altro)${W_END}`, `${W_START}non (?:hai|possiedi) (?:il permesso|i diritti|l'autorizzazione) (?:di|per) (?:usar|utilizzar|condivider|trasmetter)\\p{L}*`],
  pt: [`${W_START}(?:pertence|pertencem|pertencentes?) a (?:outra pessoa|outras pessoas|terceiros|outra entidade)${W_END}`, `${W_START}não (?:tem|tens|possui) (?:permissão|direitos?|autorização) (?:para|de) (?:usar|utilizar|compartilhar|partilhar|transmitir)${W_END}`],
  nl: [`${W_START}(?:eigendom (?:is )?van (?:iemand anders|een ander|derden)|van iemand anders is)${W_END}`, `${W_START}(?:geen|niet de) (?:toestemming|rechten) (?:hebt|heeft|hebben) om${W_END}`],
  pl: [`${W_START}należąc\\p{L}* do (?:innego podmiotu|innej osoby|osób trzecich|kogoś innego)${W_END}`, `${W_START}do których nie masz praw${W_END}`],
  tr: [`${W_START}başka (?:birine|birisine|bir kişiye) ait${W_END}`, `${W_START}(?:hakları|kullanım hakkı) (?:sana|size) ait olmayan${W_END}`],
  id: [`${W_START}milik (?:orang lain|pihak lain)${W_END}`, `${W_START}tidak (?:memiliki|punya) (?:izin|hak) (?:untuk )?(?:menggunakan|membagikan|menyiarkan)${W_END}`],
  vi: [`${W_START}thuộc (?:quyền sở hữu )?của người khác${W_END}`, `${W_START}không có quyền sử dụng${W_END}`],
  ru: [`${W_START}права на (?:котор\\p{L}*|эту музыку|этот контент) принадлежат (?:третьим лицам|другим)`, `${W_START}на использование котор\\p{L}* у (?:вас|тебя) нет (?:разрешения|прав)`],
  uk: [`${W_START}належ\\p{L}* (?:іншій особі|третім особам|комусь іншому)`],
  ja: ['他の(?:人|ユーザー|権利者)が(?:所有|保有)する', '権利(?:が|を)(?:ない|持たない|持っていない|有していない)コンテンツ'],
  zh: ['(?:屬於|属于)他人(?:所有)?的', '(?:无权|無權)使用的'],
  ko: ['다른 사람 소유의', '(?:이용|사용) 권한이 없는'],
  th: ['(?:ที่เป็นของ|เป็นของ)ผู้อื่น', 'ไม่มีสิทธิ์ใช้'],
  ar: ['(?:تعود|يعود) ملكيتها? (?:إلى|ل)(?:شخص آخر|الغير)', 'لا تملك (?:حقوق|الحق في|إذن)'],
};

/** Profanity and insults as a rule's topic, per language (for N9's "blocked for using profanity"). */
export const PROFANITY_TOPIC = [
  'profanity', 'swearing', 'vulgar', 'obscen', 'offensive language', 'insults?\\b',
  'vulgär', 'obszön', 'schimpfw', 'fäkalsprache', 'beleidigung',
  'vulgarit', 'grossièret', 'injure', 'insulte',
  'groser', 'insultos?\\b', 'palabrotas', 'lenguaje ofensivo', 'malas palabras',
  'volgar', 'parolacc', 'bestemmi', 'turpiloquio', 'linguaggio offensivo',
  'palavrão', 'palavrões', 'linguagem ofensiva',
  'grof taalgebruik', 'scheldw', 'vloek',
  'wulgaryzm', 'wulgarn', 'przekleństw', 'obelg',
  'нецензурн', 'ненормативн', 'брань', 'мат(?![\\p{L}])', 'лайк[аиу]', 'лайлив',
  'küfür', 'küfürlü', 'argo',
  'kata kasar', 'kata-kata kasar', 'kata kotor', 'makian', 'umpatan',
  'chửi thề', 'thô tục', 'tục tĩu', 'lăng mạ',
  '暴言', '卑猥', '侮辱',
  '脏话', '髒話', '粗口', '辱骂', '辱罵', '谩骂', '謾罵', '低俗',
  '욕설', '비속어', '모욕',
  'الألفاظ النابية', 'ألفاظ بذيئة', 'الشتائم',
  'คำหยาบ', 'अपशब्द', 'गाली',
];
const PROFANITY = `(?:${PROFANITY_TOPIC.join('|')})`;

/** N9: profanity named as the ground, after a word of cause or "for using" in each language. */
export const PROFANITY_GROUND: Family = {
  en: [`${W_START}(?:for|because of|due to) (?:using |the use of |use of )?(?:\\p{L}+ )?${PROFANITY}`],
  de: [`${W_START}(?:wegen|aufgrund(?: von)?) (?:der |von )?(?:verwendung von |nutzung von )?(?:\\p{L}+ )?${PROFANITY}`],
  fr: [`${W_START}(?:pour|en raison d[eu']|à cause d[eu']) (?:l'utilisation d[e'] |des |de |d')?(?:\\p{L}+ )?${PROFANITY}`],
  es: [`${W_START}(?:por|debido a) (?:usar |el uso de |uso de |decir )?(?:\\p{L}+ )?${PROFANITY}`],
  it: [`${W_START}(?:per|a causa d[ei]) (?:l'uso di |uso di |aver usato )?(?:\\p{L}+ )?${PROFANITY}`],
  pt: [`${W_START}(?:por|devido a) (?:usar |uso de |o uso de )?(?:\\p{L}+ )?${PROFANITY}`],
  nl: [`${W_START}(?:voor|wegens|vanwege) (?:het gebruik van )?(?:\\p{L}+ )?${PROFANITY}`],
  pl: [`${W_START}(?:za|z powodu|ze względu na) (?:używanie |użycie |użyt\\p{L}* )?(?:\\p{L}+ )?${PROFANITY}`],
  ru: [`${W_START}(?:за|из-за) (?:использование )?(?:\\p{L}+ )?${PROFANITY}`],
  uk: [`${W_START}(?:за|через) (?:використання )?(?:\\p{L}+ )?${PROFANITY}`],
  tr: [`${PROFANITY}\\p{L}{0,6} (?:nedeniyle|yüzünden|sebebiyle|dolayı|kullandığı(?:nız)? için)`],
  id: [`${W_START}(?:karena|akibat) (?:menggunakan |penggunaan )?${PROFANITY}`],
  // only the Vietnamese words: "do" (because of) is also English
  vi: [`${W_START}(?:vì|do) (?:sử dụng |dùng )?(?:ngôn từ )?(?:chửi thề|thô tục|tục tĩu|lăng mạ)`],
  ja: [`${PROFANITY}[^。]{0,6}(?:のため|により|が理由で|を理由に)`],
  zh: [`(?:因|由于|由於|因为|因為)(?:使用|发布|發布|发表|發表)?${PROFANITY}`],
  ko: [`${PROFANITY}(?:으로|로|사용으로)(?: 인해| 인하여)?`],
  ar: [`(?:بسبب|لاستخدام) ${PROFANITY}`],
};

/** N9: "Community Standards on child sexual exploitation": the community word between the rules word and "on". */
const RULES_OF_COMMUNITY = "(?:standards?|guidelines?|rules|normas?|norme|standard|padrões|regras|diretrizes|règles|normes|standards|richtlinien|regeln|richtlijnen|regels|normen|zasad\\p{L}*|standard\\p{L}*)";
const COMMUNITY = "(?:de la communauté|della community|da comunidade|de la comunidad|der community|van de community|community|społeczności|comunitari[oa]s?|communautaires)";
const ABOUT = '(?:on|about|regarding|sur|concernant|relatives? à|en matière de|sobre|relativas? a|in materia di|su|sull[ae]?|relative a|sulla|zu|zum|zur|über|bezüglich|over|inzake|met betrekking tot|dotycząc\\p{L}*|w zakresie)';
const ROMANCE_TOPIC = '(?:sexu|sessu|sexual|explora|exploit|sfrutta|explota|nudit|nudez|desnud|nudo|nudi|pornogra|violen|odio|haine|ódio|hass|harcèlement|acoso|molestie|assédio|intimida|spam|arnaque|estafa|truff|golpe|fraude|frode|terror|suicid|automutila|autolesion|armi|armas|armes|drog|mineur|menor|minor|enfant|niñ|bambin|criança)';
export const RULES_OF_COMMUNITY_ON: Family = {
  any: [`${W_START}${RULES_OF_COMMUNITY} ${COMMUNITY} ${ABOUT} (?:[\\p{L}'-]+ ){0,3}?${ROMANCE_TOPIC}`],
};

/** N9: "Restringimos tus mensajes por acoso": a measure verb in the first person plural, then the topic as its cause. */
export const WE_ACTED_FOR_TOPIC = `${W_START}(?:we (?:removed|restricted|suspended|limited|blocked|banned|hid|disabled)|restringimos|suspendimos|eliminamos|bloqueamos|limitamos|ocultamos|removemos|restringimos|suspendemos|nous avons (?:supprimé|restreint|suspendu|limité|bloqué|masqué)|abbiamo (?:rimosso|limitato|sospeso|bloccato|nascosto)|wir haben (?:\\p{L}+ ){0,3}?(?:entfernt|eingeschränkt|gesperrt|blockiert)|we hebben (?:\\p{L}+ ){0,3}?(?:verwijderd|beperkt|geblokkeerd|opgeschort)|(?:removemos|restringimos|suspendemos|bloqueamos|limitamos))(?: [\\p{L}'-]+){0,4}? (?:for|due to|because of|por|debido a|pour|en raison d[eu']|per|a causa d[ei]|wegen|aufgrund|vanwege|wegens|devido a) (?:[\\p{L}-]+ ){0,2}?`;

/**
 * N10: "if you think it is a mistake" in the languages the earlier lists
 * lacked (sv, da, nb, fi, cs, hu, ro, el), and a channel for complaints
 * ("Mọi thắc mắc, khiếu nại vui lòng liên hệ", "for complaints, contact").
 */
export const IF_MISTAKE_OTHER: Family = {
  sv: [`${W_START}om du (?:tror|anser|tycker|menar) att (?:det|detta) (?:är|var) (?:ett misstag|fel|felaktigt)`],
  da: [`${W_START}hvis du (?:mener|tror|synes),? at (?:det|dette) (?:er|var) (?:en fejl|forkert)`],
  nb: [`${W_START}hvis du (?:mener|tror|synes) at (?:det|dette) (?:er|var) (?:en feil|feil)`],
  fi: [`${W_START}jos (?:uskot|arvelet|katsot|mielestäsi)[^.]{0,30}(?:virhe|väärin|erehdys)`],
  cs: [`${W_START}pokud (?:si )?(?:myslíte|se domníváte|máte za to),? že (?:jde o|se jedná o|to je) (?:chyb|omyl)`],
  hu: [`${W_START}ha (?:úgy )?(?:gondolod|gondolja|véled|úgy érzed),? hogy (?:ez )?(?:hiba|tévedés)`],
  ro: [`${W_START}dacă (?:crezi|credeți|consideri|considerați) că (?:este|a fost) (?:o )?(?:greșeală|eroare)`],
  el: ['αν (?:πιστεύετε|πιστεύεις|θεωρείτε) ότι (?:πρόκειται για|έγινε) λάθος'],
};
export const COMPLAINTS_CHANNEL: Family = {
  en: [`${W_START}(?:for|with) (?:any )?(?:complaints|objections)(?: or questions)?,? (?:please )?(?:contact|write to|email)${W_END}`],
  de: [`${W_START}(?:für|bei) (?:beschwerden|einwänden)(?: oder fragen)?,? (?:wende dich|wenden sie sich|kontaktiere|kontaktieren sie|schreib|schreiben sie)`],
  fr: [`${W_START}pour (?:toute )?(?:réclamation|contestation|plainte)s?,? (?:veuillez )?(?:contacte|écri|adresse)`],
  es: [`${W_START}para (?:cualquier )?(?:reclamo|reclamación|queja|impugnación)(?:es|s)?,? (?:por favor )?(?:contacta|escribe|comunícate|escríbenos)`],
  it: [`${W_START}per (?:eventuali )?(?:reclami|contestazioni)(?: o domande)?,? (?:contatta|scrivi|scrivere|contattare)`],
  pt: [`${W_START}para (?:quaisquer )?(?:reclamações|contestações|reclamação)(?: ou dúvidas)?,? (?:entre em contato|contate|escreva)`],
  nl: [`${W_START}(?:voor|bij) (?:klachten|bezwaren)(?: of vragen)?,? (?:neem contact|mail|schrijf)`],
  vi: [`${W_START}(?:mọi )?(?:thắc mắc,? )?khiếu nại[^.]{0,20}(?:vui lòng |xin )?liên hệ`],
  id: [`${W_START}(?:untuk )?(?:keluhan|pengaduan|keberatan)[^.]{0,20}(?:silakan )?hubungi${W_END}`],
  zh: ['(?:如有|若有)?(?:申诉|申訴|投诉|投訴|异议|異議)(?:请|請)(?:联系|聯繫|联络|聯絡)'],
  ko: ['이의 ?(?:제기|신청)(?:은|는)? [^.]{0,20}(?:문의|연락)'],
  tr: [`${W_START}(?:şikayet|itiraz)\\p{L}* için[^.]{0,20}(?:iletişime geç|bize yaz)`],
  pl: [`${W_START}(?:w sprawie )?(?:reklamacj|odwołań|skarg)\\p{L}*[^.]{0,20}(?:skontaktuj się|napisz)`],
  ru: [`${W_START}(?:по (?:вопросам )?(?:жалоб|обжаловани|претензи)\\p{L}*)[^.]{0,20}(?:обращайтесь|свяжитесь|пишите)`],
};

/**
 * N3 (a guard): something else that expires ("the link will expire after 7
 * days", "der Code läuft in 24 Stunden ab"): cut from the text before the
 * duration is looked for, so its span is not read as the measure's.
 */
export const OTHER_EXPIRY = new RegExp(
  `${W_START}(?:(?:the |this )?(?:link|code|token|password|session|invitation|url|offer|download)s? (?:\\p{L}+ ){0,3}?(?:will )?(?:expires?|be valid|is valid|remains valid)|(?:der |dieser )?(?:link|code) (?:\\p{L}+ ){0,3}?(?:läuft|ist gültig|verfällt)|(?:le |ce )?(?:lien|code) (?:\\p{L}+ ){0,3}?(?:expire|est valable)|(?:el |este )?(?:enlace|código) (?:\\p{L}+ ){0,3}?(?:caduca|expira|es válido)|(?:il |questo )?(?:link|codice) (?:\\p{L}+ ){0,3}?(?:scade|è valido)|(?:o |este )?(?:link|código) (?:\\p{L}+ ){0,3}?(?:expira|é válido)|(?:de |deze )?(?:link|code) (?:\\p{L}+ ){0,3}?(?:verloopt|is geldig))[^.)]*`,
  'gu',
);
export const withoutOtherExpiry = (text: string) => text.replace(OTHER_EXPIRY, ' ');

/*
 * From an audit of basic sentences per item and language (360 sentences
 * written for it, 16 languages and a few more; kept out of the repository):
 * the forms below were the ones it found missing.
 */

/** N1: a paused or declined item, a locked account in French, the Hindi loan verb "suspend kar diya". */
export const PAUSED_OR_DECLINED: Family = {
  en: [stated(`${W_START}(?:(?:has been|have been|was|were|is|are) (?:\\p{L}+ )?(?:paused|declined|put on hold)|(?:and )?paused it)${W_END}`)],
  de: [`${W_START}(?:wurde|wurden|ist) (?:\\p{L}+ )?pausiert${W_END}`],
  fr: [`${W_START}(?:verrouillée?s?|mise?s? en pause)${W_END}`],
  es: [`${W_START}(?:ha sido|fue|está) (?:pausad|puest[oa] en pausa)\\p{L}*`],
  it: [`${W_START}(?:è stat[oa] |è )(?:messo in pausa|messa in pausa|sospes[oa] temporaneamente)`],
  pt: [`${W_START}(?:foi|está) (?:pausad|colocad[oa] em pausa)\\p{L}*`],
  nl: [`${W_START}(?:is|werd) (?:\\p{L}+ )?gepauzeerd${W_END}`],
  hi: ['(?:सस्पेंड|ब्लॉक|बैन|डिलीट|रिमूव|डिसेबल) (?:कर दिया|किया) गया'],
};

/** N3: "permanently" in Arabic (نهائيًا, بشكل دائم). */
export const PERMANENT_MORE: Family = {
  ar: ['(?:نهائيًا|نهائيا|بشكل نهائي|بشكل دائم|دائمًا|بصفة دائمة)'],
};

/** N7: the decision itself said to be automatic ("this decision was made automatically"), and Nordic "automatically". */
export const DECIDED_AUTOMATICALLY: Family = {
  en: [`${W_START}(?:decision|action) (?:was|has been) (?:made|taken) (?:automatically|by (?:an )?automated)`, `${W_START}automatically (?:made|taken|decided)${W_END}`],
  sv: [`${W_START}(?:togs bort|blockerades|stängdes av|spärrades) automatiskt${W_END}`, `${W_START}automatiskt (?:borttagen|borttaget|blockerad|spärrad)`],
  da: [`${W_START}(?:blev|er blevet) (?:automatisk )?(?:fjernet|blokeret|spærret) automatisk${W_END}`, `${W_START}automatisk (?:fjernet|blokeret|spærret)`],
  nb: [`${W_START}automatisk (?:fjernet|blokkert|sperret)`, `${W_START}(?:ble|har blitt) (?:fjernet|blokkert|sperret) automatisk${W_END}`],
  fi: [`${W_START}automaattisesti${W_END}`],
};

/** N6: the platform's system, singular, found it ("Unser System hat … erkannt", "Notre système a détecté"). */
export const SYSTEM_DETECTED: Family = {
  de: [`${W_START}unser system hat [^.]{0,40}(?:festgestellt|erkannt|entdeckt|markiert)`],
  fr: [`${W_START}notre système (?:a|avait) (?:détecté|identifié|repéré|signalé)`],
  es: [`${W_START}nuestro sistema (?:ha )?(?:detectó|detectado|identificó|identificado|marcó|marcado)`],
  it: [`${W_START}il nostro sistema ha (?:rilevato|individuato|identificato|segnalato)`],
  pt: [`${W_START}(?:nosso|o nosso) sistema (?:detectou|identificou|detetou|sinalizou)`],
  nl: [`${W_START}ons systeem heeft [^.]{0,30}(?:gedetecteerd|vastgesteld|ontdekt|gemarkeerd)`],
  pl: [`${W_START}nasz system (?:wykrył|zidentyfikował|oznaczył)`],
  tr: [`${W_START}sistemimiz [^.]{0,30}(?:tespit etti|algıladı|belirledi)`],
  ru: [`${W_START}наша система (?:обнаружила|выявила|определила)`],
  uk: [`${W_START}наша система (?:виявила|визначила)`],
  ar: ['(?:اكتشف|رصد|حدد) نظامنا', 'نظامنا (?:اكتشف|رصد)'],
};

/**
 * N9: cheating (and, after a measure verb, advertising) as a ground in game
 * and forum bans, each language with its own words: a shared list would let
 * English "do not cheat" read as Vietnamese "do" (because of) + a topic.
 */
const CHEAT: Record<string, string> = {
  en: '(?:cheating|cheats?|hacking|exploiting|advertising|self-promotion)',
  de: '(?:cheat\\p{L}*|schummel\\p{L}*|werbung|eigenwerbung)',
  fr: '(?:triche|tricherie|cheat\\p{L}*)',
  es: '(?:trampas?|hacer trampa|cheats?|hacks?)',
  it: '(?:barare|imbrogli\\p{L}*|cheat\\p{L}*)',
  pt: '(?:trapaça|trapacear|cheats?|hacks?)',
  nl: '(?:valsspel\\p{L}*|vals spelen|cheat\\p{L}*)',
  pl: '(?:oszukiwani\\p{L}*|cheat\\p{L}*|używanie cheatów)',
  tr: '(?:hile|hile kullanımı)',
  id: '(?:curang|kecurangan)',
  // Vietnamese "do" (because of) is also English "do": only Vietnamese words after it
  vi: '(?:gian lận|hack game|dùng hack)',
  ru: '(?:читерств\\p{L}*|читы|использование читов)',
};
export const CHEATING_GROUND: Family = {
  en: [`${W_START}(?:banned|suspended|blocked|removed|kicked|muted) (?:\\p{L}+ ){0,3}?(?:for|because of|due to) (?:\\p{L}+ )?${CHEAT.en}${W_END}`],
  de: [`${W_START}(?:wegen|aufgrund(?: von)?) (?:\\p{L}+ )?${CHEAT.de}${W_END}`],
  fr: [`${W_START}(?:pour|en raison d[eu']) (?:\\p{L}+ )?${CHEAT.fr}${W_END}`],
  es: [`${W_START}(?:por|debido a) (?:\\p{L}+ )?${CHEAT.es}${W_END}`],
  it: [`${W_START}(?:per|a causa d[ei]) (?:\\p{L}+ )?${CHEAT.it}${W_END}`],
  pt: [`${W_START}(?:por|devido a) (?:\\p{L}+ )?${CHEAT.pt}${W_END}`],
  nl: [`${W_START}(?:wegens|vanwege) (?:\\p{L}+ )?${CHEAT.nl}${W_END}`],
  pl: [`${W_START}(?:za|z powodu) (?:\\p{L}+ )?${CHEAT.pl}${W_END}`],
  tr: [`${W_START}${CHEAT.tr}\\p{L}{0,6} (?:nedeniyle|yüzünden|sebebiyle)`],
  id: [`${W_START}(?:karena|akibat) (?:\\p{L}+ )?${CHEAT.id}${W_END}`],
  vi: [`${W_START}(?:vì|do) (?:\\p{L}+ )?${CHEAT.vi}${W_END}`],
  ru: [`${W_START}(?:за|из-за) (?:\\p{L}+ )?${CHEAT.ru}${W_END}`],
  zh: ['(?:因|由于|由於|因为|因為)(?:使用|开|開)?(?:作弊|外挂|外掛)'],
  ja: ['(?:チート|不正行為)[^。]{0,6}(?:のため|により)'],
  ko: ['(?:치트|핵|부정행위)(?: ?(?:행위|사용))?(?:으로|로) ?인(?:해|하여)'],
};

/** N9: Korean and Arabic "because of <topic>" with a noun such as 행위 (act) between, and Arabic بسبب. */
const KO_TOPIC = '(?:스팸|사기|괴롭힘|혐오|음란|폭력|저작권|사칭|욕설|비방|도배|광고|어뷰징|불법)';
const AR_TOPIC = '(?:البريد العشوائي|الرسائل المزعجة|الرسائل غير المرغوب|سبام|الكراهية|التحرش|التنمر|العري|العنف|الاحتيال|انتحال|المعلومات المضللة|الألفاظ النابية|الشتائم)';
export const GROUND_WITH_NOUN: Family = {
  ko: [`${KO_TOPIC} ?(?:행위|활동|게시물|게시|유포|발언)(?:으로|로) ?인(?:해|하여)`],
  ar: [`(?:بسبب|نتيجة|لأسباب تتعلق ب)(?:ال)?\\s?${AR_TOPIC}`],
};

/** N10: a request to be unbanned ("Entbannungsantrag", "solicitar el desbaneo", "unban request"). */
export const UNBAN_REQUEST: Family = {
  any: [`${W_START}(?:unban|entbannung|entbannen|entsperrungsantrag|desbaneo|desbanear|débannissement|débannir|sban|desbanimento|desbanir|unbann)\\p{L}*`],
};

/** N15: a case or file reference in Italian and Vietnamese. */
export const REFERENCE_MORE_WAYS: Family = {
  it: [`${W_START}numero (?:di )?(?:pratica|segnalazione|ticket)${W_END}`],
  vi: [`${W_START}mã (?:trường hợp|yêu cầu|hồ sơ|vụ việc|khiếu nại)${W_END}`],
};

/** N3: a span said as "within N hours" with the inability or measure after it (24 小时内，你不能…), not an appeal's time. */
export const WITHIN_SPAN_ZH: Family = {
  zh: [`(?:在)?\\s?\\d+\\s?(?:分钟|分鐘|小时|小時|天|日|周|週)(?:内|內)[，,]?[^。]{0,30}?(?:不能|无法|無法|禁止|不得|暂停|暫停)(?![^。]{0,10}(?:申诉|申訴))`, `(?:禁止|限制)[^。]{0,12}(?:在)\\s?\\d+\\s?(?:分钟|分鐘|小时|小時|天|日)(?:内|內)`],
};

/** N10: Indonesian "request a review" with tinjauan (the earlier lists had peninjauan and banding). */
export const REVIEW_REQUEST_ID: Family = {
  id: [`${W_START}(?:meminta|mengajukan|minta|ajukan) (?:\\p{L}+ )?(?:tinjauan|peninjauan)${W_END}`],
};

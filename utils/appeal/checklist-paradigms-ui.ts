/**
 * Seventh round of the checker's word families: the short interface strings
 * and e-mails platforms and forum software show (a line or two, often in a
 * language outside the core 13). Each family is one idea worded in every
 * language the corpus has, written from language knowledge and tested on
 * sentences written for test/unit/appeal/checklist-paradigms-ui.test.ts
 * (each failing before), never copied from a labelled row.
 *
 * Same input as the other paradigm files: NFKC, lower-cased, whitespace
 * collapsed. Keys are language codes; checklist-patterns.ts ORs every list in.
 */
import { EXTRA_TOPICS, TOPIC_PARADIGM, W_END, W_START, word } from './checklist-paradigms';
import { stated } from './checklist-paradigms-more';

type Family = Record<string, string[]>;

/** "Strike expires in 90 days", "you have 30 days to appeal": not the measure's own end. */
const NOT_AFTER_STRIKE_OR_APPEAL = `(?<!(?:strike|warning|verwarnung|avertissement|advertencia|avvertimento|waarschuwing|警告|경고|peringatan|uyarı|ostrzeżeni|предупрежден|попередженн|appeal|einspruch|appel|apelar|recurso|ricorso|bezwaar|banding|itiraz|odwoła|обжал|оскарж|申诉|申訴|異議|이의|kháng nghị|khiếu nại)[^.]{0,40})`;

/** A number written as a template variable (%s, %d, %(count)s, {days}, {{count}}, {0}, $1, ${n}). */
const TEMPLATE_VARIABLE = `(?:%\\d?\\$?[sd]|%\\(\\w+\\)[sd]|\\{\\{?\\s*\\w+\\s*\\}\\}?|\\$\\{\\w+\\}|\\$\\d)`;

/** Units of time in many languages, for a number or variable just before them. */
const TIME_UNIT =
  '(?:minutes?|hours?|days?|weeks?|months?|years?|minuten|stunden?|tagen?|wochen?|monaten?|jahren?|heures?|jours?|semaines?|mois|ans|minutos|horas?|días|dias?|semanas?|meses|años|anos|minuti|ore|giorni|settimane|mesi|anni|uur|dagen|weken|maanden|jaar|menit|jam|hari|minggu|bulan|tahun|dakika|saat|gün|hafta|ay|yıl|minut|godzin\\p{L}*|dni|dzień|tygodni\\p{L}*|miesi\\p{L}*|минут\\p{L}*|час\\p{L}*|дн\\p{L}*|сут\\p{L}*|недел\\p{L}*|месяц\\p{L}*|ngày|giờ|tuần|tháng|分|分間|時間|日|日間|週間|か月|ヶ月|天|小时|小時|周|週|个月|個月|분|시간|일|주|개월)';

/** "You can no longer appeal this decision" is about the appeal, not a measure on the account. */
const NOT_BEFORE_APPEAL = '(?![^.。]{0,30}(?:appeal|beschwerde|einspruch|widerspruch|appel|recurso|recurrir|apelar|ricorso|bezwaar|beroep|申诉|申訴|異議|이의|banding|itiraz|odwoła|обжал|оскарж))';

/**
 * N1: the measure said as an ability that ended ("you can no longer post"),
 * a restriction of reach or earnings, and measure verbs in languages the
 * earlier families did not cover (ro, el, sk, hi, fa, ca) or covered only in
 * some forms.
 */
export const ACTION_UI: Family = {
  en: [
    `${W_START}(?:can no longer|are no longer (?:able|allowed|permitted) to|will no longer be able to)${W_END}${NOT_BEFORE_APPEAL}`,
    `${W_START}(?:you(?:'ve| have)? been|you're|you are) (?:timed out|kicked)${W_END}`,
    `${W_START}(?:not|no longer) eligible (?:to|for) (?:monetiz|earn|ads|advertis|recommend|the for you|for you)`,
    `${W_START}(?:ineligible for|demonetiz)`,
    `${W_START}(?:(?:is|are) )?(?:only visible to you|visible only to you)${W_END}`,
    `${W_START}(?:live|stream|broadcast|livestream|live stream|live video)[^.]{0,30}(?:was|has been) (?:ended|stopped|interrupted|cut off)`,
  ],
  de: [`${W_START}(?:kannst|können|könnt|darfst|dürfen) (?:du |sie |ihr )?(?:[\\p{L}-]+ ){0,3}?(?:nicht mehr|keine (?!beschwerde|einspruch|widerspruch)[\\p{L}-]+ mehr)${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}nur (?:noch )?für dich sichtbar`, word('demonetarisiert')],
  fr: [`${W_START}(?:ne|n') ?(?:pouvez|peux|pourrez|pourras|êtes|es) plus${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}(?:visible uniquement par vous|n'est visible que par vous|démonétisé\\p{L}*)`],
  es: [`${W_START}ya no (?:puedes|puede|podrás|podrá|podéis|pueden|tienes permitido)${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}(?:solo (?:tú|tu) puedes verl|solo visible para ti|desmonetizad\\p{L}*)`],
  it: [`${W_START}non (?:puoi|può|potrai|potrà|potete) più${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}(?:visibile solo a te|demonetizzat\\p{L}*)`],
  pt: [`${W_START}(?:não|nao) (?:pode|podes|poderá|poderás|consegue|consegues) mais${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}já não (?:pode|podes|poderá|poderás|consegue)${W_END}`, `${W_START}(?:visível apenas para (?:você|ti)|só você pode ver|desmonetizad\\p{L}*)`],
  nl: [`${W_START}(?:kunt|kan|kun|mag) (?:je |u |jij )?(?:[\\p{L}-]+ ){0,2}?niet meer${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}alleen zichtbaar voor (?:jou|jezelf|u)`, word('gedemonetiseerd')],
  ja: ['(?:でき|られ|され)なくなりました', 'できなくなっています', '自分だけに表示', 'あなただけが(?:見|閲覧)', '収益化(?:の対象外|できません|が無効|が停止)'],
  zh: [`(?:无法|不能|無法)再${NOT_BEFORE_APPEAL}`, '已(?:被)?(?:注销|註銷)', '仅(?:自己|你|您)可见', '僅(?:自己|你|您)可見', '(?:取消|停止)(?:了)?(?:收益|获利|營利|创收)'],
  ko: ['더 이상 [^.]{0,20}(?:없습니다|없어요|수 없)', '나만 볼 수', '수익 창출(?:이 중지|이 불가|이 제한|을 할 수 없)'],
  id: [`${W_START}tidak (?:dapat|bisa) (?:[\\p{L}-]+ ){1,3}?lagi${W_END}`, `${W_START}tidak (?:lagi dapat|lagi bisa|dapat lagi|bisa lagi)${W_END}`, `${W_START}hanya (?:dapat dilihat|terlihat) oleh anda`],
  tr: [`${W_START}artık (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+(?:amaz|emez|amıyor|emiyor|amayacak|emeyecek)\\p{L}*`, `${W_START}(?:kapatıldı|kapatılmış|kaldırıldı|kaldırılmış|yasaklandı|yasaklanmış|kısıtlandı|kısıtlanmış|donduruldu|dondurulmuş|silindi|silinmiş)\\p{L}*`, `${W_START}devre dışı bırakıl\\p{L}*`, `${W_START}(?:yalnızca|sadece) (?:sen|sana) (?:görebilirsin|görünür)`],
  pl: [`${W_START}(?:nie (?:możesz|może|możecie|będziesz mógł|będziesz mogła|będziesz mogł\\p{L}*) już|już nie (?:możesz|może|możecie))${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}widoczn\\p{L}* tylko dla ciebie`],
  ru: [`${W_START}(?:больше|более) не (?:можете|можешь|сможете|сможешь|может|сможет)${W_END}${NOT_BEFORE_APPEAL}`, `${W_START}(?:видн[оаы]|виден) только вам`],
  uk: [`${W_START}більше не (?:можете|можеш|зможете|зможеш|може)${W_END}`],
  sv: [`${W_START}(?:kan|får) (?:du )?inte längre${W_END}`],
  da: [`${W_START}(?:kan|må) (?:du )?ikke længere${W_END}`],
  nb: [`${W_START}(?:kan|får) (?:du )?(?:ikke|ikkje) lenger${W_END}`, word('stengt', 'utestengt', 'slettet')],
  fi: [`${W_START}(?:et|ette) voi enää${W_END}`, word('estetty', 'poistettu käytöstä', 'suljettu pysyvästi')],
  cs: [`${W_START}(?:již|už) (?:nemůžete|nemůžeš|nesmíte|nesmíš)${W_END}`],
  sk: [`${W_START}(?:už|viac) (?:nemôžete|nemôžeš|nesmiete)${W_END}`, word('zablokovan\\p{L}*', 'pozastaven\\p{L}*', 'deaktivovan\\p{L}*', 'zrušen(?:ý|á|é)', 'odstránen\\p{L}*', 'obmedzen\\p{L}*', 'zmazan\\p{L}*')],
  hu: [`${W_START}már nem (?:tudsz|tud|tudod|tudja|lehet|posztolhatsz|tehetsz)${W_END}`, word('le van tiltva', 'letiltott\\p{L}*', 'felfüggesztett\\p{L}*', 'kitiltott\\p{L}*', 'kitiltottunk', 'kitiltottak')],
  vi: [`${W_START}không (?:thể|được) [^.]{1,30}? nữa${W_END}`, `${W_START}không còn (?:có thể|được)${W_END}`],
  th: ['ไม่สามารถ[^ ]{0,30}ได้อีก', 'ถูกล็อ[กค]', 'ล็อ[กค]บัญชี'],
  ar: ['لم (?:يعد|تعد) (?:بإمكانك|بامكانك|يمكنك|بإمكانكم|يمكنكم)', 'تم (?:قفل|تجميد)', 'حسابك محظور', 'حسابك معلق'],
  ro: [`${W_START}nu mai (?:poți|puteți|poate|puteti|poti)${W_END}`, `${W_START}(?:a fost|au fost|este|e|fost|am) (?:\\p{L}+ )?(?:suspendat|blocat|dezactivat|șters|sters|eliminat|restricționat|restrictionat|închis|inchis|limitat|interzis accesul)\\p{L}*`, word('suspendare\\p{L}*', 'blocare\\p{L}*')],
  el: ['(?:αναστ[αά]λ|αποκλε[ιί]σ|αποκλε[ιί]στ|απενεργοπο[ιί]|κλειδ[ωώ]θ|διαγρ[αά]φ|αφαιρ[εέ]θ|περιορ[ιί]σ|μπλοκ[αά]ρ)\\p{L}*', 'δεν (?:μπορείτε|μπορείς) πλέον'],
  // done or in force ("कर दिया गया है"), not "will be / may be suspended" ("कर दिया जाएगा", "किया जा सकता है")
  hi: ['(?:निलंबित|ब्लॉक|अक्षम|प्रतिबंधित|बंद) (?:कर दिया गया|किया गया|कर दी गई|की गई|है|हो गया)', 'हटा (?:दी गई|दिया गया|दिए गए)', 'हटाया गया', 'हटाई गई', 'अब [^।.]{0,30}नहीं (?:कर )?सकते'],
  fa: ['تعلیق', 'مسدود', 'غیر ?\\u200c?فعال', 'حذف (?:شد|شده)', 'محدود (?:شد|شده)', 'دیگر نمی\\u200c?(?:توانید|توانی)'],
  ca: [word('susp[eè]s', 'suspesa', 'bloquejat', 'bloquejada', 'desactivat', 'desactivada', 'eliminat', 'eliminada', 'restringit', 'restringida', 'tancat', 'tancada', 'ja no pots', 'ja no podeu')],
};

/** An end verb counts only with the date, number or variable it ends at close after ("if it ends well" is not a date). */
const AT_A_TIME = '(?=[^.]{0,30}?(?:\\d|%|\\{|\\$))';

/** The end of the measure: a stated end ("ends on 3 May", "läuft in 3 Tagen ab") or a length written as a variable ("for %s days"). */
export const DURATION_UI: Family = {
  any: [
    // a template variable right before a unit of time (digits are read per language), not an appeal window or a strike's life
    `${NOT_AFTER_STRIKE_OR_APPEAL}${TEMPLATE_VARIABLE} ?${TIME_UNIT}${W_END}(?! (?:to|para|pour|um|per|om|untuk) (?:appeal|apelar|recurrir|faire appel|einspruch|presentare|bezwaar|mengajukan))`,
  ],
  en: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:ends|will end|expires|will expire|will be lifted|is lifted|lifts) (?:on|in|at|after)${W_END}`],
  de: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:endet|enden) (?:am|in|nach)${W_END}`, `${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}läuft (?:[\\p{L}\\d.-]+ ){1,4}ab${W_END}`, `${W_START}wird (?:am|in) [^.]{1,25}aufgehoben`],
  fr: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:prend(?:ra)? fin|expire(?:ra)?|sera levée?|se termine(?:ra)?) (?:le|dans|au|à)${W_END}`],
  es: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:finaliza(?:rá)?|termina(?:rá)?|vence(?:rá)?|expira(?:rá)?|se levantará|caduca(?:rá)?) (?:el|en|dentro de)${W_END}`],
  it: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:termin(?:a|erà)|scad(?:e|rà)|sarà revocat[oa]|finisce|finirà) (?:il|tra|fra|in data)${W_END}`],
  pt: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:termina(?:rá)?|expira(?:rá)?|será levantad[oa]|acaba(?:rá)?) (?:em|no dia|daqui a|dentro de)${W_END}`],
  nl: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:eindigt|verloopt|loopt af) (?:op|over|na)${W_END}`, `${W_START}wordt (?:op|over) [^.]{1,25}opgeheven`],
  ja: ['\\d[^。.]{0,15}(?:に|で|以降に|後に)(?:自動的に)?解除', '\\d[^。.]{0,12}まで(?:停止|制限|凍結|ロック|利用でき)'],
  zh: ['\\d[^。]{0,15}(?:后|後|之后|之後)?(?:自动)?(?:解封|解除)', '(?:将于|將於|于|於)[^。]{0,20}(?:解封|解除|恢复|恢復)'],
  ko: ['\\d[^.]{0,15}(?:에|후에|이후에?|뒤에) (?:자동으로 )?해제', '\\d[^.]{0,12}까지 (?:정지|제한|차단|이용)'],
  id: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:berakhir|akan berakhir|dicabut|akan dicabut|berlaku hingga|berlaku sampai) (?:pada|dalam|setelah|tanggal)${W_END}`, `${W_START}(?:hingga|sampai) (?:tanggal )?\\d`],
  tr: ['\\d[^.]{0,20}(?:sona erecek|sona erer|kaldırılacak|tarihine kadar|tarihinde kaldırıl)'],
  pl: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:wygaśnie|wygasa|zakończy się|kończy się|zostanie zniesion\\p{L}*|potrwa do|do dnia)${W_END}${AT_A_TIME}`],
  ru: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:истекает|истечёт|истечет|закончится|заканчивается|будет снят[аоы]?|снимется)${W_END}${AT_A_TIME}`, `${W_START}до \\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}`],
  uk: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:закінчується|закінчиться|спливає|спливе|буде знят[оаі]?)${W_END}${AT_A_TIME}`, `${W_START}до \\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}`],
  sv: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:upphör|löper ut|hävs|avslutas) (?:om|den|efter|på)${W_END}`],
  da: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:udløber|ophører|ophæves) (?:om|den|efter|på)${W_END}`],
  nb: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:utløper|opphører|oppheves) (?:om|den|etter|på)${W_END}`],
  fi: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:päättyy|raukeaa|poistuu|puretaan)${W_END}${AT_A_TIME}`],
  cs: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:vyprší|skončí|končí|bude zrušen\\p{L}*)${W_END}${AT_A_TIME}`, `${W_START}do \\d{1,2}\\. ?\\d{1,2}\\. ?\\d{2,4}`],
  hu: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:lejár|megszűnik|feloldjuk|feloldásra kerül)${W_END}${AT_A_TIME}`, '\\d{4}\\. ?\\d{1,2}\\. ?\\d{1,2}\\.?-ig'],
  vi: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:hết hạn|kết thúc vào|sẽ được gỡ|sẽ được mở khóa|được mở khóa vào|đến hết ngày|đến ngày)${W_END}${AT_A_TIME}`],
  th: ['(?:สิ้นสุด|หมดอายุ|ปลดล็อก|ยกเลิกการระงับ)(?:ใน|เมื่อ|วันที่)', 'จนถึง(?:วันที่)?\\s?\\d'],
  ar: ['(?:ينتهي|تنتهي|سينتهي|ستنتهي|سيتم رفع)[^.]{0,20}(?:في|بعد|خلال)', 'حتى (?:تاريخ )?\\d'],
  ro: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:expiră|se încheie|se va încheia|va fi ridicat\\p{L}*)${W_END}${AT_A_TIME}`, `${W_START}(?:suspendat|blocat|dezactivat|restricționat|restrictionat|interzis)\\p{L}* (?:temporar|permanent|definitiv)${W_END}`, `${W_START}până (?:la|pe) \\d`],
  el: ['προσωριν', 'οριστικ', 'μόνιμα', 'λήγει'],
  sk: [word('dočasne', 'natrvalo', 'trvalo', 'vyprší', 'skončí')],
  hi: ['अस्थायी रूप से', 'स्थायी रूप से', 'हमेशा के लिए'],
  fa: ['به طور (?:موقت|دائم)', 'موقتاً', 'موقتا', 'برای همیشه'],
  ca: [word('temporalment', 'permanentment', 'definitivament')],
};

/** Contacting someone "with the administrator" in Slavic instrumental: not the decision-maker. */
const NOT_WITH = '(?<!(?:с|со|з|зі|s|se) )';

/**
 * N7: a moderator, administrator or the platform's team named as who acted,
 * and the decision said to be automatic, in the languages the earlier
 * families covered only through "automated systems".
 */
export const AUTOMATION_UI: Family = {
  en: [`${W_START}by (?:the |our |a )?(?:site |forum |server )?(?:staff|moderation team|mod team|mods|moderation)${W_END}`],
  de: [`${W_START}durch (?:einen |den |die |das |unser |unsere )?(?:moderator|administrator|admin|moderation|team|support-team)\\p{L}*`],
  pt: [`${W_START}pela (?:moderação|administração|equipe de moderação|equipa de moderação)${W_END}`],
  ja: ['(?:運営|管理者|管理人|モデレーター|スタッフ)(?:により|によって|が)[^。]{0,10}(?:削除|停止|凍結|制限|非表示|ブロック|無効)'],
  ru: [`${W_START}${NOT_WITH}(?:администратор(?:ом|ами)|модератор(?:ом|ами)|администрацией|модерацией)${W_END}`, `${W_START}(?:администратор|модератор)\\p{L}* (?:удалил|заблокировал|скрыл|ограничил|отключил|забанил)\\p{L}*`, `${W_START}наша команда (?:проверила|рассмотрела|изучила)`, `${W_START}автоматически (?:удал|заблокир|скры|огранич|отклон|отключ)\\p{L}*`, `${W_START}(?:удал|заблокир|скры|огранич|отклон)\\p{L}* автоматически`],
  uk: [`${W_START}${NOT_WITH}(?:адміністратор(?:ом|ами)|модератор(?:ом|ами)|адміністрацією|модерацією)${W_END}`, `${W_START}(?:адміністратор|модератор)\\p{L}* (?:видалив|заблокував|приховав|обмежив)\\p{L}*`, `${W_START}наша команда (?:перевірила|розглянула)`, `${W_START}автоматично (?:видал|заблок|прихов|обмеж|відхил)\\p{L}*`],
  sv: [`${W_START}av (?:en |vår |våra )?(?:administratör|moderator|admin)\\p{L}*`, `${W_START}(?:administratör|moderator)\\p{L}* har${W_END}`, `${W_START}automatiskt (?:borttag|raderad|spärrad|blockerad|dold|avstängd)\\p{L}*`, `${W_START}vårt team har granskat`],
  da: [`${W_START}af (?:en |vores )?(?:administrator|moderator|admin)\\p{L}*`, `${W_START}(?:administrator|moderator)\\p{L}* har${W_END}`, `${W_START}automatisk (?:fjernet|slettet|spærret|skjult|blokeret)`],
  nb: [`${W_START}av (?:en |vår |våre )?(?:administrator|moderator|admin)\\p{L}*`, `${W_START}(?:administrator|moderator)\\p{L}* har${W_END}`, `${W_START}automatisk (?:fjernet|slettet|sperret|skjult|blokkert)`],
  fi: [`${W_START}(?:ylläpitäjä|ylläpito|moderaattori)\\p{L}* (?:on|sulki|poisti|esti|jäädytti|piilotti)${W_END}`, `${W_START}(?:ylläpitäjän|ylläpidon|moderaattorin) toimesta`, `${W_START}automaattisesti (?:poistet|estet|piilotet|suljet)\\p{L}*`],
  cs: [`${W_START}${NOT_WITH}(?:administrátorem|moderátorem|správcem)${W_END}`, `${W_START}(?:administrátor|moderátor|správce)\\p{L}* (?:odstranil|zablokoval|smazal|skryl|pozastavil|zrušil)\\p{L}*`, `${W_START}automaticky (?:odstraněn|zablokován|skryt|smazán)\\p{L}*`],
  sk: [`${W_START}${NOT_WITH}(?:administrátorom|moderátorom|správcom)${W_END}`, `${W_START}(?:administrátor|moderátor|správca)\\p{L}* (?:odstránil|zablokoval|zmazal|skryl|pozastavil|zrušil)\\p{L}*`, `${W_START}automaticky (?:odstránen|zablokovan|skryt|zmazan)\\p{L}*`],
  pl: [`${W_START}(?:moderatorzy|moderator|administrator|administratorzy|administracja) (?:usunęli|usunął|usunęła|zablokował|zablokowali|zablokowała|ukrył|ukryli|zawiesił|zawiesili|zbanował|zbanowali)${W_END}`],
  hu: [`${W_START}(?:egy )?(?:adminisztrátor|moderátor|admin|rendszergazda)\\p{L}* (?:letiltotta|felfüggesztette|törölte|eltávolította|zárolta|elrejtette|kitiltotta)`, `${W_START}(?:adminisztrátor|moderátor|rendszergazda)\\p{L}* által`, `${W_START}automatikusan (?:törölt|eltávolít|letilt|elrejt|zárol|felfüggeszt)\\p{L}*`],
  vi: [`${W_START}bởi (?:ban quản trị|quản trị viên|người kiểm duyệt|người quản trị|admin|đội ngũ kiểm duyệt)${W_END}`, `${W_START}(?:đội ngũ|nhóm)(?: của chúng tôi)? đã (?:xem xét|kiểm tra|xét duyệt|đánh giá)`, `${W_START}tự động (?:xóa|xoá|gỡ|khóa|khoá|ẩn|chặn)`, `${W_START}bị (?:xóa|xoá|gỡ|khóa|khoá|ẩn|chặn) tự động`],
  zh: ['(?:团队|團隊|工作人员|工作人員)(?:已|已经|已經)(?:审核|审查|复核|核实|審核|審查|複核)', '(?:经|經)(?:过|過)?人工(?:审核|審核|复核|複核|审查|審查)', '(?:系统|系統)(?:已)?自动(?:删除|屏蔽|封禁|隐藏|限制)'],
  th: ['โดย(?:ผู้ดูแลระบบ|ผู้ดูแล|แอดมิน|ผู้ควบคุม|ทีมงาน)', '(?:ลบ|ระงับ|ซ่อน|บล็อก|ล็อก)[^ ]{0,10}โดยอัตโนมัติ'],
  ar: ['(?:من قبل|من طرف|بواسطة) (?:ال)?(?:مشرف|إدارة|ادارة|مدير|المسؤول|مسؤول|فريق)', 'قام (?:ال)?(?:مشرف|مدير)', '(?:حذف|حظر|إزالة|ازالة|تعليق|إخفاء|اخفاء|تقييد)[^.]{0,30}(?:تلقائي|آلي)'],
  ro: [`${W_START}de (?:(?:către )?(?:un |o )?)(?:administrator|moderator|echipa noastră)\\p{L}*`, `${W_START}(?:administratorul|moderatorul|un administrator|un moderator) (?:a|ți-a|v-a)${W_END}`, `${W_START}automat (?:eliminat|șters|sters|blocat|ascuns)\\p{L}*`, `${W_START}(?:eliminat|șters|sters|blocat|ascuns)\\p{L}* (?:în mod )?automat${W_END}`],
  el: ['από (?:τον |έναν |τους |την )?(?:διαχειριστ|συντονιστ|ομάδα)\\p{L}*', '(?:αφαιρέθηκε|διαγράφηκε|αποκλείστηκε|ανεστάλη|κλειδώθηκε) αυτόματα', 'αυτόματα (?:αφαιρέθηκε|διαγράφηκε|αποκλείστηκε|ανεστάλη|κλειδώθηκε)'],
  hi: ['(?:व्यवस्थापक|एडमिन|मॉडरेटर|प्रशासक) (?:द्वारा|ने)', 'स्वचालित रूप से (?:हटा|निलंबित|ब्लॉक|अक्षम|प्रतिबंधित)'],
  fa: ['توسط (?:مدیر|ادمین|ناظر|تیم)', 'به طور خودکار (?:حذف|مسدود|تعلیق|غیرفعال)'],
};

/** "Tell us if you think we made a mistake" and the contest verbs, in languages or forms the earlier families lacked. */
export const REDRESS_UI: Family = {
  es: [`${W_START}solicitar (?:una )?(?:revisión|nueva revisión)`],
  en: [`${W_START}disagree with (?:the |this |our )?(?:decision|removal|suspension|action)`],
  ja: ['(?:間違い|誤り|手違い|問題|誤って)[^。]{0,30}(?:お知らせください|ご連絡ください|ご報告ください|報告してください)'],
  tr: [`(?:hata|yanlışlık)[^.]{0,40}(?:bize bildir|bize haber ver|bildirin|bildir)`],
  ru: ['(?:сообщите|напишите|дайте (?:нам )?знать)[^.]{0,40}ошиб', 'ошиб[^.]{0,40}(?:сообщите|напишите|дайте (?:нам )?знать)'],
  uk: ['(?:повідомте|напишіть|дайте (?:нам )?знати)[^.]{0,40}помил', 'помил[^.]{0,40}(?:повідомте|напишіть)'],
  sv: [`${W_START}(?:meddela|berätta för|kontakta) oss[^.]{0,40}(?:misstag|fel)`, `${W_START}överklaga`],
  da: [`${W_START}(?:fortæl|giv|kontakt) os[^.]{0,40}(?:fejl|misforståelse)`],
  nb: [`${W_START}(?:gi oss beskjed|si fra|kontakt oss)[^.]{0,40}(?:feil|misforståelse)`],
  fi: [`${W_START}(?:kerro|ilmoita) (?:meille|siitä meille)[^.]{0,40}virhe`, `${W_START}(?:valittaa|valitus|hae oikaisua)`],
  ro: [`(?:spuneți|spune|anunțați|anunță)-ne[^.]{0,40}(?:greșit|greșeal|eroare)`, `${W_START}(?:(?:poți|puteți|poti|puteti) contesta|contestați|contestație|contestatie|contesta decizia|solicita o revizuire|solicitați o revizuire)`],
  el: ['ενημερώστε μας[^.]{0,40}λάθος', 'ένσταση', 'επανεξέταση'],
  sk: [word('odvolať sa', 'odvolanie', 'požiadať o (?:opätovné )?(?:preskúmanie|posúdenie)', 'ak nesúhlasíte')],
  hi: ['(?:गलती|त्रुटि)[^।]{0,40}(?:हमें बताएं|हमें बताएँ|बताएं|सूचित करें)', 'अपील'],
  fa: ['درخواست (?:بررسی|تجدید نظر|تجدیدنظر)', 'اعتراض'],
  ca: [word("apel·lar", 'recórrer', "sol·licitar una revisió", 'si no hi estàs d\'acord')],
};

/** N6: a report or complaint received, in forms the earlier families lacked. */
export const ORIGIN_UI: Family = {
  hu: [`${W_START}(?:bejelentést|panaszt|jelentést) (?:kaptunk|kapott)`],
  ko: ['신고(?:했습니다|하였습니다|된|를 받|가 들어|가 접수|당)'],
  ro: [`${W_START}(?:am primit (?:o |un )?(?:raportare|reclamație|reclamatie|sesizare|plângere)|a fost raportat\\p{L}*)`],
  el: ['αναφέρθηκε', 'λάβαμε (?:μια |μία )?(?:αναφορά|καταγγελία)'],
  sk: [`${W_START}(?:nahlásen\\p{L}*|dostali sme (?:\\p{L}+ )?(?:sťažnosť|nahlásenie|oznámenie))`],
  hi: ['रिपोर्ट (?:किया गया|की गई|मिली)', 'शिकायत (?:मिली|प्राप्त)'],
  fa: ['گزارش شده', 'گزارشی دریافت'],
  ca: [word('denunciat', 'denunciada', 'hem rebut una denúncia')],
};

/** A quotation right after a word for the content, in the languages outside the core 13 (N4). */
const QUOTED_TITLE = `\\s?["“«„'‘][^"“”«»„'‘’\\n]{1,120}["”»“'’]`;
export const CONTENT_ID_UI: Family = {
  ru: [`${W_START}(?:видео|ролик\\p{L}*|пост\\p{L}*|публикаци\\p{L}*|запис\\p{L}*|комментари\\p{L}*|канал\\p{L}*|фото\\p{L}*|сообщени\\p{L}*)${QUOTED_TITLE}`],
  uk: [`${W_START}(?:відео|допис\\p{L}*|публікаці\\p{L}*|запис\\p{L}*|коментар\\p{L}*|канал\\p{L}*|фото\\p{L}*)${QUOTED_TITLE}`],
  nordic: [`${W_START}(?:videon?|videoen|inlägg\\p{L}*|opslag\\p{L}*|innlegg\\p{L}*|kommentar\\p{L}*|kanal\\p{L}*)${QUOTED_TITLE}`],
  fi: [`${W_START}(?:video\\p{L}*|julkaisu\\p{L}*|viesti\\p{L}*|kommentti\\p{L}*)${QUOTED_TITLE}`],
  cs: [`${W_START}(?:video|příspěv\\p{L}*|príspev\\p{L}*|komentář\\p{L}*|komentár\\p{L}*|kanál\\p{L}*)${QUOTED_TITLE}`],
  hu: [`${W_START}(?:videó\\p{L}*|bejegyzés\\p{L}*|poszt\\p{L}*|hozzászólás\\p{L}*)${QUOTED_TITLE}`],
  vi: [`${W_START}(?:video|bài viết|bình luận|kênh)${QUOTED_TITLE}`],
  ro: [`${W_START}(?:videoclip\\p{L}*|postare\\p{L}*|comentari\\p{L}*)${QUOTED_TITLE}`],
  el: [`(?:βίντεο|ανάρτηση|σχόλιο)${QUOTED_TITLE}`],
  th: [`(?:วิดีโอ|โพสต์)${QUOTED_TITLE}`],
  ar: [`(?:الفيديو|فيديو|منشور|المنشور)${QUOTED_TITLE}`],
};

/** What the content contains (N5) in the languages outside the core 13: the verb and a topic or profanity after it. */
const CONTAINED = '(?:спам|нецензурн|ненормативн|оскорблен|обнажен|насили|порно|ненавист|образлив|оголен|nakenhet|nøgenhed|svordom|banneord|kiroilu|alastom|vulgár|nahot|sprost|trágár|meztelen|khỏa thân|tục tĩu|bạo lực|thù ghét|spam|عري|إباح|كراهية|عنف|ألفاظ|nuditate|limbaj vulgar|violență|γυμνό|βία)';
export const CONDUCT_UI: Family = {
  ko: [`(?:${TOPIC_PARADIGM.ko.join('|')})[^.]{0,10}(?:을|를) (?:게시|업로드|전송|공유|작성)(?:했|하였)`],
  ru: [`${W_START}(?:вы )?(?:публиковали|опубликовали|размещали|разместили|отправляли|рассылали) [^.]{0,20}?(?:${EXTRA_TOPICS.ru.join('|')}|рекламу)`],
  vi: [`${W_START}(?:bạn )?(?:đã )?(?:đăng|chia sẻ|gửi|tải lên) [^.]{0,20}?(?:${EXTRA_TOPICS.vi.join('|')})`],
  any: [`${W_START}(?:содерж\\p{L}*|містить|містять|innehåller|indeholder|inneholder|sisältää|obsahuje|obsahujú|tartalmaz|chứa|conține|περιέχει)[^.]{0,40}?${CONTAINED}`, `(?:يحتوي|تحتوي) على[^.]{0,40}?${CONTAINED}`],
};

/** N15: a reference number after the word for case, ticket, request, in many languages. */
export const REFERENCE_UI: Family = {
  any: [
    `${W_START}(?:reference|ref\\.?|ticket|case|request|appeal)(?: (?:id|number|no\\.?|#))?\\s?[:#]\\s?#?[a-z0-9-]*\\d`,
    `${W_START}номер (?:обращения|заявки|дела|тикета|жалобы)`,
    `${W_START}номер (?:звернення|заявки|справи|скарги)`,
    word('ärendenummer', 'sagsnummer', 'saksnummer', 'tapausnumero', 'viitenumero', 'ügyszám', 'hivatkozási szám', 'referenční číslo', 'číslo (?:případu|žádosti|tiketu)', 'număr(?:ul)? (?:de )?(?:caz|referință|tichet)', 'mã (?:yêu cầu|khiếu nại|hồ sơ)', 'số tham chiếu'),
    'หมายเลข(?:กรณี|อ้างอิง|คำขอ)',
    `${W_START}referenz(?:nummer)?\\s?[:#]\\s?\\S*\\d`,
    '(?:参考|参照|問い合わせ|お問い合わせ|受付|案件)番号\\s?[:：]?\\s?\\S*\\d',
    '(?:参考|参照|工单|工單|案件|申诉|申訴)(?:编号|編號|号|號)\\s?[:：]?\\s?\\S*\\d',
    '(?:참조|접수|문의|사례) 번호\\s?[:：]?\\s?\\S*\\d',
    'رقم (?:الحالة|المرجع|الطلب|التذكرة|البلاغ)',
  ],
};

/** N14: a number of days or hours tied to the appeal, in the languages outside the core 13. */
const APPEAL_WORD = '(?:обжал|оспор|апелляц|оскарж|апеляц|överklag|klage|klag|anke|valit|odvol|fellebbez|kháng nghị|khiếu nại|contest|apel|ένστασ|अपील|اعتراض|استئناف|طعن|อุทธรณ์)';
export const APPEAL_WINDOW_UI: Family = {
  any: [`\\d+\\s?(?:дн\\p{L}*|сут\\p{L}*|dagar|dage|dager|päivä\\p{L}*|dn[íůy]|nap\\p{L}*|ngày|zile|ημέρ\\p{L}*|दिन|روز|يوم|أيام|วัน)[^.]{0,30}?${APPEAL_WORD}`, `${APPEAL_WORD}[^.]{0,40}?(?:в течение|протягом|inom|inden for|innen|kuluessa|během|do|belül|trong vòng|în termen de|εντός|के भीतर|ظرف|خلال|ภายใน) \\d+`],
};

/** N9: a ground named by its topic after "because of / for" in Chinese, Japanese and Korean ("因发布垃圾信息被封禁"). */
export const NAMED_RULE_UI: Family = {
  zh: ['(?:因|因为|因為|由于|由於)[^。，,]{0,12}?(?:垃圾信息|垃圾訊息|垃圾广告|垃圾廣告|广告|廣告|色情|暴力|仇恨|骚扰|騷擾|诈骗|詐騙|辱骂|辱罵|侵权|侵權|刷屏|引流)'],
  ja: ['(?:スパム|ヘイト|嫌がらせ|なりすまし|ヌード|暴力|詐欺|著作権侵害|誹謗中傷)(?:行為)?(?:のため|により|が原因で|を理由に)'],
  ko: ['(?:스팸|욕설|혐오|괴롭힘|사칭|음란|폭력|사기|도배|광고)(?:성)?(?:으로|로) 인(?:해|하여)'],
};

/**
 * N1: "you can't use this feature": a block worded through the feature, with
 * or without a time word. The negation and "this feature" must both be there,
 * so "you can use this feature to …" and "to use this feature, sign in" stay out.
 */
export const FEATURE_BLOCKED: Family = {
  en: [`${W_START}(?:can't|cannot|can not|unable to|not able to|are not allowed to) (?:use|access) (?:this|that) (?:feature|function)`, `${W_START}(?:your account is|is) (?:currently )?on hold${W_END}`],
  de: [`${W_START}(?:diese|dieser) funktion[^.]{0,40}nicht (?:\\p{L}+ )?(?:nutzen|verwenden|benutzen|zugreifen)`, `${W_START}nicht[^.]{0,30}(?:diese|dieser) funktion (?:nutzen|verwenden|benutzen)`],
  fr: [`${W_START}(?:ne (?:pouvez|peux|pourrez|pourras) pas|impossible d') ?(?:utiliser|accéder à) cette (?:fonctionnalité|fonction)`],
  es: [`${W_START}no (?:puedes|puede|podrás|podrá) (?:usar|utilizar|acceder a) esta (?:función|funcionalidad|característica)`],
  it: [`${W_START}non (?:puoi|può|potrai|potrà) (?:usare|utilizzare|accedere a) questa (?:funzione|funzionalità)`],
  pt: [`${W_START}(?:não|nao) (?:pode|podes|consegue|consegues|poderá) (?:usar|utilizar|acessar|aceder a) (?:este|esse|esta|essa) (?:recurso|funcionalidade|função)`],
  nl: [`${W_START}(?:deze|die) functie[^.]{0,30}niet (?:\\p{L}+ )?(?:gebruiken|meer)`, `${W_START}(?:kunt|kun|kan) (?:je |u )?(?:[\\p{L}-]+ ){0,2}?niet (?:deze|die) functie`],
  ja: ['この機能[^。]{0,15}(?:使用|利用|使)(?:でき|え)ません'],
  id: [`${W_START}tidak (?:dapat|bisa) (?:menggunakan|memakai|mengakses) fitur ini`],
  tr: [`${W_START}bu özelliği[^.]{0,20}(?:kullanamaz|kullanamıyor)\\p{L}*`],
  pl: [`${W_START}nie (?:możesz|może|można)[^.]{0,20}(?:korzystać|używać|skorzystać) z tej funkcji`],
  ru: [`${W_START}не (?:можете|можешь|сможете)[^.]{0,20}(?:использовать|пользоваться) (?:эту функцию|этой функцией)`],
  uk: [`${W_START}не (?:можете|можеш|зможете)[^.]{0,20}(?:використовувати|користуватися) (?:цю функцію|цією функцією)`],
  sv: [`${W_START}kan inte använda (?:den här|denna) funktion`],
  da: [`${W_START}kan ikke bruge denne funktion`],
  nb: [`${W_START}kan ikke bruke denne funksjonen`],
  fi: [`${W_START}(?:et|ette) voi käyttää tätä (?:ominaisuutta|toimintoa)`],
  cs: [`${W_START}tuto funkci[^.]{0,20}nemůžete|${W_START}nemůžete[^.]{0,20}tuto funkci`],
  sk: [`${W_START}túto funkciu[^.]{0,20}nemôžete|${W_START}nemôžete[^.]{0,20}túto funkciu`],
  hu: [`${W_START}ezt a funkciót[^.]{0,30}nem (?:használhatod|használhatja|tudod|tudja)|${W_START}nem (?:használhatod|használhatja) ezt a funkciót`],
  vi: [`${W_START}không thể (?:sử dụng|dùng) tính năng này`],
  th: ['ไม่สามารถใช้(?:ฟีเจอร์|ฟังก์ชัน|คุณสมบัติ)นี้'],
  ar: ['لا (?:يمكنك|تستطيع|يمكنكم) استخدام هذه (?:الميزة|الخاصية)'],
  ro: [`${W_START}nu (?:poți|puteți|poti|puteti) (?:folosi|utiliza) (?:această|aceasta) (?:funcție|funcționalitate|functie)`],
  el: ['δεν (?:μπορείτε|μπορείς) να χρησιμοποιήσετε (?:αυτή τη|αυτήν τη) λειτουργία'],
  hi: ['इस सुविधा का (?:उपयोग|इस्तेमाल) नहीं कर सकते'],
};

/** Words for the account or channel itself: its address or handle right after identifies what was acted on (N4). */
const ACCOUNT_NOUN =
  '(?:account|blog|channel|profile|page|shop|store|konto|kanal|profil|compte|chaîne|boutique|cuenta|canal|perfil|tienda|canale|profilo|negozio|conta|loja|kanaal|profiel|winkel|akun|toko|hesab\\p{L}*|kanał|sklep|аккаунт\\p{L}*|канал\\p{L}*|профил\\p{L}*|акаунт\\p{L}*|tài khoản|kênh|アカウント|チャンネル|账号|帳號|账户|帳戶|频道|頻道|계정|채널)';
/**
 * A link to the account itself (not to a help, policy, settings, login or
 * form page: those are where to act, not what was acted on), a template
 * variable of two words or more for the address ("<blog address>", not an
 * HTML tag), or an @handle (not an e-mail address).
 */
const ADDRESS = '(?:https?:\\/\\/(?!(?:help|support|policy|policies|transparency|legal|about)\\.)(?![^\\s"<>]*\\/(?:help|hc|support|policy|policies|legal|terms|settings|login|accounts\\/login|contact|appeal|form|forms|checkpoint)\\b)[^\\s"<>]{4,}|<[\\p{L}_-]+(?:[ _][\\p{L}_-]+)+>|(?<![\\w.@])@[\\w.]{2,30}(?![\\w@]))';
export const ACCOUNT_ID: Family = {
  any: [`${ACCOUNT_NOUN}\\s?(?:at|under|:|-|–|\\(|unter|à l'adresse|à|en|em|op|di|で|：)?\\s?${ADDRESS}`],
};

/**
 * N9: a practice named as against the rules ("URL hoarding is against our
 * Community Guidelines", "Spam verstößt gegen unsere Richtlinien"): the
 * subject is the practice, not "your post" / "this content", which only
 * repeats that something broke the rules.
 */
// an article may open a practice ("the sale of followers", "la compra de seguidores"), not the content itself
const CONTENT_WORDS = '(?:content|post|video|comment|account|activity|pin|inhalt|beitrag|konto|kommentar|kanal|bild|contenu|publication|vidéo|commentaire|compte|contenido|publicación|vídeo|comentario|cuenta|contenuto|commento|conteúdo|publicação|comentário|conta|inhoud|bericht|reactie)';
const NOT_A_PRACTICE_EN = `(?!(?:your|this|that|it|these|those|our|its|my|his|her|their|such|any|all|which|what)\\b)(?!(?:the )?${CONTENT_WORDS}\\b)`;
const NOT_A_PRACTICE_DE = `(?!(?:dein|deine|ihr|ihre|dieser|diese|dieses|es|er|sie)\\b)(?!(?:(?:der|die|das|ein|eine) )?${CONTENT_WORDS}\\b)`;
const NOT_A_PRACTICE_ROMANCE = `(?!(?:votre|vos|ton|ta|tes|ce|cette|cet|ces|il|elle|tu|tus|su|sus|este|esta|esto|ese|esa|tuo|tua|questo|questa|seu|sua|isso|isto|je|jouw|uw|dit|deze|het)\\b)(?!(?:(?:le|la|les|l'|el|lo|il|o|a|os|as|de|die|un|une|una|uno|um|uma|een) ?)?${CONTENT_WORDS}\\b)`;
/** Up to four words naming the practice; a clause ("we have determined that it …") is not a practice. */
const PRACTICE_WORD = '(?!(?:que|qui|che|dass|that|dat|we|wir|nous|hemos|abbiamo|avons|haben|hebben|temos|which|welche)\\b)[\\p{L}-]+';
const SUBJECT = `${PRACTICE_WORD}(?: ${PRACTICE_WORD}){0,3}`;
export const PRACTICE_AGAINST_RULES: Family = {
  en: [`(?:^|[.!?:,]\\s|\\n)${NOT_A_PRACTICE_EN}${SUBJECT} (?:is|are) (?:against|a violation of|a breach of|prohibited (?:by|under)|not (?:allowed|permitted) (?:by|under)) (?:our|the|[\\p{L}]+['’]s?) [^.]{0,20}?(?:guidelines|rules|policies|policy|terms|standards)`],
  de: [`(?:^|[.!?:,]\\s|\\n)${NOT_A_PRACTICE_DE}${SUBJECT} (?:verstößt|verstoßen|ist ein verstoß|sind ein verstoß) gegen (?:unsere|die) [^.]{0,20}?(?:richtlinien|regeln|nutzungsbedingungen|gemeinschaftsstandards)`],
  romance: [`(?:^|[.!?:,]\\s|\\n)${NOT_A_PRACTICE_ROMANCE}${SUBJECT} (?:est contraire|sont contraires|enfreint|enfreignent|va en contra|van en contra|infringe|infringen|è contrari[oa]|sono contrari|viola|violano|vai contra|vão contra|é contrári[oa]|is in strijd|zijn in strijd|gaat in tegen) [^.]{0,40}?(?:règles|règlement|conditions|normas|reglas|condiciones|norme|regole|termini|regras|diretrizes|termos|regels|richtlijnen|voorwaarden)`],
};

/** N5: the platform says what it found the user did ("we determined that you have registered …"), not in a condition. */
export const CONDUCT_FOUND: Family = {
  en: [stated(`${W_START}(?:determined|found|noticed|detected|saw|observed|identified|confirmed) that you(?:'ve)? (?!(?:(?:have|had|are|were|did|do|may|might) )?(?:not|no|never)\\b)(?!may\\b|might\\b)\\p{L}+`), `${W_START}(?:an unusually large|an excessive|an unusual) (?:number|amount|volume) of${W_END}`],
  de: [stated(`${W_START}(?:festgestellt|bemerkt|erkannt|entdeckt), dass (?:du|sie) (?!nicht\\b)`)],
  fr: [stated(`${W_START}(?:constaté|remarqué|détecté|déterminé|observé) que (?:vous|tu) (?!ne\\b|n')`)],
  es: [stated(`${W_START}(?:detectado|determinado|comprobado|observado|notado) que (?!no\\b)(?:has|usted|tú|tu|estás|tienes)`)],
  it: [stated(`${W_START}(?:rilevato|riscontrato|notato|determinato|accertato) che (?!non\\b)(?:hai|tu|stai)`)],
  pt: [stated(`${W_START}(?:identificamos|detectamos|constatamos|notamos|determinamos) que (?:você|tu) (?!não\\b)`)],
  nl: [stated(`${W_START}(?:vastgesteld|gemerkt|ontdekt|geconstateerd) dat (?:je|jij|u) (?!niet\\b)`)],
};

/** N10: "in case of an error / for a mistaken suspension, contact us" in each language. */
export const MISTAKE_CONTACT: Family = {
  en: [`${W_START}(?:in case of|for) (?:an? )?(?:error|mistake|mistaken \\p{L}+|wrongful \\p{L}+)[^.]{0,40}(?:contact|reach|write to|email) (?:us|our)`],
  de: [`${W_START}(?:bei (?:einem |einer )?|im falle (?:eines|einer) )(?:fehler|irrtum|fehlerhaften \\p{L}+)[^.]{0,40}(?:kontaktiere|wende dich|melde dich|kontaktieren sie|wenden sie sich|schreib)`],
  fr: [`${W_START}en cas d'erreur[^.]{0,40}(?:contacte|écri|rapproche)`],
  es: [`${W_START}(?:en caso de|si (?:es|fue|se trata de) un) error[^.]{0,40}(?:contacta|contáctanos|escríbenos|comunícate|ponte en contacto)`],
  it: [`${W_START}in caso di errore[^.]{0,40}(?:contatta|scrivi)`],
  pt: [`${W_START}em caso de erro[^.]{0,40}(?:entre em contato|contate|fale conosco|contacte)`],
  nl: [`${W_START}(?:bij een|in geval van een) (?:fout|vergissing)[^.]{0,40}(?:neem contact|contacteer|mail)`],
  id: [`${W_START}(?:untuk|jika ada|apabila ada|jika terjadi|bila terjadi) kesalahan[^.]{0,40}(?:hubungi|hubungin|kontak|menghubungi)`],
  ja: ['(?:誤り|間違い|手違い|誤って)[^。]{0,30}(?:お問い合わせ|ご連絡|連絡して)'],
  zh: ['(?:误封|誤封|如有误|如有誤|如有错误|如有錯誤|如系误判|如係誤判)[^。]{0,30}(?:联系|聯繫|联络|聯絡)'],
  ko: ['(?:오류|실수|잘못)[^.]{0,30}(?:문의|연락)'],
  tr: ['hata[^.]{0,40}(?:iletişime geç|bize ulaş|bize yaz)'],
  pl: [`${W_START}(?:w przypadku|jeśli to) błęd\\p{L}*[^.]{0,40}(?:skontaktuj|napisz)`],
  ru: [`${W_START}(?:в случае|если это) ошибк\\p{L}*[^.]{0,40}(?:свяжитесь|напишите|обратитесь)`],
  vi: ['(?:nhầm lẫn|sai sót)[^.]{0,40}liên hệ'],
};

/** N6: "our systems detected …": the platform's own detection, named, in each language (the singular was added in the sixth round). */
export const SYSTEMS_DETECTED: Family = {
  es: [`${W_START}nuestros sistemas (?:han )?(?:detectado|detectaron|identificado|identificaron)`],
  it: [`${W_START}i nostri sistemi hanno (?:rilevato|individuato|identificato)`],
  pt: [`${W_START}(?:nossos|os nossos) sistemas (?:detectaram|identificaram|detetaram)`],
  de: [`${W_START}unsere systeme haben [^.]{0,40}(?:festgestellt|erkannt|entdeckt)`],
  fr: [`${W_START}nos systèmes ont (?:détecté|identifié|repéré)`],
  nl: [`${W_START}onze systemen hebben [^.]{0,30}(?:gedetecteerd|vastgesteld|ontdekt)`],
  tr: [`${W_START}sistemlerimiz [^.]{0,30}(?:tespit etti|algıladı)`],
  pl: [`${W_START}nasze systemy (?:wykryły|zidentyfikowały)`],
  ru: [`${W_START}наши системы (?:обнаружили|выявили)`],
  uk: [`${W_START}наші системи (?:виявили)`],
  id: [`${W_START}sistem kami (?:telah )?(?:mendeteksi|menemukan)`],
  vi: [`${W_START}hệ thống của chúng tôi (?:đã )?phát hiện`],
  ja: ['システム(?:が|により|によって)[^。]{0,20}(?:検出|検知)'],
  zh: ['(?:系统|系統)(?:检测到|偵測到|检测出|侦测到)'],
  ko: ['시스템(?:이|에서)[^.]{0,20}감지'],
};

/** N14: the deadline to contest named as such ("the deadline to appeal is 3 May"). */
export const APPEAL_DEADLINE: Family = {
  any: [`${W_START}(?:deadline (?:to|for) (?:appeal|submit|request|contest)|frist (?:für|zum|zur) (?:den )?(?:einspruch|widerspruch|beschwerde)|date limite pour (?:faire appel|contester)|plazo para (?:apelar|recurrir|presentar)|termine (?:per|ultimo per) (?:presentare ricorso|ricorrere|contestare)|prazo para (?:recorrer|contestar|apelar)|termijn (?:om|voor) (?:bezwaar|beroep))`],
};

/** Words that head a "label: value" line naming the rule ("Policy: Violent speech", "違反したポリシー：スパム"); the value must be a topic (see checklist-patterns). */
export const RULE_LABEL =
  '(?:violated policy|policy violated|policy|violation|rule|guideline|verstoß gegen|verstoß|richtlinie|regel|règle enfreinte|règle|politique|política infringida|política violada|política|norma violata|norma|regola|violazione|regra|violação|beleid|overtreding|違反したポリシー|ポリシー|違反内容|违反的政策|違反的政策|违规类型|違規類型|政策|위반 정책|위반 사유|정책|kebijakan yang dilanggar|kebijakan|pelanggaran|ihlal edilen politika|ihlal|politika|naruszona zasada|naruszenie|zasada|нарушенное правило|нарушение|правило|vi phạm chính sách|chính sách)';

/** The user's own item said to contain or show a topic ("your profile photo contains nudity"), in the core languages; the topic is appended in checklist-patterns. */
export const YOUR_ITEM_CONTAINS =
  '(?:your|dein|deine|ihr|ihre|votre|ton|ta|tu|su|il tuo|la tua|tuo|tua|seu|sua|teu|je|jouw|uw) (?:[\\p{L}-]+ ){1,2}?(?:contains|contained|includes|shows|depicts|enthält|zeigt|contient|montre|contiene|muestra|contém|mostra|bevat|toont) (?:[\\p{L}-]+ ){0,3}?';

/**
 * N1: an item held back for breaking the rules ("your message was not sent
 * because it violates our guidelines", "this video is unavailable because …"):
 * the reason must follow, so a network error ("message not sent") stays out.
 */
const BECAUSE_RULES = '[^.]{0,40}(?:because|as it|due to|violat|guideline|rules|policy|policies|standards|weil|da es|gegen|richtlinie|regeln|car|parce qu|enfrei|règle|porque|ya que|infring|norma|perché|poiché|viola|regole|porque|pois|viola|diretriz|regra|omdat|regels|richtlijn|違反|ため|规则|違規|违规)';
export const HELD_BACK: Family = {
  any: [
    `${W_START}(?:(?:was|were|has been|have been|could not be|couldn't be|wasn't|weren't) (?:not )?(?:sent|published|posted|delivered|approved)|(?:is|are) (?:currently )?unavailable)${BECAUSE_RULES}`,
    `${W_START}(?:has been|was|have been|were) taken offline${W_END}`,
    `${W_START}(?:wurde|wurden|konnte) nicht (?:gesendet|veröffentlicht|zugestellt|gepostet|freigegeben)(?: werden)?`,
    `${W_START}(?:n'a|n'ont|ne peut) pas (?:été|être) (?:envoyée?s?|publiée?s?|distribuée?s?|approuvée?s?)`,
    `${W_START}no (?:se (?:envió|publicó|pudo enviar|pudo publicar)|fue (?:enviad[oa]|publicad[oa]|aprobad[oa]))`,
    `${W_START}non (?:è stat[oa]|sono stat[ie]|può essere) (?:inviat[oaie]|pubblicat[oaie]|approvat[oaie])`,
    `${W_START}(?:não|nao) (?:foi|foram|pôde ser|pode ser) (?:enviad[oa]s?|publicad[oa]s?|aprovad[oa]s?)`,
    `${W_START}(?:is|zijn|kon) niet (?:verzonden|gepubliceerd|geplaatst|goedgekeurd)`,
    '(?:送信|投稿|公開)(?:されませんでした|できませんでした)',
    '已(?:无法|無法)(?:查看|访问|訪問|显示|顯示|观看|觀看)',
  ],
};

/** N3: a length written as a number word or a compact form ("ban of 3 days", "24h ban", 禁言一周, 일주일 동안, на неделю). */
const MEASURE_WORD_ZH = '(?:禁言|封禁|封号|封號|冻结|凍結|限制|停权|停權|停用|禁止)';
const NUMBER_ZH = '(?:[一二两兩三四五六七八九十]+|\\d+)';
const UNIT_ZH = '(?:天|日|周|週|星期|个月|個月|小时|小時|年)';
export const DURATION_WORDS: Family = {
  en: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:ban|suspension|block|mute|timeout|restriction) of (?:\\d+|one|two|three|seven|fourteen|thirty) (?:minutes?|hours?|days?|weeks?|months?|years?)${W_END}`, `${W_START}\\d+ ?(?:h|hr|hrs|d|min|mins)[ -](?:ban|suspension|mute|timeout|block)${W_END}`],
  zh: [`${MEASURE_WORD_ZH}[^。，,]{0,4}?${NUMBER_ZH}${UNIT_ZH}`, `${NUMBER_ZH}${UNIT_ZH}(?:的)?${MEASURE_WORD_ZH}`],
  ko: ['(?:일주일|하루|이틀|사흘|한 ?달|1주일|\\d+주|\\d+일|\\d+시간|\\d+개월) 동안 (?:[^.]{0,10})?(?:정지|제한|차단|금지)'],
  pl: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}na (?:tydzień|dwa tygodnie|miesiąc|dzień|dobę|godzinę|rok)${W_END}`],
  ru: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}на (?:неделю|две недели|месяц|сутки|день|час|год|полгода)${W_END}`],
  uk: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}на (?:тиждень|два тижні|місяць|добу|день|годину|рік)${W_END}`],
  vi: [`${NOT_AFTER_STRIKE_OR_APPEAL}${W_START}(?:bị )?(?:cấm|khóa|khoá|chặn|tạm ngưng|đình chỉ)(?: [^.]{0,15})? (?:trong )?(?:một|hai|ba|bảy|mười|\\d+) (?:tuần|ngày|tháng|giờ|năm)${W_END}`],
};

/**
 * N10: "Think we got it wrong? Let us know." The two halves may sit in two
 * sentences joined by a question mark; a bare "something went wrong" is not
 * a mistake of the platform's decision.
 */
const WE_ERRED = '(?:got it wrong|made a mistake|a mistake|mistaken|was wrong|were wrong|nous (?:nous )?sommes trompés|une erreur|nos equivocamos|un error|abbiamo sbagliato|un errore|erramos|um erro|um engano|een fout|een vergissing|間違|誤り|誤って|有误|有誤|误判|誤判|弄错|弄錯|잘못|실수|kami salah|kesalahan|yanlış|hata|błąd|pomyłk|ошиб|помил|nhầm|sai sót)';
const TELL_US = '(?:let us know|tell us|faites-le nous savoir|dites-le nous|dites-nous|háznoslo saber|avísanos|dínoslo|faccelo sapere|fateci sapere|dicci|avise-nos|informe-nos|diga-nos|conte-nos|laat het ons weten|お知らせください|告诉我们|告訴我們|알려 ?주세요|알려 ?주십시오|beri tahu kami|bize bildir|bize haber ver|daj nam znać|dajcie nam znać|сообщите нам|дайте нам знать|повідомте нас|cho chúng tôi biết|báo cho chúng tôi)';
export const TELL_US_IF_WRONG: Family = {
  any: [`${WE_ERRED}[^.。!]{0,60}?${TELL_US}`],
  it: [`${W_START}(?:richiedere|chiedere|richiedi|chiedi) (?:un nuovo esame|una nuova revisione|un riesame|una revisione)`],
};

/** N6: "someone / another user reported your post" in languages the earlier families lacked. */
export const SOMEONE_REPORTED: Family = {
  ja: ['(?:他の|ほかの)?(?:ユーザー|利用者)(?:が|から)[^。]{0,20}(?:報告|通報)'],
  pl: [`${W_START}(?:ktoś|inn\\p{L}* użytkowni\\p{L}*|użytkowni\\p{L}*) (?:zgłosił|zgłosiła|zgłosili|zgłosiły)`],
  tr: [`${W_START}(?:birisi|bir kullanıcı|kullanıcılar|diğer kullanıcılar) [^.]{0,20}şikayet (?:etti|ettiler)`],
  id: [`${W_START}(?:seseorang|pengguna lain|beberapa pengguna) (?:telah )?melaporkan`],
  vi: [`${W_START}(?:có người|người dùng khác|một người dùng) (?:đã )?báo cáo`],
};

/** N4: an ID line for the content ("Video-ID: …", "ID de la publicación: …") and a quoted title in Vietnamese. */
const ITEM_NOUN = '(?:publicación|contenido|vídeo|video|contenu|publication|vidéo|post|beitrag|inhalt|contenuto|conteúdo|publicação|bericht|postingan|konten|unggahan|komentar|comentario|commentaire|kommentar)';
export const CONTENT_ID_LINE: Family = {
  any: [
    `${W_START}${ITEM_NOUN}[- ]id\\s?[:：]\\s?[\\w-]*\\d`,
    `${W_START}id (?:de la |del |de |du |des |della |dello |do |da |van de |van het |dari )?(?:[\\p{L}]+ )?${ITEM_NOUN}\\s?[:：]\\s?[\\w-]*\\d`,
  ],
  vi: [`${W_START}(?:video|bài viết|bình luận|ảnh|bài đăng) của bạn${QUOTED_TITLE}`],
};

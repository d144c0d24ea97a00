/**
 * Eighth round of the checker's word families: the measure worded as what
 * the user cannot do, with the reason or the span that makes it a measure
 * ("You can't forward photos right now because a message you sent didn't
 * follow our Community Standards", "Da dieses Live-Video gegen unsere
 * Richtlinien verstößt, kannst du in den nächsten 24 Stunden keine Abzeichen
 * aktivieren"), the span itself ("for the next 24 hours"), asking for the
 * measure to be lifted (解除申請, 申请解封, "request reinstatement"), and who
 * decided in Arabic. The earlier action-block family (checklist-paradigms-more)
 * listed the verbs that can be blocked; here any verb counts, because the
 * reason or the span carries the meaning.
 *
 * Same input as the other paradigm files: NFKC (so "，" reads ","),
 * lower-cased, whitespace collapsed. Keys are language codes.
 */
import { EXTRA_TOPICS, TOPIC_PARADIGM, W_END, W_START } from './checklist-paradigms';
import { stated } from './checklist-paradigms-more';

type Family = Record<string, string[]>;

/** "You can't appeal after 30 days" is about the appeal, not a measure: no contest verb right after the inability. */
const NOT_CONTEST = '(?![^.。]{0,20}(?:appeal|contest|einspruch|widerspruch|anfechten|faire appel|contester|recurrir|apelar|impugnar|ricorso|contestare|recorrer|bezwaar|odwoła|itiraz|banding|обжал|оскарж|kháng nghị|申诉|申訴|異議|이의))';

/**
 * Per language: the user's inability, a word for "because", and words for
 * breaking a rule (a verb of violating, "does not follow", or a rules noun).
 */
interface Inability {
  neg: string;
  because: string;
  breach: string;
}

const INABILITY: Record<string, Inability> = {
  en: {
    neg: "(?:you |you're |you are )?(?:can't|cannot|can not|won't be able to|are unable to|aren't able to|are not able to|are not allowed to|aren't allowed to|are blocked from|are temporarily (?:unable to|blocked from))",
    because: '(?:because|since|as (?:it|this|your|the|a|they)|due to)',
    breach: "(?:violat|breach|infring|goes? against|went against|(?:doesn't|does not|didn't|did not|don't|do not) (?:follow|meet|comply)|community (?:standards|guidelines)|our (?:polic|rules|terms|guidelines|standards))",
  },
  de: {
    neg: `(?:kannst|können|darfst|dürfen|konntest)${W_END}[^.]{0,60}?${W_START}(?:nicht|keine?[nrsm]?)${W_END}`,
    because: '(?:weil|da|denn|aufgrund|wegen)',
    breach: '(?:verstöß|verstoß|verletz|nicht (?:eingehalten|eingehält|befolgt|entspricht|entsprach)|gemeinschaftsstandards|richtlinien|gemeinschaftsrichtlinien|nutzungsbedingungen|regeln)',
  },
  fr: {
    neg: "(?:ne (?:pouvez|peux|pourrez|pourras|pouvez-vous) (?:pas|plus)|n'(?:êtes|es) (?:pas|plus) (?:autorisée?s? à|en mesure de)|impossible de)",
    because: "(?:car|parce que|parce qu'|puisque|comme|en raison d|suite à)",
    breach: "(?:ne respect|enfrei|viol|contrevien|va à l'encontre|vont à l'encontre|standards de la communauté|règles|règlement|politiques?|conditions d'utilisation)",
  },
  es: {
    neg: '(?:no (?:puedes|puede|podrás|podrá|podéis|pueden|es posible|tienes permitido))',
    because: '(?:porque|ya que|debido a|como|dado que|puesto que)',
    breach: '(?:infring|incumpl|no cumpl|viola|va en contra|normas|políticas|reglas|condiciones|pautas)',
  },
  it: {
    neg: '(?:non (?:puoi|può|potrai|potrà|è possibile|sei autorizzat))',
    because: "(?:perché|poiché|dal momento che|in quanto|a causa d|dato che|siccome|visto che)",
    breach: '(?:viola|non rispett|contravv|va contro|standard della community|normative|norme|regole|linee guida|condizioni)',
  },
  pt: {
    neg: '(?:(?:não|nao) (?:pode|podes|poderá|poderás|consegue|é possível|está autorizad))',
    because: '(?:porque|pois|já que|como|devido a|uma vez que|visto que)',
    breach: '(?:viola|não cumpr|não segu|vai contra|infring|padrões|políticas|diretrizes|regras|termos)',
  },
  nl: {
    neg: `(?:kun|kunt|kan|mag|mogen|kon)${W_END}[^.]{0,60}?${W_START}(?:niet|geen)${W_END}`,
    because: '(?:omdat|aangezien|doordat|vanwege|wegens)',
    breach: '(?:in strijd|schendt|geschonden|overtreedt|overtreden|voldoet niet|niet voldoet|niet voldeed|beleid|richtlijnen|regels|normen|voorwaarden)',
  },
  pl: {
    neg: '(?:nie (?:możesz|może|można|możecie|będziesz mógł|będziesz mogła|masz możliwości))',
    because: '(?:ponieważ|bo|gdyż|z powodu|ze względu na|w związku z)',
    breach: '(?:narusz|niezgodn|nie spełnia|nie przestrzega|zasad|standard|regulamin|wytyczn)',
  },
  id: {
    neg: '(?:tidak (?:dapat|bisa|diizinkan|diperbolehkan)|tak (?:dapat|bisa))',
    because: '(?:karena|sebab|akibat|dikarenakan|oleh karena)',
    breach: '(?:melanggar|tidak mematuhi|tidak sesuai|tidak memenuhi|standar komunitas|kebijakan|pedoman|aturan|ketentuan)',
  },
  ru: {
    neg: '(?:не (?:можете|можешь|сможете|сможешь|получится|разрешено)|запрещено)',
    because: '(?:потому что|поскольку|так как|из-за|в связи с|т\\.к\\.)',
    breach: '(?:наруш|не соответств|противореч|правил|норм|стандарт|условий)',
  },
  uk: {
    neg: '(?:не (?:можете|можеш|зможете|зможеш)|заборонено)',
    because: "(?:тому що|оскільки|бо|через|у зв'язку з)",
    breach: '(?:поруш|не відповіда|суперечить|правил|норм|стандарт|умов)',
  },
  vi: {
    neg: '(?:không thể|không được phép|bị chặn)',
    because: '(?:vì|do|bởi vì|bởi)',
    breach: '(?:vi phạm|không tuân thủ|không tuân theo|không phù hợp|tiêu chuẩn cộng đồng|chính sách|nguyên tắc|quy tắc|điều khoản)',
  },
};

/** The same idea where the reason comes first and the verb carries the inability (ja, ko, zh, tr). */
const REASON_FIRST: Family = {
  ja: ['(?:違反|従っていない|従わない|準拠していない|反する|反して)[^。]{0,30}?(?:ため|ので|から|により|によって)[^。]{0,60}?(?:でき|行え|使え|送れ|見られ|え)(?:ません|ない)'],
  ko: ['(?:위반|준수하지 않|어긋나|어겨)[^.]{0,20}?(?:므로|때문에|인해|하여|해서|으니)[^.]{0,60}?(?:수 없|불가)'],
  zh: [
    '(?:因为|因為|由于|由於|因)[^。]{0,60}?(?:违反|違反|不符合|未遵守|违规|違規)[^。]{0,60}?(?:无法|無法|不能|不可以|不得)',
    '(?:无法|無法|不能|不可以|不得)[^。]{0,60}?(?:因为|因為|由于|由於)[^。]{0,60}?(?:违反|違反|不符合|未遵守|违规|違規)',
  ],
  tr: [`(?:ihlal|aykırı|uymadığ|uymuyor|uymamas)[^.]{0,40}?(?:için|olduğundan|nedeniyle|dolayı|yüzünden)[^.]{0,80}?\\p{L}+(?:a|e|ya|ye)(?:maz|mez|mıyor|miyor)(?:sın|sin|sınız|siniz)?${W_END}`],
};
for (const lang of Object.keys(REASON_FIRST)) REASON_FIRST[lang] = REASON_FIRST[lang].map(stated);

/** N1: the inability with its reason, both orders. A condition opening the sentence ("if you can't post because …") keeps it out. */
export const INABILITY_FOR_BREACH: Family = {
  ...Object.fromEntries(
    Object.entries(INABILITY).map(([lang, { neg, because, breach }]) => [
      lang,
      [
        stated(`${W_START}${neg}${NOT_CONTEST}[^.]{0,80}?${W_START}${because}${W_END}[^.]{0,100}?${breach}`),
        stated(`${W_START}${because}${W_END}[^.]{0,100}?${breach}[^.]{0,100}?${W_START}${neg}${NOT_CONTEST}`),
      ],
    ]),
  ),
  ...REASON_FIRST,
};

/** "For the next 24 hours" per language: a span that starts now, so it is this measure's length. */
export const NEXT_SPAN: Family = {
  en: [`${W_START}(?:for|during|in|over) the (?:next|coming|following) (?:\\d+|few|two|three|seven|thirty) (?:minutes?|hours?|days?|weeks?|months?)${W_END}`],
  de: [`${W_START}(?:in|während|für) den (?:nächsten|kommenden|folgenden) (?:\\d+|zwei|drei|sieben|dreißig) (?:minuten|stunden|tagen|wochen|monaten)${W_END}`],
  fr: [`${W_START}(?:pendant|durant|pour) les (?:\\d+ )?(?:prochaines?|prochains) (?:\\d+ )?(?:minutes|heures|jours|semaines|mois)${W_END}`],
  es: [`${W_START}(?:durante|en|por) (?:las|los) (?:próximas?|próximos|siguientes) (?:\\d+ )?(?:minutos|horas|días|semanas|meses)${W_END}`],
  it: [`${W_START}(?:per|nelle|nei|durante (?:le|i)) (?:le |i )?(?:prossime|prossimi|successive|successivi) (?:\\d+ )?(?:minuti|ore|giorni|settimane|mesi)${W_END}`],
  pt: [`${W_START}(?:nas|nos|durante (?:as|os)|pelas|pelos) (?:próximas|próximos|seguintes) (?:\\d+ )?(?:minutos|horas|dias|semanas|meses)${W_END}`],
  nl: [`${W_START}(?:de|gedurende de|voor de|in de) (?:komende|volgende) (?:\\d+ )?(?:minuten|uur|uren|dagen|weken|maanden)${W_END}`],
  pl: [`${W_START}(?:przez|w ciągu) (?:następne|najbliższe|kolejne|następnych|najbliższych|kolejnych) (?:\\d+ )?(?:minut\\p{L}*|godzin\\p{L}*|dni|tygodni\\p{L}*|miesi\\p{L}*)`],
  tr: [`${W_START}önümüzdeki (?:\\d+ )?(?:dakika|saat|gün|hafta|ay)`],
  id: [`${W_START}(?:selama )?\\d+ (?:menit|jam|hari|minggu|bulan) (?:ke depan|mendatang|berikutnya)`],
  ru: [`${W_START}(?:в течение|на) (?:следующих|ближайших|следующие|ближайшие) (?:\\d+ )?(?:минут\\p{L}*|час\\p{L}*|дн\\p{L}*|сут\\p{L}*|недел\\p{L}*|месяц\\p{L}*)`],
  uk: [`${W_START}(?:протягом|на) (?:наступних|найближчих|наступні|найближчі) (?:\\d+ )?(?:хвилин\\p{L}*|годин\\p{L}*|дн\\p{L}*|тиж\\p{L}*|місяц\\p{L}*)`],
  vi: [`${W_START}trong \\d+ (?:phút|giờ|ngày|tuần|tháng) (?:tới|sắp tới|tiếp theo)`],
  ja: ['今後\\s?\\d+\\s?(?:分|分間|時間|日|日間|週間|か月|ヶ月)'],
  zh: ['(?:接下来|接下來|未来|未來)(?:的)?\\s?\\d+\\s?(?:个|個)?(?:分钟|分鐘|小时|小時|天|日|周|週|月)'],
  ko: ['앞으로 \\d+\\s?(?:분|시간|일|주|개월)'],
};

/** Not "you can appeal in the next 30 days": the span must not be the appeal's. */
const NOT_APPEAL_SPAN = '(?<!(?:appeal|contest|einspruch|widerspruch|appel|recurso|recurrir|apelar|ricorso|bezwaar|banding|itiraz|odwoła|обжал|оскарж|kháng nghị|申诉|申訴|異議|이의)[^.。]{0,60})';
/** N3: the span, wherever the sentence does not open on an appeal. */
export const NEXT_SPAN_DURATION: string[] = Object.values(NEXT_SPAN)
  .flat()
  .map((span) => `(?:${span})${NOT_APPEAL_SPAN}(?![^.。]{0,30}(?:appeal|einspruch|widerspruch|appel|recurso|recurrir|apelar|ricorso|bezwaar|banding|itiraz|odwoła|обжал|оскарж|申诉|申訴|異議|이의))`);

/** N1: the inability and the span in one sentence, either order ("you can't turn on badges for the next 24 hours"). */
export const INABILITY_FOR_SPAN: Family = Object.fromEntries(
  Object.entries(INABILITY).map(([lang, { neg }]) => {
    const span = `(?:${(NEXT_SPAN[lang] ?? []).join('|')})`;
    return [lang, [stated(`${W_START}${neg}${NOT_CONTEST}[^.]{0,80}?${span}`), stated(`${span}[^.]{0,80}?${W_START}${neg}${NOT_CONTEST}`)]];
  }),
);

/**
 * N10: asking for the measure to be lifted is a way to contest it (解除申請,
 * 申请解封, "request reinstatement"), not self-service unlocking ("log in to
 * unlock your account"), which is left out.
 */
export const LIFT_REQUEST: Family = {
  en: [`${W_START}(?:request|submit a request for|ask for|apply for) (?:the )?(?:reinstatement|reactivation|restoration|unsuspension|unban|lifting)${W_END}`, `${W_START}(?:reinstatement|reactivation|unban|unsuspension) (?:request|form|application)${W_END}`],
  de: [`${W_START}(?:entsperrung|reaktivierung|wiederherstellung|freischaltung|aufhebung der sperre) (?:beantragen|anfordern|anfragen)`, `${W_START}antrag auf (?:entsperrung|reaktivierung|wiederherstellung|freischaltung|aufhebung)`],
  fr: [`${W_START}demande(?:r|z)? (?:la |une |de )?(?:réactivation|rétablissement|déblocage|levée de (?:la )?(?:suspension|restriction))`],
  es: [`${W_START}(?:solicit(?:ar|a|e)|pedir|pide) (?:la |el )?(?:reactivación|rehabilitación|restauración|desbloqueo|levantamiento)`, `${W_START}solicitud de (?:reactivación|rehabilitación|desbloqueo|restauración)`],
  it: [`${W_START}(?:richied(?:ere|i)|chied(?:ere|i)) (?:la |il |lo )?(?:riattivazione|ripristino|sblocco|revoca (?:della|del) (?:sospensione|blocco))`, `${W_START}richiesta di (?:riattivazione|ripristino|sblocco)`],
  pt: [`${W_START}(?:solicit(?:ar|e|a)|pedir|peça) (?:a |o )?(?:reativação|restauração|reabilitação|desbloqueio)`, `${W_START}(?:pedido|solicitação) de (?:reativação|desbloqueio|restauração|reabilitação)`],
  nl: [`${W_START}(?:heractivering|herstel|deblokkering|opheffing) (?:aan)?vragen`, `${W_START}verzoek (?:tot|om) (?:heractivering|herstel|deblokkering|opheffing)`],
  pl: [`${W_START}(?:wniosek|prośb\\p{L}*|zgłoszenie) o (?:odblokowanie|przywrócenie|reaktywację|zdjęcie blokady)`, `${W_START}(?:poprosić|wnioskować|wnieść) o (?:odblokowanie|przywrócenie|zdjęcie blokady)`],
  tr: [`${W_START}(?:yeniden etkinleştirme|engelin kaldırılması|askının kaldırılması|hesabın geri yüklenmesi) (?:talebi|isteği|talep)`],
  id: [`${W_START}(?:ajukan|mengajukan) (?:permintaan |permohonan )?(?:pemulihan|pembukaan blokir|aktivasi ulang|pengaktifan kembali)`, `${W_START}(?:permintaan|permohonan) (?:pemulihan|pembukaan blokir|pengaktifan kembali)`],
  ru: [`${W_START}(?:запрос|заявк\\p{L}*|просьб\\p{L}*) (?:на|о) (?:разблокировк\\p{L}*|восстановлени\\p{L}*)`, `${W_START}(?:запросить|попросить) (?:разблокировку|восстановление)`],
  uk: [`${W_START}(?:запит|заяв\\p{L}*|прохання) (?:на|про) (?:розблокуванн\\p{L}*|відновленн\\p{L}*)`],
  vi: [`${W_START}(?:gửi )?yêu cầu (?:mở khóa|mở khoá|khôi phục|kích hoạt lại|gỡ (?:chặn|đình chỉ|hạn chế))`],
  ja: ['解除(?:を|の)?(?:申請|申し込|リクエスト|依頼)', '(?:復旧|再開|復活)(?:を|の)?(?:申請|リクエスト)'],
  zh: ['(?:申请|申請)(?:解封|解除|恢复|恢復|解冻|解凍)', '(?:解封|解冻|解凍)(?:申请|申請)'],
  ko: ['(?:해제|복구|복원)(?:를|을)? ?(?:신청|요청)'],
};

/** N7: who decided, in Arabic: an administrator, moderator, manager or syndic as the agent of the measure. */
export const AGENT_MORE: Family = {
  ar: ['(?:من قبل|من طرف|بواسطة|على يد) (?:أحد )?(?:ال)?(?:مشرف\\p{L}*|أدمن|ادمن|مراقب\\p{L}*|مسير\\p{L}*|سنديك|مسؤول\\p{L}*|مدير\\p{L}*|إدار\\p{L}*)'],
};

/** The reason after "because" in a held-back line: a rule or a violation, so a network error stays out. */
const FOR_A_RULE = "[^.]{0,20}(?:because|due to|as it|for violating|for breaking)[^.]{0,60}(?:violat|polic|guideline|rules|standards|terms|(?:doesn't|does not|didn't|did not) (?:follow|meet|comply))";

/**
 * N1: forms of the measure the verb paradigms lacked: the Spanish and
 * Portuguese 3rd person plural past ("se eliminaron los productos",
 * "removeram"), rejection verbs, and an English line without its auxiliary
 * ("Post not created due to a violation", "isn't visible to others because
 * it doesn't follow our policies"), which needs a rule as the reason.
 */
export const ACTION_FORMS: Family = {
  es: [`${W_START}(?:se )?(?:elimin|retir|ocult|borr|bloque|limit|suspend|desactiv|inhabilit|deshabilit|cancel|rechaz|denieg|suprim|restring)(?:aron|ieron)${W_END}`, `${W_START}se (?:rechazó|denegó|restringió)${W_END}`, `${W_START}(?:rechazad|denegad)[oa]s?${W_END}`],
  pt: [`${W_START}(?:remov|exclu|apag|ocult|restring|limit|bloque|suspend|desativ|desabilit|encerr|cancel|recus|rejeit|retir)(?:eram|aram|iram|íram)${W_END}`, `${W_START}(?:recusad|rejeitad|negad)[oa]s?${W_END}`],
  en: [
    `${W_START}(?:post|video|comment|message|reel|story|photo|content|listing|ad|pin|tweet|upload|product tag|tag)s? (?:was |were )?not (?:created|posted|published|sent|uploaded|approved|shared|boosted)${FOR_A_RULE}`,
    `${W_START}(?:isn't|is not|aren't|are not|won't be|will not be|no longer) (?:visible|shown|available|showing|displayed|searchable)(?: to (?:others|anyone|other people|the public|everyone))?${FOR_A_RULE}`,
  ],
};

/**
 * "So", "therefore", ため、, 因此 … after a possibility ("may be related to
 * self-harm"): what follows is the consequence the platform drew, a measure
 * taken (N1 keeps it). Not "so that" (a purpose).
 */
export const CONSEQUENCE = new RegExp(
  [
    `${W_START}(?:so(?! that)|therefore|thus|hence|as a result|which is why|and we(?: have)?|daher|deshalb|deswegen|folglich|donc|c'est pourquoi|par conséquent|por lo tanto|por eso|por ello|así que|quindi|pertanto|perciò|per questo|portanto|por isso|daarom|dus|dlatego|więc|w związku z tym|bu nedenle|bu yüzden|dolayısıyla|oleh karena itu|sehingga|maka|поэтому|тому|отже|vì vậy|do đó|vì thế)${W_END}`,
    '(?:ため|ので|ことから)[、,]',
    '因此|所以|因而|于是|於是',
    '따라서|그래서|(?:으)?므로|때문에',
  ].join('|'),
  'u',
);

/**
 * N6: reports as the origin worded through who sent them or how many there
 * were ("reportes de compradores", "Hai ricevuto troppe segnalazioni", "The
 * YouTube Community has flagged"), per language.
 */
const REPORTS_FROM_STATED: Family = {
  en: [`${W_START}(?:the |our )?(?:[\\p{L}-]+ )?community (?:has |have )?(?:flagged|reported)${W_END}`, `${W_START}(?:too many|several|multiple|numerous|a number of) (?:\\p{L}+ )?(?:reports|complaints|flags)${W_END}`, `${W_START}(?:reports|complaints|flags) (?:from|by) (?:the |other |several |multiple )?(?:buyers|customers|users|viewers|members|community|rights ?holders|people)${W_END}`],
  de: [`${W_START}(?:meldungen|beschwerden|hinweise) (?:von|anderer|der) (?:anderen )?(?:nutzer|nutzerinnen|käufer|kunden|mitglieder|community)\\p{L}*`, `${W_START}(?:zu viele|mehrere|zahlreiche|viele) (?:meldungen|beschwerden)${W_END}`],
  fr: [`${W_START}(?:signalements|plaintes|réclamations) (?:d'|des |de la |de |provenant d')(?:autres )?(?:utilisateurs|acheteurs|clients|membres|communauté)`, `${W_START}(?:trop de|plusieurs|de nombreux|de nombreuses) (?:signalements|plaintes)${W_END}`],
  es: [`${W_START}(?:reportes|denuncias|quejas|reclamaciones) (?:de|por parte de) (?:los |las |otros |varios )?(?:compradores|usuarios|clientes|miembros|la comunidad|titulares)`, `${W_START}(?:demasiadas|varias|numerosas|muchas) (?:denuncias|quejas|reclamaciones)${W_END}`, `${W_START}(?:demasiados|varios|numerosos|muchos) reportes${W_END}`],
  it: [`${W_START}(?:troppe|molte|diverse|numerose|alcune|varie|più) segnalazioni${W_END}`, `${W_START}segnalazioni (?:da parte (?:degli|di) |dagli |degli |di )(?:altri )?(?:utenti|acquirenti|clienti|membri|community)`],
  pt: [`${W_START}(?:denúncias|reclamações) (?:de|dos|das|feitas por) (?:outros )?(?:compradores|usuários|utilizadores|clientes|membros)`, `${W_START}(?:muitas|várias|diversas|inúmeras) (?:denúncias|reclamações)${W_END}`],
  nl: [`${W_START}(?:meldingen|klachten) (?:van|door) (?:andere )?(?:gebruikers|kopers|klanten|leden|de community)`, `${W_START}(?:te veel|meerdere|veel|diverse) (?:meldingen|klachten)${W_END}`],
  id: [`${W_START}(?:laporan|keluhan|pengaduan) (?:dari )?(?:pengguna|pembeli|pelanggan|anggota)(?: lain)?${W_END}`, `${W_START}(?:terlalu banyak|banyak|beberapa) (?:laporan|keluhan|pengaduan)${W_END}`],
  pl: [`${W_START}(?:zbyt wiele|zbyt dużo|wiele|kilka|liczne) (?:zgłoszeń|skarg)`, `${W_START}(?:zgłoszenia|skargi|zgłoszeń|skarg) (?:od |innych )?(?:użytkowników|kupujących|klientów|członków)`],
  tr: [`${W_START}(?:çok fazla|birçok|birden fazla|çok sayıda) (?:şikayet|şikâyet|bildirim|rapor)`, `${W_START}(?:kullanıcılardan|alıcılardan|müşterilerden|üyelerden) gelen (?:şikayet|şikâyet|bildirim|rapor)`],
  ru: [`${W_START}(?:слишком много|много|несколько|многочисленн\\p{L}*) (?:жалоб|сообщений о нарушени)`, `${W_START}жалоб\\p{L}* (?:от )?(?:других )?(?:пользовател|покупател|клиент|участник)\\p{L}*`],
  uk: [`${W_START}(?:забагато|багато|кілька|численн\\p{L}*) (?:скарг|повідомлень про порушенн)`, `${W_START}скарг\\p{L}* (?:від )?(?:інших )?(?:користувач|покупц|клієнт)\\p{L}*`],
  vi: [`${W_START}(?:quá nhiều|nhiều|một số) (?:báo cáo|khiếu nại)`, `${W_START}(?:báo cáo|khiếu nại) (?:từ|của) (?:những |các )?(?:người dùng|người mua|khách hàng|thành viên)`],
  ja: ['(?:多数|複数|多く|大量)の(?:報告|通報|苦情)', '(?:購入者|ユーザー|利用者|お客様|視聴者)(?:から|による)の?(?:報告|通報|苦情)'],
  ko: ['(?:다수|여러|많은|여러 건)(?:의)? 신고'],
};

/** How reports help in general ("Reports from users help us keep …", "contamos com denúncias … para identificar"): a help page, not this decision's origin. */
const NOT_IN_GENERAL = `(?![^.。]{0,40}${W_START}(?:help|helps|allow|allows|lets|keep|ayudan|permiten|aiutano|consentono|helfen|ermöglichen|aident|permettent|ajudam|permitem|helpen|membantu|pomagają|помогают|giúp|(?:to|para|pour|per|om|untuk|um) (?:identify|identificar|identifier|identificare|identificeren|find|detect|detectar|détecter|rilevare|mengidentifikasi|erkennen|finden))${W_END})`;
export const REPORTS_FROM: Family = Object.fromEntries(Object.entries(REPORTS_FROM_STATED).map(([lang, patterns]) => [lang, patterns.map((p) => `(?:${p})${NOT_IN_GENERAL}`)]));

/** Units for a time-out counted down: seconds too ("for <number> more seconds"). */
const COUNTDOWN_UNIT = '(?:seconds?|minutes?|hours?|days?|sekunden|minuten|stunden|tage|secondes|minutes|heures|jours|segundos|minutos|horas|días|dias|secondi|minuti|ore|giorni|seconden|minuten|uur|dagen|detik|menit|jam|hari|saniye|dakika|saat|gün|sekund\\p{L}*|minut\\p{L}*|godzin\\p{L}*|dni|секунд\\p{L}*|минут\\p{L}*|час\\p{L}*|дн\\p{L}*|giây|phút|giờ|ngày)';
/** A count written as a number or a template variable, including <number>. */
const TEMPLATE_COUNT = '(?:<[\\p{L}_ -]{1,20}>|%\\d?\\$?[sd]|%\\(\\w+\\)[sd]|\\{\\{?\\s*\\w+\\s*\\}\\}?|\\$\\{\\w+\\})';
/** N3: a time-out counted down ("for <number> more seconds", "noch 30 Sekunden", "encore 5 minutes"). */
export const COUNTDOWN: Family = {
  any: [
    // a plain "for 30 days" is the duration family's (with its appeal guards): here a count still running or a template count
    `${NOT_APPEAL_SPAN}${W_START}(?:for|für|pour|durante|per|por|voor|selama|przez|на|в течение|trong) (?:another |the next )?(?:\\d+ (?:more|further|weitere|de plus|más|altri|mais|meer|lagi)|${TEMPLATE_COUNT}(?: (?:more|further|weitere|de plus|más|altri|mais|meer|lagi))?) ${COUNTDOWN_UNIT}${W_END}`,
    `${W_START}(?:timed out|muted|banned|blocked|suspended|gesperrt|stummgeschaltet|exclu|muet|silenciad[oa]|bloquead[oa]|silenziat[oa]|bloccat[oa]|geblokkeerd|diblokir|zablokowan\\p{L}*|заблокирован\\p{L}*) (?:for|für|pour|durante|per|por|voor|selama|na|на) (?:\\d+|${TEMPLATE_COUNT})`,
  ],
};

/**
 * N1: being put out of a group, server or community, and verb forms the
 * families lacked (a Hungarian verb split from its particle, "bị ẩn",
 * "zabanován", "banat", Arabic إزالتك), from an audit of the basic measure
 * sentences per language.
 */
export const EXPELLED: Family = {
  tr: [`${W_START}(?:çıkarıl|atıl|uzaklaştırıl)(?:dı|dınız|dın|mış|mıştır|mışsınız)\\p{L}*`],
  id: [`${W_START}(?:dikeluarkan|ditendang|dikick)${W_END}`],
  vi: [`${W_START}(?:đã )?bị (?:ẩn|gỡ|chặn|hạn chế|đuổi|loại khỏi|mời ra khỏi)${W_END}`],
  zh: ['(?:已被|被|已)(?:移出|踢出|请出|請出|逐出|移除出)'],
  ko: ['강퇴', '강제 ?퇴장', '내보내(?:졌|짐|기 처리)'],
  cs: [`${W_START}(?:zabanován|zabanovan|vyloučen|vyhozen|vykopnut)\\p{L}*`],
  hu: [`${W_START}ki (?:lettél|lett|lettek|lettetek|lettél) (?:tiltva|zárva|rúgva|dobva)${W_END}`, `${W_START}kizár(?:tunk|tak|ták|va)${W_END}`],
  // whole words: "exclus" is also the stem of exclusivo, exclusão
  ro: [`${W_START}(?:banat|banată|banați|banate|exclus|exclusă|excluși|excluse|dat afară)${W_END}`],
  ar: ['(?:إزالت|ازالت)(?:ك|كم)', '(?:تم |تمت )?طرد(?:ك|كم)'],
  // not the future "कर दिया जाएगा" (will be done): a threat
  hi: ['(?:बैन|ब्लॉक|प्रतिबंधित|निलंबित|हटा) कर दिया(?! जाएगा| जायेगा| जाएंगे| जाएँगे)', '(?:बैन|ब्लॉक) (?:किया गया|कर दिया गया)'],
};

/** N3: "for 7 days" in Romanian and Hindi. */
export const SPAN_MORE: Family = {
  ro: [`${NOT_APPEAL_SPAN}${W_START}(?:timp de|pentru|pe|pe o perioadă de) \\d+ (?:zile|zi|ore|oră|săptămâni|săptămână|luni|lună)${W_END}`],
  hi: [`${NOT_APPEAL_SPAN}\\d+ (?:दिनों|दिन|घंटे|घंटों|सप्ताह|हफ़्ते|हफ्ते|महीने|महीनों) (?:के लिए|तक)`],
};

/** N7: decided automatically, and "if you think it is wrong" in Turkish, Indonesian, Russian and Ukrainian (N10). */
export const AUTOMATIC_MORE: Family = {
  tr: [`${W_START}otomatik olarak (?:kaldırıl|silin|engellen|gizlen|kısıtlan|askıya|kapatıl|reddedil)\\p{L}*`, `${W_START}sistem(?:imiz)? tarafından (?:kaldırıl|silin|engellen|gizlen|kısıtlan|askıya|kapatıl|reddedil)\\p{L}*`],
};
export const IF_WRONG_MORE: Family = {
  tr: [`(?:yanlış|hatalı|hata|yanlışlık)[^.]{0,40}(?:düşünüyorsan|düşünüyorsanız|inanıyorsan|inanıyorsanız)${W_END}`],
  id: [`${W_START}(?:jika|bila|apabila) (?:menurut (?:anda|kamu|mu)|anda rasa|kamu rasa|menurutmu)${W_END}[^.]{0,40}(?:salah|keliru|kesalahan)`],
  ru: [`${W_START}если (?:вы )?(?:считаете|думаете|полагаете)${W_END}`],
  uk: [`${W_START}якщо (?:ви )?(?:вважаєте|думаєте|гадаєте)${W_END}`],
};

/** Topics per language for a ground given with "because of" (the paradigms' lists, with the common ones the Latin lists keep elsewhere). */
const topicsOf = (lang: string): string => {
  const core = (TOPIC_PARADIGM as Record<string, string[]>)[lang] ?? [];
  const extra = (EXTRA_TOPICS as Record<string, string[]>)[lang] ?? [];
  const more: Record<string, string[]> = {
    de: ['spam', 'hass', 'hetze', 'betrug', 'gewalt', 'belästigung', 'mobbing', 'nackt', 'beleidigung', 'urheberrecht', 'pornograf'],
    nl: ['spam', 'haat', 'geweld', 'oplichting', 'naakt', 'auteursrecht', 'intimidatie'],
  };
  return `(?:${[...core, ...extra, ...(more[lang] ?? [])].join('|')})`;
};
const BECAUSE_OF_BEFORE: Record<string, string> = {
  de: '(?:wegen|aufgrund(?: von)?)',
  nl: '(?:wegens|vanwege)',
  pl: '(?:z powodu|za|ze względu na)',
  id: '(?:karena|akibat)',
  vi: '(?:vì|do|bởi)',
  ru: '(?:за|из-за|в связи с)',
  uk: '(?:за|через)',
  // Scandinavian "for" is also English: only the unambiguous "because of"
  sv: 'på grund av',
  nb: 'på grunn av',
  da: 'på grund af',
  cs: '(?:kvůli|za)',
};
const BECAUSE_OF_AFTER: Record<string, string> = {
  tr: '(?:nedeniyle|yüzünden|sebebiyle|dolayı|gerekçesiyle)',
  hu: 'miatt',
  ko: '(?:으로|로)(?: 인해| 인하여)?',
  ja: '(?:のため|により|が理由で|を理由に)',
};

/**
 * N9: the ground named by its topic with "because of" ("Wegen Spam
 * entfernt", "Usunięto z powodu spamu", "Spam nedeniyle kaldırıldı",
 * "스팸으로 삭제"), in the languages the measure-first pattern (checklist-patterns)
 * did not cover. Not "to protect you from spam" (a purpose): only words of cause.
 */
export const GROUND_BY_TOPIC: Family = {
  ...Object.fromEntries(Object.entries(BECAUSE_OF_BEFORE).map(([lang, because]) => [lang, [`${W_START}${because} (?:[\\p{L}-]+ ){0,2}?${topicsOf(lang)}`]])),
  ...Object.fromEntries(Object.entries(BECAUSE_OF_AFTER).map(([lang, because]) => [lang, [`${topicsOf(lang)}\\p{L}{0,6}\\s?${because}`]])),
  zh: [`(?:因|由于|由於|因为|因為)(?:发布|發布|涉嫌|存在|含有)?${topicsOf('zh')}`],
};

/** Words for the account or channel (a shorter list than the link family's). */
const ACCOUNT_WORD = '(?:account|channel|profile|konto|kanal|profil|compte|chaîne|cuenta|canal|perfil|canale|profilo|conta|kanaal|profiel|akun|hesab\\p{L}*|аккаунт\\p{L}*|канал\\p{L}*|tài khoản|アカウント|账号|帳號|账户|帳戶|계정)';
/**
 * N4: the account named by its handle right after the account word ("your
 * Twitch account s_wngud", "Konto max_mustermann_1"): a token with an
 * underscore or a digit, so "your account has been …" stays out.
 */
export const ACCOUNT_HANDLE: Family = {
  // a space and a Latin handle: アカウントは2022年… (a date after a particle) stays out
  any: [`${ACCOUNT_WORD}\\s["“'«]?(?=[a-z0-9_.]*[_\\d])(?=[a-z0-9_.]*[a-z])[a-z0-9_.]{3,30}(?![\\p{L}\\d_.@])`],
};

/**
 * N6: the platform says it learned of the matter ("we have become aware",
 * "it came to our attention", "ist uns aufgefallen"): its own finding or a
 * report, either way an origin.
 */
export const CAME_TO_ATTENTION: Family = {
  en: [stated(`${W_START}(?:we (?:have |'ve )?(?:recently )?(?:become|became) aware|(?:came|come|been brought|was brought|were brought|has been brought) to our attention)${W_END}`)],
  de: [stated(`${W_START}(?:ist uns aufgefallen|sind uns aufgefallen|wir sind (?:darauf )?aufmerksam geworden|zu unserer kenntnis gelangt|haben wir kenntnis erhalten)`)],
  fr: [stated(`${W_START}(?:nous avons pris connaissance|(?:a été|ont été) porté\\p{L}* à notre attention|est parvenu\\p{L}* à notre connaissance)`)],
  es: [stated(`${W_START}(?:hemos tenido conocimiento|tuvimos conocimiento|(?:llegó|ha llegado) a nuestro conocimiento|(?:llamó|ha llamado) nuestra atención)`)],
  it: [stated(`${W_START}(?:siamo venuti a conoscenza|(?:è|sono) giunt\\p{L}* alla nostra attenzione|abbiamo avuto notizia)`)],
  pt: [stated(`${W_START}(?:tomamos conhecimento|(?:chegou|chegaram) ao nosso conhecimento|(?:chamou|chamaram) (?:a )?nossa atenção)`)],
  nl: [stated(`${W_START}(?:is ons opgevallen|zijn ons opgevallen|onder onze aandacht gebracht|zijn we ons bewust geworden)`)],
  pl: [stated(`${W_START}(?:dowiedzieliśmy się|zwrócił\\p{L}* naszą uwagę)`)],
  tr: [stated(`${W_START}(?:dikkatimizi çekti|farkına vardık|tarafımıza bildirildi)`)],
  id: [stated(`${W_START}(?:kami mengetahui bahwa|menjadi perhatian kami|kami menyadari bahwa)`)],
  ru: [stated(`${W_START}(?:нам стало известно|мы узнали, что)`)],
  vi: [stated(`${W_START}chúng tôi (?:đã )?nhận thấy`)],
  zh: ['(?:我们|我們)(?:注意到|获悉|獲悉|发现|發現)'],
  ja: ['(?:判明しました|発覚しました)'],
};

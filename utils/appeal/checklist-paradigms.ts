/**
 * Paradigms of the checker's word families, written per core language as a
 * linguist would list them (the forms a platform's notice uses), not copied
 * from labelled rows. checklist-patterns.ts ORs each list into its family.
 *
 * Text is NFKC, lower-cased, whitespace-collapsed (see checkNotice). Regexes
 * built from these carry the `u` flag, so `\p{…}` works; JS `\b` only knows
 * ASCII, hence W_START / W_END for words with letters such as ł, ı, é.
 */

export const CORE_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'id', 'tr', 'pl'] as const;
export type CoreLang = (typeof CORE_LANGS)[number];
export type Paradigm = Record<CoreLang, string[]>;

/** A letter of an alphabetic script (not CJK: a Latin word inside Japanese text still has boundaries). */
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{M}\\p{N}]';
/** Start / end of a word, Unicode-aware: "recurso" not in "recursos", "tot" not in "total". */
export const W_START = `(?<!${WORD_CHAR})`;
export const W_END = `(?!${WORD_CHAR})`;
/** A whole word (or phrase) from a list. */
export const word = (...alternatives: string[]) => `${W_START}(?:${alternatives.join('|')})${W_END}`;
/** Stems × endings: one verb paradigm in one pattern ("elimin" × "amos|ado|ó" …). */
export const inflect = (stems: string[], endings: string[]) => word(`(?:${stems.join('|')})(?:${endings.join('|')})`);

/** Numbers as notices write them: digits, or the words for the usual periods (1, 3, 6, 7, 14, 30). */
const NUM = `(?:\\d+|${[
  'one|two|three|six|seven|fourteen|thirty|a',
  'ein|einen|eine|drei|sechs|sieben|vierzehn|dreißig',
  'un|une|trois|six|sept|quatorze|trente',
  'uno|una|tres|seis|siete|catorce|treinta',
  'tre|sei|sette|quattordici|trenta',
  'um|uma|três|sete|catorze|trinta',
  'een|drie|zes|zeven|veertien|dertig',
  'satu|tiga|enam|tujuh|empat belas|tiga puluh',
  'bir|üç|altı|yedi|on dört|otuz',
  'jeden|jedną|trzy|sześć|siedem|czternaście|trzydzieści|sześciu|siedmiu|trzydziestu',
].join('|')})`;

/** Time units per language, singular and plural (with the case forms Polish and Turkish need). */
const UNITS = {
  en: 'minutes?|hours?|days?|weeks?|months?|years?',
  de: 'minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?',
  fr: 'minutes?|heures?|jours?|semaines?|mois|ans?|années?',
  es: 'minutos?|horas?|días?|semanas?|mes(?:es)?|años?',
  it: 'minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]',
  pt: 'minutos?|horas?|dias?|semanas?|mês|meses|anos?',
  nl: 'minuten|minuut|uur|uren|dagen|dag|weken|week|maanden|maand|jaar|jaren',
  id: 'menit|jam|hari|minggu|bulan|tahun',
  tr: 'dakika|saat|gün|hafta|ay|yıl',
  pl: 'minut[ay]?|godzin[ya]?|dni|dzień|dnia|tygodni[ea]?|tydzień|miesi[ąę]c[ea]?|miesięcy|lat|rok',
};
const unit = (lang: keyof typeof UNITS) => `(?:${UNITS[lang]})`;

/**
 * N1: what was done. Per language: the participle / passive ("has been
 * removed"), the 1st person plural past ("we removed"), the noun of the act
 * ("the removal of"), and the negations ("will not be restored", "no longer
 * available").
 */
export const ACTION_PARADIGM: Paradigm = {
  en: [
    word('deleted', 'took down', 'revoked', 'withheld', 'unpublished', 'demoneti[sz]ed', 'deplatformed', 'shadow-?banned'),
    `${W_START}(?:your|this|the|a|temporary|permanent|\\d+-day|\\d+ day|account|posting) ban${W_END}`,
    `${W_START}(?:will not|won't|cannot|can't|can not|will no longer) be (?:restored|reinstated|reactivated|recovered|unbanned|unsuspended|unlocked)`,
    `${W_START}no longer (?:available|visible|accessible|active|public|searchable)`,
  ],
  de: [
    word('blockiert', 'suspendiert', 'gekündigt', 'geschlossen', 'verborgen', 'entzogen', 'gedrosselt', 'untersagt', 'ausgeschlossen', 'stillgelegt', 'zurückgewiesen', 'beschränkt'),
    word('sperre', 'löschung', 'entfernung', 'deaktivierung', 'beschränkung', 'kündigung des kontos'),
    `${W_START}wir (?:haben|mussten|werden) [^.]{0,50}(?:sperren|entfernen|löschen|deaktivieren|einschränken|beschränken|blockieren)`,
    `${W_START}(?:wird|werden|kann|können) nicht (?:mehr )?wiederhergestellt`,
    `${W_START}nicht (?:mehr|länger) (?:verfügbar|sichtbar|abrufbar|zugänglich|aufrufbar|erreichbar|öffentlich)`,
  ],
  fr: [
    // participles in -é (and the 1st person plural "nous supprimons"), -i, -u, -t
    inflect(['résili', 'ferm', 'cach', 'effac', 'désactiv', 'supprim', 'retir', 'masqu', 'limit', 'bloqu'], ['é', 'ée', 'és', 'ées', 'ons']),
    inflect(['banni', 'exclu', 'suspendu', 'restreint'], ['', 'e', 's', 'es']),
    word('suppression', 'retrait', 'blocage', 'désactivation', 'résiliation', 'fermeture', 'limitation', 'bannissement'),
    `${W_START}(?:dû|devons|devions) (?:supprimer|retirer|suspendre|désactiver|bloquer|fermer|restreindre|masquer|limiter)`,
    `${W_START}ne (?:sera|seront|pourra) (?:pas|plus) (?:être )?(?:rétabli|restauré|réactivé|récupéré)`,
    `n'est plus (?:visible|accessible|en ligne|public)`,
    word('mise? hors ligne'),
  ],
  es: [
    inflect(['elimin', 'retir', 'ocult', 'quit', 'borr', 'bloque', 'limit', 'restring', 'suspend', 'desactiv', 'inhabilit', 'deshabilit', 'cerr', 'cancel', 'bane', 'expuls', 'suprim'], ['ad[oa]s?', 'amos', 'imos', 'ó', 'ió', 'id[oa]s?']),
    word('eliminación', 'retirada', 'bloqueo', 'inhabilitación', 'desactivación', 'cierre de (?:tu|su|la) cuenta', 'dad[oa] de baja'),
    `${W_START}no (?:se )?(?:será|serán|podrá(?:n)?(?: ser)?|va a ser) (?:restablecid|restaurad|recuperad|reactivad)`,
    `${W_START}no se (?:restablecerá|restaurará|recuperará|reactivará)`,
    `${W_START}ya no (?:está|estará|es|será) (?:disponible|visible|accesible|públic)`,
  ],
  it: [
    inflect(['rimoss', 'eliminat', 'cancellat', 'sospes', 'bloccat', 'limitat', 'disattivat', 'disabilitat', 'nascost', 'oscurat', 'chius', 'bannat', 'rifiutat', 'respint', 'ristrett', 'congelat', 'revocat', 'esclus'], ['[oaie]']),
    word('rimozione', 'eliminazione', 'sospensione', 'disattivazione', 'limitazione', 'blocco', 'oscuramento', 'chiusura (?:del|dell\'|di)'),
    `${W_START}non (?:sarà|saranno|verrà|verranno|potrà essere) (?:più )?ripristinat`,
    `${W_START}non è più (?:disponibile|visibile|accessibile|pubblic)`,
  ],
  pt: [
    inflect(['remov', 'exclu', 'apag', 'ocult', 'restring', 'limit', 'bloque', 'suspend', 'desativ', 'desabilit', 'encerr', 'cancel', 'derrub', 'retir', 'suprim'], ['emos', 'imos', 'ímos', 'amos', 'id[oa]s?', 'íd[oa]s?', 'ad[oa]s?', 'eu', 'iu', 'ou']),
    word('remoção', 'exclusão', 'bloqueio', 'desativação', 'encerramento', 'banimento'),
    `${W_START}não (?:será|serão|poderá(?: ser)?|poderão(?: ser)?|vai ser) (?:mais )?(?:restaurad|reativad|recuperad|restabelecid)`,
    `${W_START}(?:não está mais|deixou de estar|já não está) (?:disponível|visível|acessível)`,
    `tirad[oa]s? do ar`,
  ],
  nl: [
    word('verwijderd', 'geschorst', 'opgeschort', 'geblokkeerd', 'beperkt', 'verborgen', 'gedeactiveerd', 'uitgeschakeld', 'bevroren', 'afgewezen', 'geweigerd', 'verbannen', 'gesloten', 'beëindigd', 'uitgesloten', 'ingetrokken', 'vergrendeld', 'offline gehaald', 'gebann?e?d'),
    word('verwijdering', 'schorsing', 'opschorting', 'blokkering', 'beperking', 'deactivering'),
    `${W_START}we (?:verwijderen|blokkeren|schorsen|beperken|verbergen|deactiveren|sluiten)${W_END}`,
    `${W_START}(?:wordt|worden) niet (?:meer )?hersteld`,
    `${W_START}niet (?:meer|langer) (?:beschikbaar|zichtbaar|toegankelijk|openbaar)`,
  ],
  ja: [
    '追放',
    '非公開',
    '却下',
    '閉鎖',
    '取り消(?:し|され)',
    '(?:ご)?利用(?:いただけ|でき)(?:ません|なくなり|なくな)',
    '(?:閲覧|アクセス|ログイン|投稿)(?:でき|いただけ)(?:ません|なくなり|なくな)',
    '表示されなくな',
    '(?:復元|復旧|再開)(?:され|でき)ません',
    `(?<![a-z])ban(?:され|しました)`,
  ],
  zh: [
    '封号',
    '封號',
    '封停',
    '封鎖',
    '封锁',
    '撤下',
    '驳回',
    '駁回',
    '限流',
    '(?:已|被|已被)(?:关闭|關閉|终止|終止|禁止)',
    '(?:无法|無法|不会|不會|不予)(?:恢复|恢復)',
    '(?:无法|無法)(?:访问|訪問|使用|登录|登入|发布|發布)',
    '不再(?:可用|可见|可見|显示|顯示|提供)',
    '(?:仅|僅)(?:自己|你自己|您自己)可见',
  ],
  ko: [
    '해지',
    '폐쇄',
    '제재',
    '잠금',
    '잠겼',
    '잠김',
    '잠겨',
    '비공개(?:로| 처리| 전환)',
    '(?:거부|거절)(?:되|됐|됨|했)',
    '반려',
    '(?:이용|사용|접근|액세스|로그인)할 수 없',
    '(?:복구|복원)되지 않',
    '(?:중단|중지)(?:되|됐|됨|했|하였)',
  ],
  id: [
    word('menangguhkan', 'penangguhan', 'memblokir', 'pemblokiran', 'penghapusan', 'pembatasan', 'penonaktifan', 'diturunkan', 'menurunkan', 'disembunyikan', 'menyembunyikan', 'dibekukan', 'membekukan', 'dikunci', 'mengunci', 'ditutup', 'diakhiri', 'mengakhiri', 'dihentikan', 'menghentikan', 'di-?banned', 'diban'),
    `${W_START}tidak (?:akan )?(?:dapat |bisa )?dipulihkan`,
    `${W_START}tidak lagi (?:tersedia|terlihat|dapat diakses|bisa diakses)`,
  ],
  tr: [
    // 1st person plural past (-dık/-tık), passive past (-ıldı/-ındı/-ildi), the -miş report past
    word('kaldırdık', 'sildik', 'kapattık', 'engelledik', 'kısıtladık', 'sınırladık', 'yasakladık', 'gizledik', 'dondurduk', 'askıya aldık'),
    `${W_START}(?:dondurul|gizlen|sınırlan|banlan|feshedil|sonlandırıl|kaldırılmış|silinmiş|reddedil|devre dışı bırak)`,
    `${W_START}artık (?:kullanılamıyor|mevcut değil|erişilebilir değil|görünmüyor|görüntülenemiyor)`,
    `${W_START}geri (?:yüklenmeyecek|alınmayacak|getirilmeyecek)`,
  ],
  pl: [
    word('usunęliśmy', 'ograniczyliśmy', 'wyłączyliśmy', 'ukryliśmy', 'zamknęliśmy', 'zamroziliśmy', 'zbanowaliśmy', 'dezaktywowaliśmy'),
    `${W_START}(?:usunięci|ograniczeni|ukryt|dezaktywowan|zamknięt|zawiesze|zamrożon|wstrzyman|wyłączeni)`,
    `${W_START}nie (?:zostanie|zostaną|będzie) (?:już )?przywrócon`,
    `${W_START}nie (?:jest|są) już (?:dostępn|widoczn)`,
  ],
};

/** "You can appeal for 180 days" is the appeal window (N14), not the measure's length. */
const NOT_AFTER_APPEAL = `(?<!(?:appeal|contest|disagree|review|appel|recours|recurrir|recurso|apelar|ricorso|einspruch|widerspruch|bezwaar|banding|keberatan|itiraz|odwoła)[^.]{0,40})`;

/**
 * N3: how long: "for 7 days", "permanently", "until 5 May", per language.
 * "Final" words (endgültig, definitief) only on the measure: "this decision is
 * final" says nothing of a duration.
 */
export const DURATION_PARADIGM: Paradigm = {
  en: [
    `${NOT_AFTER_APPEAL}${W_START}for (?:the next |a period of )?${NUM} ${unit('en')}${W_END}`,
    `${W_START}\\d+[- ](?:minute|hour|day|week|month|year)s? (?:suspension|ban|restriction|block|lock|limit|mute|timeout)`,
    word('forever', 'indefinitely'),
    `${W_START}(?:ends?|expires?|lifts?|will be lifted|will end|will expire) (?:on|at|in|after) (?:\\d|${NUM} ${unit('en')})`,
    // "you can post again in 24 hours", "will be restored on 12 June"
    `${W_START}again (?:in|after) ${NUM} ${unit('en')}${W_END}`,
    `${W_START}(?:restored|reactivated|re-?enabled|unlocked|lifted|available again)[^.]{0,20}${W_START}(?:on|after|from) (?:\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d|\\d{1,4}[/.-]\\d)`,
  ],
  de: [
    `${NOT_AFTER_APPEAL}${W_START}(?:für|während) (?:die nächsten )?${NUM} ${unit('de')}${W_END}`,
    word('zeitweise', 'zeitweilig', 'befristet', 'für immer'),
    `${W_START}\\d+-?(?:stündig|tägig|wöchig|monatig)e[nrs]? (?:sperre|sperrung|einschränkung|stummschaltung)`,
    `${W_START}(?:endet|läuft (?:\\p{L}+ )?ab|wird aufgehoben|aufgehoben) (?:am|nach|in) (?:\\d|${NUM} ${unit('de')})`,
    `${W_START}${NUM} ${unit('de')} (?:lang )?(?:gesperrt|eingeschränkt|blockiert|stummgeschaltet|suspendiert)`,
    `${W_START}endgültig (?:\\p{L}+ )?(?:gesperrt|gelöscht|entfernt|deaktiviert|geschlossen|gekündigt)`,
  ],
  fr: [
    `${NOT_AFTER_APPEAL}${W_START}(?:pendant|pour|durant) (?:une durée de |une période de |les )?${NUM} ${unit('fr')}${W_END}`,
    `${W_START}(?:suspendu|bloqué|banni|limité|restreint)e?s? ${NUM} ${unit('fr')}${W_END}`,
    `${W_START}(?:suspension|blocage|restriction|bannissement|exclusion|limitation) (?:temporaire )?(?:de|d'une durée de) ${NUM} ${unit('fr')}${W_END}`,
    word('provisoirement', 'à titre (?:temporaire|provisoire|définitif)', 'de (?:manière|façon) (?:permanente|temporaire|définitive)', 'durée indéterminée', 'pour toujours'),
  ],
  es: [
    `${NOT_AFTER_APPEAL}${W_START}(?:por|durante|para) (?:un período de |un plazo de |los próximos )?${NUM} ${unit('es')}${W_END}`,
    word('de (?:forma|manera|modo) (?:permanente|temporal|indefinida|definitiva)', 'para siempre', 'por tiempo indefinido'),
    `${W_START}(?:suspendid|bloquead|restringid|limitad|silenciad)[oa]s? ${NUM} ${unit('es')}${W_END}`,
    `${W_START}(?:suspensión|bloqueo|restricción|prohibición|expulsión) (?:temporal )?de ${NUM} ${unit('es')}${W_END}`,
  ],
  it: [
    `${NOT_AFTER_APPEAL}${W_START}(?:per|durante) (?:un periodo di |i prossimi )?${NUM} ${unit('it')}${W_END}`,
    word('in (?:modo|maniera|via) (?:permanente|temporanea|definitiv[ao]|provvisoria)', 'per sempre', 'a tempo indeterminato', 'provvisoriamente'),
    `${W_START}(?:sospes|bloccat|limitat|silenziat)[oaie] ${NUM} ${unit('it')}${W_END}`,
    `${W_START}(?:sospensione|blocco|limitazione|restrizione|espulsione) (?:temporanea )?di ${NUM} ${unit('it')}${W_END}`,
  ],
  pt: [
    `${NOT_AFTER_APPEAL}${W_START}(?:por|durante) (?:um período de |os próximos )?${NUM} ${unit('pt')}${W_END}`,
    word('de (?:forma|modo|maneira) (?:permanente|temporária|definitiva|indefinida)', 'para sempre', 'por tempo indeterminado'),
    `${W_START}(?:suspens|bloquead|restrit|limitad|silenciad)[oa]s? ${NUM} ${unit('pt')}${W_END}`,
    `${W_START}(?:suspensão|bloqueio|restrição|banimento) (?:temporári[ao] )?de ${NUM} ${unit('pt')}${W_END}`,
  ],
  nl: [
    `${NOT_AFTER_APPEAL}${W_START}(?:voor|gedurende|tijdens) (?:de komende )?${NUM} ${unit('nl')}${W_END}`,
    word('voorgoed', 'blijvend', 'voor altijd'),
    `${W_START}${NUM} ${unit('nl')} (?:lang )?(?:geschorst|geblokkeerd|beperkt|opgeschort|vergrendeld|gedempt)`,
    `${W_START}(?:schorsing|blokkering|beperking|ban) van ${NUM} ${unit('nl')}${W_END}`,
    `${W_START}definitief (?:\\p{L}+ )?(?:verwijderd|geblokkeerd|geschorst|gesloten|uitgeschakeld|gedeactiveerd)`,
  ],
  ja: [
    // "24時間以内に異議" is the appeal window, not the measure's length
    '\\d+\\s*(?:分間|時間|日間|週間|か月間|ヶ月間|カ月間|ヵ月間|年間)(?!以内)',
    '\\d+\\s*(?:時間|日|週間|か月|ヶ月|カ月|ヵ月)後に(?:解除|再開|復旧|利用|制限が解除)',
    '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日[^。]{0,12}まで',
    '(?:解除|終了)(?:日時|予定日|日)',
  ],
  zh: [
    '(?:禁言|封禁|封号|封號|限制|冻结|凍結|停权|停權|暂停|暫停|停用)\\s*\\d+\\s*(?:分钟|分鐘|小时|小時|天|日|周|週|个月|個月|年)',
    '(?:为期|為期|期限为|期限為|时长|時長)\\s*[:：]?\\s*\\d+',
    '\\d+\\s*(?:分钟|分鐘|小时|小時|天|日|周|週|个月|個月|年)(?:的)?(?:封禁|禁言|限制|停权|停權|冻结|凍結)',
    '(?:解封|解除|到期|结束|結束)(?:时间|時間|日期)',
    '(?:至|直到|到)\\s*(?:\\d{4}[年/.-])?\\d{1,2}月\\d{1,2}[日号號]',
    '(?:至|直到|到)\\s*\\d{4}[年/.-]\\d{1,2}',
  ],
  ko: [
    '\\d+\\s*(?:분|시간|일|주|개월|달|년)\\s*(?:간|동안)',
    '\\d+\\s*(?:시간|일|주|개월)\\s*(?:이용 )?(?:정지|제한|차단)',
    '\\d{4}[.년-]\\s*\\d{1,2}[.월-]\\s*\\d{1,2}일?[^.]{0,12}까지',
    '\\d{1,2}월\\s*\\d{1,2}일[^.]{0,12}까지',
    '임시(?:로| 정지| 제한)',
    // lifted within / after N units
    '\\d+\\s*(?:분|시간|일)\\s*(?:이내|후|뒤)에?[^.]{0,20}(?:해제|복구|복원|풀리|풀립)',
    '(?:해제|종료) (?:일시|예정)',
  ],
  id: [
    `${NOT_AFTER_APPEAL}${W_START}(?:selama|untuk) (?:jangka waktu )?${NUM} ${unit('id')}${W_END}`,
    `${W_START}(?:hingga|sampai) (?:tanggal )?\\d{1,2}[ /.-]`,
    word('permanen', 'untuk sementara', 'selamanya', 'tanpa batas waktu'),
    `${W_START}(?:penangguhan|pembatasan|pemblokiran|larangan|skorsing) (?:selama )?${NUM} ${unit('id')}${W_END}`,
    // lifted within N units
    `${W_START}(?:dalam (?:waktu )?|setelah )${NUM} ${unit('id')}[^.]{0,30}(?:dipulihkan|dicabut|dibuka|berakhir)`,
    `(?:dipulihkan|dicabut|dibuka|berakhir)[^.]{0,30}${W_START}(?:dalam (?:waktu )?|setelah )${NUM} ${unit('id')}`,
  ],
  tr: [
    `${W_START}${NUM} (?:${UNITS.tr})(?:lığına|liğine|luğuna|lüğüne|lik|lık|lük|luk| boyunca| süreyle| süresince)${W_END}`,
    word('süresiz(?: olarak)?', 'kalıcı olarak', 'geçici olarak', 'tarihine kadar'),
    // lifted within / after N units ("24 saat içinde kaldırılacak")
    `${W_START}${NUM} (?:${UNITS.tr}) (?:içinde|içerisinde|sonra)[^.]{0,30}(?:kaldırıl|açıl|sona er)`,
  ],
  pl: [
    `${NOT_AFTER_APPEAL}${W_START}na (?:okres )?${NUM} ${unit('pl')}${W_END}`,
    word('na czas (?:nieokreślony|określony)', 'bezterminowo', 'trwale', 'tymczasow[aey]', 'na zawsze'),
    `${W_START}do (?:dnia )?\\d{1,2}[./]\\d{1,2}`,
    // lifted within N units: "jej usunięcie powinno nastąpić w ciągu 24 godzin", "zostanie zniesiona w ciągu 7 dni"
    `${W_START}(?:zniesion|zniesieni|zdjęt|usunięci|odblokowan|przywrócon|wygaśnie)[^.]{0,40}${W_START}(?:w ciągu|po|za) ${NUM} ${unit('pl')}${W_END}`,
    `${W_START}(?:w ciągu|po|za) ${NUM} ${unit('pl')}[^.]{0,30}(?:zniesion|zdjęt|odblokowan|przywrócon|wygaśnie)`,
  ],
};

/** Content nouns per language, for "your video 'Title'", "the post titled …", "video ID 123". */
export const CONTENT_NOUNS: Paradigm = {
  en: ['video', 'post', 'pin', 'comment', 'tweet', 'listing', 'photo', 'image', 'story', 'reel', 'short', 'content', 'item', 'product', 'review', 'article', 'message', 'track', 'song', 'live ?stream'],
  de: ['video', 'beitrag', 'kommentar', 'pin', 'bild', 'foto', 'inhalt', 'artikel', 'angebot', 'nachricht', 'story'],
  fr: ['vidéo', 'publication', 'commentaire', 'épingle', 'image', 'photo', 'contenu', 'annonce', 'article', 'message', 'story'],
  es: ['vídeo', 'video', 'publicación', 'comentario', 'pin', 'foto', 'imagen', 'contenido', 'anuncio', 'artículo', 'mensaje', 'historia'],
  it: ['video', 'post', 'commento', 'pin', 'foto', 'immagine', 'contenuto', 'annuncio', 'articolo', 'messaggio', 'storia'],
  pt: ['vídeo', 'publicação', 'postagem', 'comentário', 'pin', 'foto', 'imagem', 'conteúdo', 'anúncio', 'artigo', 'mensagem'],
  nl: ['video', 'bericht', 'reactie', 'pin', 'foto', 'afbeelding', 'inhoud', 'advertentie', 'artikel', 'opmerking'],
  ja: ['動画', '投稿', 'ピン', 'コメント', '画像', 'ツイート', 'ポスト', '出品', '記事', 'コンテンツ', '商品'],
  zh: ['图钉', '圖釘', 'pin', '视频', '視頻', '影片', '帖子', '评论', '評論', '文章', '作品', '图片', '圖片', '笔记', '筆記', '商品', '内容', '內容'],
  ko: ['핀', '릴스', '스토리', '동영상', '영상', '게시물', '댓글', '사진', '글', '콘텐츠', '상품'],
  id: ['pin', 'video', 'postingan', 'unggahan', 'komentar', 'foto', 'gambar', 'konten', 'artikel', 'produk'],
  tr: ['pin(?:iniz|in|i)?', 'video(?:nuz|n|su)?', 'gönderi(?:niz|n|si)?', 'yorum(?:unuz|un|u)?', 'fotoğraf(?:ınız|ın|ı)?', 'içeri[kğ](?:iniz|in|i)?', 'paylaşım(?:ınız|ın|ı)?'],
  pl: ['film(?:ik)?', 'wideo', 'post', 'komentarz', 'zdjęcie', 'obraz', 'treść', 'publikacj[aęi]', 'ogłoszenie', 'wpis'],
};
const QUOTED = `["“”«»„‚‘'「『](?!\\s*["”»’'」』])[^"“”«»‘’'「」『』\\n]{1,120}["”»“’'」』]`;
const TITLED = '(?:titled|entitled|called|named|intitulée?|titulad[oa]|llamad[oa]|intitolat[oa]|chiamat[oa]|intitulad[oa]|chamad[oa]|mit dem titel|namens|met de titel|genaamd|berjudul|başlıklı|adlı|pod tytułem|zatytułowan[yaey])';

/** N4: a content noun with its quoted title, "titled …", or an ID, in every core language. */
export const CONTENT_ID_PARADIGM: Paradigm = Object.fromEntries(
  CORE_LANGS.map((lang) => {
    const nouns = `(?:${CONTENT_NOUNS[lang].join('|')})`;
    const cjk = lang === 'ja' || lang === 'zh' || lang === 'ko';
    const start = cjk ? '' : W_START;
    return [
      lang,
      [
        // the noun, then (at most two words, e.g. "your video on YouTube") the quoted title: « Titre », „Titel“, 「タイトル」
        `${start}${nouns}${cjk ? '\\s?' : ' '}${lang === 'id' ? '(?:anda |kamu )?' : ''}(?:[:：] ?)?${QUOTED}`,
        // title first: 「タイトル」という動画, ‘제목’ 게시물, “Başlık” adlı videonuz
        ...(lang === 'ja' || lang === 'ko' || lang === 'tr' ? [`${QUOTED}\\s?(?:という|の|이라는|라는|adlı |başlıklı |isimli )?${nouns}`] : []),
        `${start}${nouns} (?:[\\p{L}-]+ ){0,2}?${TITLED}:? ${QUOTED}`,
        `${start}${nouns}\\s?(?:id|番号|编号|編號|번호|numarası|nr\\.?|numer|nummer|número|numero|n°|no\\.?)\\s?[:：#]?\\s?[\\w-]*\\d[\\w-]{3,}`,
        // "タイトル：…", "标题：…", "제목: …": a labelled title line
        ...(cjk ? ['(?:タイトル|标题|標題|제목)\\s*[:：]\\s*\\S'] : []),
      ],
    ];
  }),
) as Paradigm;

/** N5: the user's conduct: "you posted / shared / uploaded / listed", "because it contains". */
export const CONDUCT_PARADIGM: Paradigm = {
  en: [
    // "you posted" alone is any content: the object makes it the conduct relied on
    `${W_START}you (?:recently )?(?:posted|shared|uploaded|sent|listed|published|sold|advertised|offered) (?:a|an|the|this|some|multiple|several|\\d+|links?|images?|photos?|videos?|comments?|messages?|items?|products?)${W_END}`,
    `${W_START}(?:it|this (?:pin|post|video|image|comment|photo)) (?:contains|depicts|shows|includes|promotes)${W_END}`,
  ],
  de: [`${W_START}sie haben [^.]{0,40}(?:gepostet|geteilt|hochgeladen|veröffentlicht|gesendet|angeboten|eingestellt|verkauft)`, `${W_START}du hast [^.]{0,40}(?:angeboten|eingestellt|verkauft|kommentiert)`, `${W_START}(?:da|weil) (?:es|er|sie|dieser|diese|dieses) [^.]{0,40}(?:enthält|zeigt|darstellt)`],
  fr: [`${W_START}(?:tu as|vous avez) (?:\\p{L}+ )?(?:publié|partagé|envoyé|posté|téléchargé|mis en ligne|mis en vente|commenté)`, `${W_START}(?:car|puisqu') ?(?:il|elle|celle-ci|celui-ci) (?:contient|montre|représente)`],
  es: [`${W_START}(?:publicaste|compartiste|subiste|enviaste|realizaste|ofreciste|vendiste|publicó|compartió|subió)${W_END}`, `${W_START}(?:ya que|dado que|puesto que) (?:contiene|muestra|incluye)`],
  it: [`${W_START}(?:ha|avete) (?:pubblicato|condiviso|caricato|inviato|messo in vendita|venduto)`, `${W_START}(?:poiché|in quanto) (?:contiene|mostra|raffigura|include)`],
  pt: [`${W_START}(?:você|vc) (?:\\p{L}+ )?(?:publicou|postou|compartilhou|partilhou|carregou|enviou|anunciou|vendeu)${W_END}`, word('publicaste', 'partilhaste', 'carregaste'), `${W_START}(?:pois|já que|uma vez que) (?:contém|mostra|inclui|apresenta)`],
  nl: [`${W_START}(?:u hebt|u heeft|jij hebt) [^.]{0,40}(?:geplaatst|gedeeld|geüpload|verzonden|gepost|aangeboden|verkocht)`, `${W_START}(?:omdat|aangezien) (?:het|deze|dit) [^.]{0,30}(?:bevat|toont|laat zien)`],
  ja: ['(?:お客様|あなた)の(?:投稿|動画|コメント|画像|出品)[^。]{0,30}(?:が含まれ|を含んで)', '[^。]{0,20}(?:が含まれている|を含んでいる)ため'],
  zh: ['(?:您|你)(?:的)?(?:帖子|视频|視頻|内容|內容|评论|評論|图片|圖片|商品)(?:中)?(?:包含|含有)', '因(?:为|為)?(?:其|该|該)?(?:内容|內容)?(?:包含|含有)'],
  ko: ['(?:회원님|귀하|사용자님|고객님)(?:이|께서|가) [^.]{0,20}(?:게시|업로드|공유|전송|판매)(?:하신|한|했|하였|하셨)', '(?:포함하고 있|포함되어 있)(?:어|기 때문|으므로)'],
  id: [`${W_START}anda (?:telah |sudah )?(?:memposting|mengunggah|membagikan|mengirim|memposkan|menjual|mengiklankan)`, `${W_START}karena (?:berisi|mengandung|menampilkan|memuat)`],
  tr: [`${W_START}(?:içerdiği|gösterdiği) için`],
  pl: [`${W_START}(?:opublikował|udostępnił|przesłał|wysłał|zamieścił|wystawił)(?:eś|aś|eście|yście)${W_END}`, `${W_START}ponieważ (?:zawiera|przedstawia|pokazuje)`],
};

/** N6: where the decision came from: a report or complaint (nouns and participles), a rightsholder, the platform's own detection. */
export const ORIGIN_PARADIGM: Paradigm = {
  en: [
    `${W_START}(?:was|were|has been|have been|had been|got) (?:\\w+ )?(?:reported|flagged)${W_END}`,
    `${W_START}(?:someone|another user|other users|other people|a user|users|members of (?:the|our) community) (?:have |has )?(?:reported|flagged)`,
    `${W_START}(?:received|got) (?:a|an|one or more|several|multiple|\\d+) (?:\\w+ ){0,2}?(?:reports?|complaints?|notices?|claims?|notifications?)${W_END}`,
    `${W_START}(?:takedown|removal|legal) (?:notice|request)`,
    `${W_START}we (?:were|have been) (?:notified|made aware|alerted)${W_END}`,
  ],
  de: [`${W_START}(?:beschwerde|meldung|meldungen|hinweis|mitteilung|löschanfrage) (?:\\p{L}+ ){0,3}?(?:erhalten|eingegangen|vorliegt)`, `${W_START}rechteinhaber`, `${W_START}wir wurden (?:darauf )?(?:hingewiesen|aufmerksam gemacht)`, `${W_START}wir haben (?:festgestellt|bemerkt|erkannt)`],
  fr: [`${W_START}(?:nous avons reçu|on a reçu|avons reçu) (?:un|une|des|plusieurs) (?:signalements?|plaintes?|réclamations?|notifications?|demandes?)`, word('titulaire des droits', 'ayants? droits?', 'nous avons remarqué', 'nous avons été (?:informés|alertés|avertis)')],
  es: [inflect(['report', 'denunci'], ['ad[oa]s?', 'ó', 'aron']), `${W_START}(?:recibimos|hemos recibido) (?:una|un|varias|varios) (?:denuncias?|quejas?|reclamaci[oó]n(?:es)?|reportes?|notificaci[oó]n(?:es)?|solicitud(?:es)?)`, word('titular de (?:los )?derechos', 'hemos notado', 'notamos', 'nos (?:notificaron|alertaron)', 'hemos sido (?:notificados|alertados)')],
  it: [`${W_START}(?:abbiamo ricevuto|è pervenut[ao]|sono pervenut[ei]) (?:una|un|alcune|diverse)? ?(?:segnalazion|reclam|denunc|notific|richiest)`, word('denunciat[oaie]', 'titolare dei diritti', 'abbiamo notato', 'siamo stati (?:avvisati|allertati|informati)')],
  pt: [inflect(['sinaliz', 'report', 'denunci'], ['ad[oa]s?', 'ou', 'aram']), `${W_START}(?:recebemos|foi recebida) (?:uma|um|várias|vários)? ?(?:denúncias?|reclamaç(?:ão|ões)|notificaç(?:ão|ões)|solicitaç(?:ão|ões))`, word('titular dos direitos', 'notamos', 'identificamos', 'fomos (?:notificados|alertados|avisados)')],
  nl: [word('gemeld', 'gerapporteerd', 'gemarkeerd', 'rechthebbende'), `${W_START}(?:melding|klacht|kennisgeving)(?:en)? (?:\\p{L}+ ){0,2}?ontvangen`, `${W_START}we hebben (?:gemerkt|opgemerkt|vastgesteld|gedetecteerd)`, `${W_START}we zijn (?:erop )?(?:gewezen|gewaarschuwd)`],
  ja: ['報告(?:され|を受け|がありました)', '(?:検出|検知)(?:され|しました)', '(?:苦情|クレーム|削除依頼|削除要請)'],
  zh: ['(?:检测到|檢測到|发现您|發現您|发现你|發現你)', '(?:收到|接到)(?:了)?[^。]{0,6}(?:举报|舉報|投诉|投訴|通知|申诉|申訴)', '(?:被|遭)(?:其他)?(?:用户|用戶|网友|網友)'],
  ko: ['신고(?:가|를 받|가 접수|되었|된|됨|에 따라|로 인해|가 들어)', '신고 접수', '(?:권리자|저작권자)', '(?:감지|탐지)(?:되었|됐|했|하였)'],
  id: [word('dilaporkan', 'ditandai', 'menandai', 'terdeteksi', 'mendeteksi', 'pemilik hak cipta', 'pemegang hak'), `${W_START}(?:menerima|ada) (?:sebuah |beberapa )?(?:laporan|keluhan|pengaduan)`, `${W_START}laporan dari`],
  tr: [`${W_START}(?:şikayet|şikâyet)(?:i|ler|e|iniz)? (?:üzerine|nedeniyle|aldık|edildi|alındı)`, word('bildirildi', 'rapor edildi', 'tespit edildi', 'tespit ettik', 'hak sahibi', 'bildirim aldık')],
  pl: [word('zgłoszon[ya]?', 'zgłoszone', 'po zgłoszeniu', 'w wyniku zgłoszenia', 'na podstawie zgłoszenia', 'wykryliśmy', 'wykryt[yao]?', 'wykryte', 'właściciel praw', 'oflagowan[ya]?'), `${W_START}otrzymaliśmy (?:\\p{L}+ )?(?:zgłoszenie|skargę|reklamację|powiadomienie)`],
};

/** N7: automated detection or decision, or a person named as the reviewer; never automatic lifting. */
export const AUTOMATION_PARADIGM: Paradigm = {
  en: [`${W_START}(?:automated|automatic) (?:detection|enforcement|filters?|moderation|tools?|systems?|review)`, `${W_START}(?:human|manual) (?:reviewers?|moderators?|check)`, `${W_START}(?:reviewed|checked|assessed) by (?:a human|a person|a member of our|our (?:\\w+ )?(?:team|staff|specialists|reviewers))`, `${W_START}manually reviewed`],
  de: [`${W_START}(?:automatische[nrs]?|automatisierte[nrs]?) (?:erkennung|systeme?|filter|prüfung|verfahren|tools?|entscheidung)`, `${W_START}(?:menschliche|manuelle) (?:überprüfung|prüfung)`, `${W_START}von (?:einem menschen|einer person|unserem team|unseren mitarbeitern|mitarbeitern) (?:\\p{L}+ )?(?:überprüft|geprüft)`],
  fr: [word('automatisée?s?', 'automatiquement (?:détecté|identifié|signalé|supprimé|masqué|bloqué)\\p{L}*'), `${W_START}(?:examen|vérification|révision) (?:humaine?|manuelle)`, `${W_START}(?:examiné|vérifié)e? par (?:un humain|une personne|notre équipe|un membre de notre équipe|nos équipes)`],
  es: [inflect(['automatizad'], ['[oa]s?']), `${W_START}revisión (?:humana|manual)`, `${W_START}(?:revisad|analizad)[oa] por (?:una persona|un humano|nuestro equipo|un miembro de nuestro equipo)`],
  it: [inflect(['automatizzat'], ['[oaie]']), `${W_START}revisione (?:umana|manuale)`, `${W_START}(?:esaminat|verificat|controllat)[oaie] da (?:una persona|un essere umano|il nostro team|un membro del nostro team)`],
  pt: [inflect(['automatizad'], ['[oa]s?']), `${W_START}revisão (?:humana|manual)`, `${W_START}(?:revisad|analisad|verificad)[oa] por (?:uma pessoa|um humano|nossa equipe|nossa equipa|um membro da nossa equipe)`],
  nl: [`${W_START}(?:automatische|geautomatiseerde) (?:detectie|systemen|filters?|controle|beoordeling|middelen)`, `${W_START}(?:menselijke|handmatige) (?:beoordeling|controle)`, `${W_START}(?:handmatig|door een mens|door een medewerker|door ons team) (?:beoordeeld|gecontroleerd|bekeken)`],
  ja: ['(?:人間|担当者|スタッフ|モデレーター|審査チーム|専門チーム)(?:による|が)[^。]{0,10}(?:審査|確認|レビュー)', 'チーム(?:で|が|による)[^。]{0,10}(?:確認|審査|レビュー)', '目視'],
  zh: ['人工(?:复核|複核|审查|審查|检查|檢查)', '(?:由|被)(?:管理员|管理員|版主|审核员|審核員|审核团队|審核團隊)', '(?:审核团队|審核團隊)(?:已)?(?:审核|審核|确认|確認)'],
  ko: ['자동(?:화된?|으로)? ?(?:감지|탐지|필터|시스템|검토|조치|삭제|차단|숨김|정지|프로세스|처리)', '시스템(?:에 의해|이|에서) [^.]{0,10}(?:감지|탐지|삭제|제한|차단|정지|숨김)', '(?:검토팀|운영팀|운영자|관리자|모더레이터)(?:에 의해|가|이|께서)', '(?:사람이|직원이|담당자가) (?:직접 )?(?:검토|확인)', '수동 검토'],
  id: [`${W_START}(?:sistem|deteksi|filter|peninjauan|proses) otomatis`, `${W_START}secara otomatis (?:di|me)(?:deteksi|tandai|hapus|blokir|sembunyikan|tangguhkan|batasi)\\p{L}*`, `${W_START}oleh (?:admin|administrator|moderator|tim kami|tim peninjau|sistem kami)${W_END}`, `${W_START}(?:dihapus|diblokir|ditandai|disembunyikan|ditangguhkan|dibatasi|dideteksi|diturunkan) secara otomatis`, `${W_START}peninjauan (?:manusia|manual)`, `${W_START}ditinjau oleh`, `${W_START}tim (?:kami|peninjau|moderasi)[^.]{0,20}(?:meninjau|memeriksa|menilai)`],
  tr: [`${W_START}otomatik(?:leştirilmiş)? (?:bir )?(?:sistem|araç|tespit|inceleme|karar|filtre|süreç|işlem)`, `${W_START}otomatik olarak (?:tespit|algıla|işaretle|engelle|sil|gizle)`, `${W_START}(?:yönetici|moderatör|ekibimiz|inceleme ekibi) tarafından`, `${W_START}(?:insan|manuel) (?:incelemesi|inceleme)`, `${W_START}ekibimiz [^.]{0,30}(?:inceledi|incelendi|değerlendirdi|kontrol etti)`],
  pl: [`${W_START}(?:automatyczn|zautomatyzowan)\\p{L}* (?:system|wykryw|filtr|weryfikacj|decyzj|narzędzi|moderacj|proces)`, `${W_START}automatycznie (?:wykryt|oznaczon|usunięt|ukryt|zablokowan)`, `${W_START}przez (?:moderatora|administratora|nasz zespół|zespół moderacji|człowieka)`, `${W_START}(?:ręczn(?:ie|a)|ludzk(?:a|iej)) (?:weryfikacj|sprawdz|ocen)`, `${W_START}(?:nasz|naszy) zesp(?:ół|ołu|oły)[^.]{0,30}(?:sprawdził|przejrzał|ocenił|zweryfikował|przeanalizował)`],
};

/** Topics of rules per language, for "policy on X" where X is named (N9). */
export const TOPIC_PARADIGM: Paradigm = {
  en: ['bullying', 'regulated goods', 'child safety', 'dangerous', 'nudity', 'violent', 'identity'],
  de: ['kinder', 'identität', 'gefährlich', 'regulierte', 'nacktheit', 'jugendschutz', 'glücksspiel'],
  fr: ['hain', 'enfant', 'dangereu', 'drogues', 'intimidation', 'identité', 'réglementés', 'jeux d\'argent', 'violen'],
  es: ['peligros', 'niños', 'infantil', 'drogas', 'apuestas', 'juegos de azar', 'regulad', 'identidad', 'bullying', 'manipulaci'],
  it: ['pericolos', 'bambini', 'droghe', 'gioco d\'azzardo', 'regolamentat', 'identità', 'bullismo', 'manipolazion', 'incitamento'],
  pt: ['perigos', 'crianças', 'infantil', 'drogas', 'jogos de azar', 'regulamentad', 'identidade', 'bullying', 'violên', 'manipulaç'],
  nl: ['gevaarlijk', 'kinderen', 'gokken', 'identiteit', 'wapens', 'seksu', 'intimidatie', 'pesten', 'zelfbeschadiging', 'minderjarig', 'gereguleerd'],
  ja: ['スパム', '詐欺', '欺瞞', 'ヌード', '性的', 'アダルト', 'ポルノ', '暴力', 'ヘイト', '嫌がらせ', 'いじめ', 'なりすまし', '著作権', '商標', '知的財産', '自傷', '自殺', '児童', '未成年', '危険', '誤解を招く', '偽情報', 'ハラスメント', '武器', '銃', '薬物', 'ギャンブル', 'プライバシー', '個人情報', 'テロ', '過激'],
  zh: ['垃圾', '欺诈', '欺詐', '诈骗', '詐騙', '虚假', '虛假', '误导', '誤導', '仇恨', '裸露', '色情', '成人', '暴力', '骚扰', '騷擾', '霸凌', '侵权', '侵權', '版权', '版權', '知识产权', '知識產權', '冒充', '冒名', '自残', '自殘', '自杀', '自殺', '未成年', '儿童', '兒童', '武器', '毒品', '赌博', '賭博', '隐私', '隱私', '广告', '廣告'],
  ko: ['스팸', '사기', '괴롭힘', '혐오', '증오', '성적', '음란', '나체', '선정', '폭력', '저작권', '상표', '사칭', '자해', '자살', '아동', '미성년', '허위', '위험', '무기', '마약', '도박', '개인정보'],
  id: ['spam', 'penipuan', 'ujaran kebencian', 'kebencian', 'pelecehan', 'perundungan', 'ketelanjangan', 'konten dewasa', 'seksual', 'kekerasan', 'hak cipta', 'peniruan', 'menyakiti diri', 'informasi palsu', 'menyesatkan', 'misinformasi', 'anak', 'berbahaya', 'senjata', 'narkoba', 'perjudian', 'privasi'],
  tr: ['spam', 'dolandırıcılık', 'nefret söylemi', 'nefret', 'taciz', 'zorbalık', 'çıplaklık', 'cinsel', 'şiddet', 'telif hakkı', 'kimliğe bürünme', 'taklit', 'kendine zarar', 'yanıltıcı', 'yanlış bilgi', 'tehlikeli', 'çocuk', 'reşit olmayan', 'silah', 'uyuşturucu', 'kumar', 'gizlilik'],
  pl: ['spam', 'oszustw', 'mow[aey] nienawiści', 'nienawiś', 'nękani', 'znęcani', 'przemoc', 'nagoś', 'seksualn', 'praw(?:a|o) autorski', 'podszywani', 'samookaleczeni', 'dezinformacj', 'wprowadzając\\p{L}* w błąd', 'niebezpieczn', 'dzieci', 'nieletni', 'broń', 'broni', 'narkotyk', 'hazard', 'prywatnoś'],
};

/** Words that name a set of rules, per language not covered by checklist-patterns' RULES_WORD. */
const RULES = {
  ja: '(?:ポリシー|ガイドライン|規約|規定|ルール)',
  zh: '(?:政策|规定|規定|准则|準則|规则|規則|规范|規範|公约|公約)',
  ko: '(?:정책|가이드라인|가이드|규정|규칙|운영원칙|운영 원칙|약관)',
  id: '(?:kebijakan|pedoman|aturan|ketentuan|standar)',
  tr: '(?:politika\\p{L}*|kural\\p{L}*|yönerge\\p{L}*|ilke\\p{L}*)',
  pl: '(?:zasad\\p{L}*|regulamin\\p{L}*|polityk\\p{L}*|wytyczn\\p{L}*|standard\\p{L}*)',
};
const topics = (lang: CoreLang) => `(?:${TOPIC_PARADIGM[lang].join('|')})`;

/** N9: a named rule: "policy on X" and "X policy" in each language's word order. */
export const NAMED_RULE_PARADIGM: Paradigm = {
  en: [`${W_START}(?:polic(?:y|ies)|guidelines?|rules?|standards?) (?:covering|related to|relating to|addressing|governing|on|against|about) (?:[\\w'-]+ ){0,3}?${topics('en')}`],
  de: [`${W_START}(?:richtlinien?|regeln|grundsätzen?|standards) (?:zu|zum|zur|gegen|über|bezüglich|für|betreffend) (?:[\\p{L}'-]+ ){0,3}?(?:${topics('de')}|spam|hass|betrug|gewalt|belästigung|mobbing|nackt)`, `(?:${topics('de')}|spam|hass|betrug|gewalt|belästigung|mobbing)[\\p{L}-]{0,20}(?:richtlinie|regel)`],
  fr: [`${W_START}(?:règles?|règlement|politiques?|consignes|standards) (?:relati(?:f|ve|fs|ves) (?:à|aux?)|portant sur|concernant|sur|contre|en matière de) (?:[\\p{L}'-]+ ){0,3}?${topics('fr')}`],
  es: [`${W_START}(?:políticas?|normas?|reglas|directrices|normas comunitarias) (?:sobre|contra|relativas? a|acerca de|de|en materia de) (?:[\\p{L}'-]+ ){0,3}?${topics('es')}`],
  it: [`${W_START}(?:norme|regole|politic(?:a|he)|linee guida|norma) (?:su|sul|sull'|sulla|sui|sulle|contro|relative a|relative al|in materia di|riguardanti|di) ?(?:[\\p{L}'-]+ ){0,3}?${topics('it')}`],
  pt: [`${W_START}(?:políticas?|regras|diretrizes|normas) (?:sobre|contra|relativas? a|de|em matéria de|referentes a) (?:[\\p{L}'-]+ ){0,3}?${topics('pt')}`],
  nl: [`${W_START}(?:beleid|regels|richtlijnen|normen) (?:over|tegen|inzake|met betrekking tot|rond|voor) (?:[\\p{L}'-]+ ){0,3}?${topics('nl')}`, `(?:${topics('nl')}|spam|haat|geweld)[\\p{L}-]{0,12}(?:beleid|regels|richtlijnen)`],
  ja: [`(?:${topics('ja')})[^。]{0,30}?(?:に関する|についての|の)?${RULES.ja}`],
  zh: [`(?:${topics('zh')})[^。]{0,12}?${RULES.zh}`, `${RULES.zh}[^。]{0,4}(?:中)?(?:关于|有关|關於|有關)[^。]{0,12}(?:${topics('zh')})`],
  ko: [`(?:${topics('ko')})[^.]{0,20}?(?:에 관한 |에 대한 |관련 )?${RULES.ko}`],
  id: [`${W_START}${RULES.id} (?:[\\p{L}-]+ ){0,3}?(?:tentang |mengenai |terkait |soal |atas )?(?:[\\p{L}-]+ ){0,2}?${topics('id')}`],
  tr: [`(?:${topics('tr')})[\\p{L} ]{0,30}?(?:ile ilgili |hakkındaki |konusundaki |ilişkin |yönelik )?${RULES.tr}`],
  pl: [`${W_START}${RULES.pl} (?:dotycząc\\p{L}* |w sprawie |przeciwko |o |na temat )(?:[\\p{L}-]+ ){0,3}?${topics('pl')}`],
};

/** N10: a way to contest: appeal, request a review, object, "if you disagree / think this is a mistake". */
export const REDRESS_PARADIGM: Paradigm = {
  en: [`${W_START}(?:dispute|contest|challenge|reconsider) (?:this|the|our|that) (?:decision|action|removal|suspension)`, `${W_START}(?:request|ask for) (?:another|a new|a second|a human|a) review`, `${W_START}ask us to (?:review|reconsider|take another look)`, `${W_START}if you (?:disagree|don't agree|do not agree)`, `${W_START}counter[- ]?notif`, `${W_START}counter[- ]notice`],
  de: [`${W_START}(?:beschwerde|berufung) (?:einlegen|einreichen|erheben)`, word('anfechten', 'erneute überprüfung', 'überprüfung anfordern', 'gegendarstellung'), `${W_START}(?:wenn|falls) (?:du|sie) (?:\\p{L}+ )?(?:nicht einverstanden|anderer meinung|der meinung|der ansicht)`],
  fr: [word('recours', 'réexamen', 'contestation', 'contre-notification'), `${W_START}si (?:vous n'êtes|tu n'es) pas d'accord`, `${W_START}demander (?:un nouvel examen|une nouvelle vérification)`],
  es: [word('apelaci[oó]n(?:es)?', 'impugnar', 'impugnación', 'contranotificación'), `${W_START}si no (?:estás|está|están) de acuerdo`, `${W_START}(?:presentar|enviar) (?:una )?(?:reclamación|apelación)`],
  it: [word('contestare', 'contestazione', 'impugnare', 'appello', 'fare appello'), `${W_START}se non (?:sei|è|siete) d'accordo`, `${W_START}(?:presentare|inviare) (?:un )?(?:reclamo|appello|ricorso)`],
  // Spanish "contestar" is "to answer": Portuguese only with its object
  pt: [word('contestar (?:a |esta |essa )?decisão', 'contestação', 'apelação', 'recorrer da decisão'), `${W_START}se (?:você )?(?:não concordar|não concorda|discordar|discorda)`, `${W_START}(?:enviar|apresentar) (?:uma )?(?:apelação|contestação|reclamação)`],
  nl: [word('in beroep', 'beroep (?:aantekenen|instellen)', 'herbeoordeling', 'heroverweging'), `${W_START}als (?:je|u) het (?:hier )?(?:niet )?(?:mee )?(?:oneens|niet eens) (?:bent|is)`],
  ja: ['不服', '見直しを(?:リクエスト|依頼|求め|申請)', '(?:誤り|間違い|誤解|手違い)(?:だ|である)?と(?:思われる|お考えの|考える)', '審査(?:を)?(?:依頼|申請)'],
  zh: ['上诉', '上訴', '覆核', '重新(?:审查|審查|审核|審核|评估|評估)', '(?:如果|若|如)(?:您|你)(?:认为|認為|觉得|覺得|不同意)'],
  ko: ['이의', '재검토', '재심사', '항소', '(?:실수|잘못|오류)[^.]{0,12}(?:생각|판단)(?:되|하)', '동의하지 않'],
  // "jika anda tidak keberatan" is "if you don't mind": the objection only when it is filed
  id: [word('(?:mengajukan|ajukan|menyampaikan) keberatan', 'peninjauan ulang', 'tinjauan ulang', 'meninjau ulang', 'mengajukan peninjauan'), `${W_START}jika anda (?:merasa|yakin|percaya|tidak setuju|berpendapat)`],
  tr: [word('yeniden incele\\p{L}*', 'temyiz', 'katılmıyorsanız', 'hata olduğunu düşünüyorsanız', 'hata yaptığımızı düşünüyorsanız'), `${W_START}(?:bir )?inceleme talep`],
  pl: [word('zakwestionować', 'zakwestionowania', 'nie zgadzasz się', 'reklamacj\\p{L}*'), `${W_START}ponown\\p{L}* (?:rozpatrzeni|weryfikacj|sprawdzeni|ocen)`, `${W_START}(?:jeśli|jeżeli) (?:nie zgadzasz|uważasz)`],
};

/** Words of contesting in every language, for N14 ("appeal within 30 days"). */
export const CONTEST_WORDS: Paradigm = {
  en: ['appeal', 'dispute', 'contest', 'challenge', 'request a review', 'counter-notif'],
  de: ['einspruch', 'widerspruch', 'beschwerde', 'anfecht', 'überprüfung'],
  fr: ['appel', 'recours', 'contest', 'réexamen', 'réclamation'],
  es: ['apela', 'recurr', 'recurso\\b', 'impugna', 'reclama', 'revisión'],
  it: ['ricorso', 'contesta', 'impugna', 'appello', 'reclamo', 'revisione'],
  pt: ['recurso\\b', 'recorrer', 'apela', 'contesta', 'revisão'],
  nl: ['bezwaar', 'beroep', 'herbeoordeling'],
  ja: ['異議', '申し立て', '申立て', '再審査', '不服'],
  zh: ['申诉', '申訴', '异议', '異議', '复核', '覆核', '複核', '上诉', '上訴'],
  ko: ['이의', '재검토', '재심사', '항소'],
  id: ['banding', 'keberatan', 'peninjauan'],
  tr: ['itiraz', 'temyiz', 'inceleme'],
  pl: ['odwoła', 'zakwestion', 'reklamacj'],
};
const contest = (lang: CoreLang) => `(?:${CONTEST_WORDS[lang].join('|')})`;

/** N14: a time limit to contest, in each language's word order: "appeal within 30 days", "30日以内に異議". */
export const APPEAL_WINDOW_PARADIGM: Paradigm = {
  en: [`${contest('en')}(?:(?!get back|respond|reply|hear back|answer)[^.]){0,40}${W_START}(?:for|up to|within|during the next) ${NUM} (?:days?|months?)`, `${contest('en')}[^.]{0,40}${W_START}(?:by|before|until) (?:\\d{1,2}[/.-]\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d)`, `${W_START}(?:appeal|review) (?:period|window|deadline)`],
  de: [`${contest('de')}[^.]{0,40}${W_START}(?:innerhalb (?:von|der nächsten)|binnen|bis zu) ${NUM} (?:tage?n?|wochen|monate?n?)`, `${W_START}(?:einspruchs|widerspruchs|beschwerde|anfechtungs)frist`, `${W_START}(?:innerhalb (?:von|der nächsten)|binnen) ${NUM} (?:tage?n?|wochen|monate?n?)[^.]{0,40}${contest('de')}`],
  fr: [`${W_START}(?:vous disposez de|tu disposes de|vous avez|tu as) ${NUM} (?:jours|mois) (?:pour|afin de)[^.]{0,30}${contest('fr')}`, `${contest('fr')}[^.]{0,40}${W_START}(?:sous|dans les|pendant|durant|avant) ${NUM} (?:jours|mois)`, `${W_START}(?:sous|dans les) ${NUM} (?:jours|mois)[^.]{0,40}${contest('fr')}`, `${W_START}délai de (?:recours|contestation|réclamation)`],
  es: [`${W_START}(?:dispones de|dispone de|cuentas con|cuenta con|tienes hasta|tiene hasta) ${NUM} (?:días|meses) para[^.]{0,30}${contest('es')}`, `${contest('es')}[^.]{0,40}${W_START}(?:dentro de(?: los)?|durante|antes de|en los próximos|en un plazo máximo de) ${NUM} (?:días|meses)`, `${W_START}(?:dentro de(?: los)?|en los próximos) ${NUM} (?:días|meses)[^.]{0,40}${contest('es')}`, `${W_START}plazo (?:para|de) (?:apelar|recurrir|impugnar|apelación)`],
  it: [`${W_START}(?:hai|ha|avete|disponi di|dispone di) (?:tempo )?(?:${NUM} (?:giorni|mesi)|fino al)[^.]{0,20}(?:per|entro)[^.]{0,30}${contest('it')}`, `${contest('it')}[^.]{0,40}${W_START}(?:nei prossimi|per|durante) ${NUM} (?:giorni|mesi)`, `${W_START}termine (?:per|di) (?:presentare|contestare|impugnare|ricorso)`],
  pt: [`${W_START}(?:você tem|tem|dispõe de|terá) (?:até )?${NUM} (?:dias|meses) para[^.]{0,30}${contest('pt')}`, `${contest('pt')}[^.]{0,40}${W_START}(?:em até|dentro de|durante|nos próximos|até) ${NUM} (?:dias|meses)`, `${W_START}(?:em até|dentro de|nos próximos) ${NUM} (?:dias|meses)[^.]{0,40}${contest('pt')}`, `${W_START}prazo (?:para|de) (?:recorrer|contestar|apelar|recurso)`],
  nl: [`${W_START}(?:u heeft|je hebt|u hebt) ${NUM} (?:dagen|maanden|weken) (?:om|de tijd)[^.]{0,30}${contest('nl')}`, `${contest('nl')}[^.]{0,40}${W_START}(?:binnen|gedurende|tot) ${NUM} (?:dagen|maanden|weken)`, `${W_START}(?:bezwaar|beroeps)termijn`],
  ja: [`${contest('ja')}[^。]{0,30}\\d+\\s*(?:日|か月|ヶ月|カ月|ヵ月|週間)(?:以内|まで)`, '\\d+\\s*(?:日|か月|ヶ月|カ月|ヵ月|週間)以内に[^。]{0,20}(?:異議|申し立て|申立て|再審査|不服)', `${contest('ja')}(?:の)?(?:期限|期間)`],
  zh: [`(?:${CONTEST_WORDS.zh.join('|')})(?:期限|时限|時限|有效期)`, `\\d+\\s*(?:天|日|个月|個月)(?:之)?(?:内|內)[^。]{0,20}${contest('zh')}`],
  ko: [`\\d+\\s*(?:일|개월|달|주)\\s*(?:이내|안|내)(?:에|로)?[^.]{0,30}${contest('ko')}`, `${contest('ko')}[^.]{0,30}\\d+\\s*(?:일|개월|주)\\s*(?:이내|안|내)`, `${contest('ko')}[^.]{0,6}(?:기간|기한)`],
  id: [`${W_START}dalam (?:waktu |jangka waktu )?${NUM} (?:hari|bulan)[^.]{0,40}${contest('id')}`, `${contest('id')}[^.]{0,60}${W_START}dalam (?:waktu |jangka waktu )?${NUM} (?:hari|bulan)`, `${W_START}anda memiliki (?:waktu )?${NUM} (?:hari|bulan) untuk[^.]{0,30}${contest('id')}`],
  tr: [`${W_START}${NUM} (?:gün|ay) (?:içinde|içerisinde)[^.]{0,40}${contest('tr')}`, `${contest('tr')}[^.]{0,40}${NUM} (?:gün|ay) (?:içinde|içerisinde)`, `${W_START}${contest('tr')}[^.]{0,30}${NUM} (?:gün|ay)(?:ınız|ünüz) var`],
  pl: [`${W_START}(?:w ciągu|w terminie|w przeciągu|przez) ${NUM} (?:dni|miesięcy|miesiące|tygodni)[^.]{0,40}${contest('pl')}`, `${contest('pl')}[^.]{0,60}${W_START}(?:w ciągu|w terminie) ${NUM} (?:dni|miesięcy|miesiące|tygodni)`, `${W_START}masz ${NUM} (?:dni|miesięcy|miesiące) (?:na|aby)[^.]{0,30}${contest('pl')}`],
};

/** N15: a reference the user can quote back (case, ticket, complaint number). */
export const REFERENCE_PARADIGM: Paradigm = {
  en: [
    `${W_START}(?:ref(?:erence)?|case|ticket|request|report|appeal|claim|notice|decision|complaint) (?:number|id)${W_END}`,
    // "case no. 123", not "in case no one"
    `${W_START}(?:ref(?:erence)?|case|ticket|request|report|appeal|claim|complaint) (?:no\\.?|#) ?:? ?[\\w-]*\\d`,
    `${W_START}ref\\.? ?[:#]`,
  ],
  de: [word('referenznummer', 'vorgangsnummer', 'ticketnummer', 'fallnummer', 'fall-id', 'anfragenummer', 'beschwerdenummer', 'vorgangs-id', 'bearbeitungsnummer')],
  fr: [`${W_START}(?:numéro|n°|no) de (?:dossier|référence|ticket|cas|demande|réclamation)`, `${W_START}réf\\.? ?:`],
  es: [`${W_START}(?:número|n\\.?º|id) de (?:caso|ticket|solicitud|expediente|reclamación|referencia|denuncia)`],
  it: [`${W_START}(?:numero|n\\.|id) (?:di|della|del) (?:pratica|caso|ticket|richiesta|segnalazione|riferimento|reclamo)`],
  pt: [`${W_START}(?:número|n\\.?º|id) (?:do|da|de) (?:caso|protocolo|ticket|chamado|solicitação|referência|reclamação)`],
  nl: [word('zaaknummer', 'ticketnummer', 'dossiernummer', 'kenmerk', 'meldingsnummer', 'klachtnummer')],
  ja: ['(?:参照|問い合わせ|お問合せ|ケース|チケット|受付|申請|管理)(?:番号|id)'],
  zh: ['(?:案件|工单|工單|参考|參考|申诉|申訴|投诉|投訴|举报|舉報|受理|查询|查詢)(?:编号|編號|号|號|id)', '(?:单号|單號)'],
  ko: ['(?:사례|케이스|접수|문의|참조|티켓|신고|처리) ?(?:번호|id)'],
  id: [`${W_START}(?:nomor|no\\.?|id) (?:referensi|kasus|tiket|laporan|pengaduan|permintaan)`],
  tr: [`${W_START}(?:referans|vaka|talep|destek|bilet|başvuru|şikayet) (?:numarası|no|kimliği|numaranız)`],
  pl: [`${W_START}(?:numer|nr\\.?|identyfikator) (?:referencyjny|sprawy|zgłoszenia|zgłoszenia|reklamacji|wniosku)`],
};

/** Flattens a paradigm into one alternation list. */
export const all = (paradigm: Paradigm): string[] => CORE_LANGS.flatMap((lang) => paradigm[lang]);

/** Words for a limit on the measure that follow "not available / blocked / withheld in …". */
const GEO_MEASURE = '(?:not available|unavailable|withheld|blocked|restricted|hidden|not visible|not viewable)';
/** Country and union names as notices in English write them after a measure (a short list: the EU, the EEA and the larger markets). */
const EN_PLACES = '(?:germany|france|spain|italy|portugal|the netherlands|belgium|austria|ireland|poland|sweden|denmark|finland|greece|czechia|hungary|romania|bulgaria|croatia|slovakia|slovenia|luxembourg|malta|cyprus|estonia|latvia|lithuania|norway|iceland|switzerland|the united kingdom|the uk|the united states|the us|india|brazil|japan|korea|indonesia|turkey|türkiye|russia|mexico|canada|australia)';

/**
 * N2: where the measure applies: "in your country", "in certain countries",
 * "in the EU", "worldwide", "not available in Germany", "geo-blocked", per
 * language. "In your settings / account / app" names no territory.
 */
export const TERRITORY_PARADIGM: Paradigm = {
  en: [
    `${W_START}in (?:your|the user's|the recipient's) (?:country|region|jurisdiction|territory)${W_END}`,
    `${W_START}in (?:certain|some|specific|several|other|these|those|multiple|all) (?:countries|regions|jurisdictions|territories|member states)${W_END}`,
    `${W_START}(?:across|throughout|within) (?:the )?(?:eu|european union|eea|european economic area|member states)${W_END}`,
    `${W_START}in the (?:eea|european economic area)${W_END}`,
    `${W_START}${GEO_MEASURE} (?:in|for (?:users|viewers|people) in) ${EN_PLACES}${W_END}`,
    word('geo-?block(?:ed|ing)?', 'geo-?restrict(?:ed|ion)', 'country-?specific (?:restriction|block|withholding)', 'country withheld', 'region-?locked', 'regionally restricted'),
  ],
  de: [
    `${W_START}in (?:deinem|ihrem|dem) land${W_END}`,
    `${W_START}in (?:deiner|ihrer) region${W_END}`,
    `${W_START}in (?:bestimmten|einigen|manchen|mehreren|allen|anderen) (?:ländern|regionen|mitgliedstaaten)${W_END}`,
    `${W_START}(?:in der europäischen union|im ewr|eu-weit|in (?:ganz )?(?:deutschland|österreich|der schweiz))${W_END}`,
    word('geoblocking', 'geo-?blockiert', 'länderspezifisch\\p{L}*', 'regional (?:gesperrt|beschränkt|eingeschränkt)'),
  ],
  fr: [
    `${W_START}dans (?:votre|ton) (?:pays|région|territoire)${W_END}`,
    `${W_START}dans (?:certains|plusieurs|quelques|tous les|d'autres) (?:pays|territoires|états membres)${W_END}`,
    `${W_START}(?:dans l'union européenne|dans l'ue|au sein de l'ue|dans l'eee|en france|en belgique|au luxembourg|en suisse|au canada|au niveau mondial|à l'échelle mondiale)${W_END}`,
    word('géo-?bloqu\\p{L}*', 'restreint\\p{L}* géographiquement', 'restriction géographique'),
  ],
  es: [
    `${W_START}en (?:tu|su) (?:país|región|territorio)${W_END}`,
    `${W_START}en (?:algunos|ciertos|determinados|varios|todos los|otros) (?:países|territorios|estados miembros)${W_END}`,
    `${W_START}(?:en la unión europea|en la ue|en el eee|en españa|en méxico|en argentina|en colombia|en chile|a nivel mundial|en todo el planeta)${W_END}`,
    word('geobloque\\p{L}*', 'restricción geográfica', 'restringid[oa]s? geográficamente'),
  ],
  it: [
    `${W_START}nel (?:tuo|suo) (?:paese|territorio)${W_END}`,
    `${W_START}nella (?:tua|sua) (?:regione|area geografica)${W_END}`,
    `${W_START}in (?:alcuni|determinati|diversi|tutti i|altri) (?:paesi|territori|stati membri)${W_END}`,
    `${W_START}(?:nell'unione europea|nell'ue|nel see|in italia|in svizzera|a livello mondiale|a livello globale)${W_END}`,
    word('geobloccat\\p{L}*', 'geo-?bloccat\\p{L}*', 'restrizione geografica'),
  ],
  pt: [
    `${W_START}(?:no seu|no teu|em seu|no) país${W_END}`,
    `${W_START}na (?:sua|tua) região${W_END}`,
    `${W_START}em (?:alguns|certos|determinados|vários|todos os|outros) (?:países|territórios|estados-membros)${W_END}`,
    `${W_START}(?:na união europeia|na ue|no eee|no brasil|em portugal|mundialmente|a nível mundial|em nível global)${W_END}`,
    word('geobloquead\\p{L}*', 'bloqueio geográfico', 'restrição geográfica'),
  ],
  nl: [
    `${W_START}in (?:je|jouw|uw) (?:land|regio)${W_END}`,
    `${W_START}in (?:bepaalde|sommige|meerdere|alle|andere) (?:landen|regio's|lidstaten)${W_END}`,
    `${W_START}(?:in de europese unie|in de eu|in de eer|in nederland|in belgië)${W_END}`,
    word('geoblock\\p{L}*', 'geografisch (?:beperkt|geblokkeerd)', 'landspecifiek\\p{L}*'),
  ],
  ja: ['(?:お住まい|所在|ご利用)の(?:国|地域)', '(?:一部|特定|複数|他)の(?:国|地域)(?:で|では|において)', '(?:日本国内|eu域内|欧州連合|ヨーロッパ経済領域|全世界|世界中)', '地域制限'],
  zh: ['(?:您|你)(?:所在|所处|所處)的?(?:国家|國家|地区|地區)', '(?:某些|部分|特定|其他|一些)(?:国家|國家|地区|地區)', '(?:在|于|於)(?:欧盟|歐盟|欧洲经济区|歐洲經濟區|中国大陆|中國大陸|全球范围|全球範圍)', '(?:地区|地區|地域)(?:限制|屏蔽|封锁|封鎖)'],
  ko: ['(?:귀하|회원님|사용자|고객님)(?:의|이 있는) (?:국가|지역)', '(?:일부|특정|다른|여러) (?:국가|지역)(?:에서|에|의)', '(?:유럽연합|eu 지역|eu 내|한국에서|국내에서|전 세계)', '지역 제한'],
  id: [`${W_START}di (?:negara|wilayah|kawasan) anda${W_END}`, `${W_START}di (?:beberapa|sejumlah) (?:negara|wilayah)${W_END}`, `${W_START}di (?:negara|wilayah) tertentu${W_END}`, `${W_START}(?:di uni eropa|di indonesia|di seluruh dunia|secara global)${W_END}`, word('pemblokiran geografis', 'dibatasi secara geografis')],
  tr: [word('ülkenizde', 'bölgenizde', "türkiye'de", "ab'de", "avrupa birliği'nde", 'dünya genelinde', 'tüm dünyada', 'bazı ülkelerde', 'belirli ülkelerde', 'diğer ülkelerde', 'coğrafi (?:kısıtlama|engelleme)')],
  pl: [`${W_START}w (?:twoim|pana|pani|waszym) (?:kraju|regionie)${W_END}`, `${W_START}w (?:niektórych|wybranych|określonych|kilku|innych|wszystkich) (?:krajach|regionach|państwach członkowskich)${W_END}`, `${W_START}(?:w unii europejskiej|w ue|w polsce|na całym świecie)${W_END}`, word('blokad\\p{L}* geograficzn\\p{L}*', 'ograniczon\\p{L}* geograficznie')],
};

/** Not after "if / when": "if you post …" states no conduct. */
const NOT_IF_EN = "(?<!(?:if|when|whenever|once|before|after|unless) )";

/** N5, more forms: "your post contains …", "because you used …", "you commented …", per language. */
export const CONDUCT_MORE_PARADIGM: Paradigm = {
  en: [
    `${W_START}your (?:post|video|comment|pin|photo|image|listing|message|tweet|story|reel|bio|profile|username|display name|ad|review|stream|channel name) (?:contains|contained|includes|included|shows|showed|depicts|depicted|promotes|promoted|links to|linked to|mentions|mentioned|uses|used|features|featured)${W_END}`,
    `${W_START}because you (?:have )?(?:repeatedly )?(?:posted|uploaded|shared|sent|listed|commented|used|created|tagged|followed|liked|messaged|copied|sold|advertised|impersonated|purchased|bought|registered|linked|mentioned|re-?uploaded|edited)${W_END}`,
    `${W_START}${NOT_IF_EN}you (?:recently |repeatedly )?(?:commented|used|created|tagged|messaged|impersonated|followed|copied|re-?uploaded) (?:on |in |a |an |the |this |someone|another|other|multiple|several|\\d+|third-party|automation|bots?|scripts?)`,
  ],
  de: [
    `${W_START}(?:dein|deine|ihr|ihre) (?:beitrag|video|kommentar|bild|foto|pin|profil|nutzername|benutzername|angebot|nachricht|anzeige|story) (?:enthält|enthielt|zeigt|zeigte|verlinkt|bewirbt|bewarb|verwendet)${W_END}`,
    `${W_START}(?:weil|da) (?:du|sie) [^.]{0,40}(?:gepostet|geteilt|hochgeladen|gesendet|verwendet|benutzt|kommentiert|eingestellt|angeboten|verkauft|erstellt|markiert)${W_END}`,
    `${W_START}du hast [^.]{0,40}(?:verwendet|benutzt|erstellt|markiert)${W_END}`,
  ],
  fr: [
    `${W_START}(?:votre|ta|ton) (?:publication|vidéo|commentaire|photo|image|épingle|annonce|message|profil|nom d'utilisateur|story|pseudo) (?:contient|contenait|montre|montrait|comporte|comportait|fait la promotion|faisait la promotion|représente|utilise)${W_END}`,
    `${W_START}(?:parce que|car) (?:vous avez|tu as) (?:\\p{L}+ )?(?:publié|partagé|envoyé|posté|téléchargé|mis en ligne|commenté|utilisé|vendu|créé)`,
    `${W_START}(?:vous avez|tu as) (?:\\p{L}+ )?(?:utilisé|vendu|créé|copié|identifié)${W_END}`,
  ],
  es: [
    `${W_START}(?:tu|su) (?:publicación|video|vídeo|comentario|foto|imagen|anuncio|mensaje|perfil|nombre de usuario|historia|pin) (?:contiene|contenía|muestra|mostraba|incluye|incluía|promueve|promovía|utiliza|usa)${W_END}`,
    `${W_START}porque (?:publicaste|compartiste|subiste|enviaste|usaste|utilizaste|comentaste|vendiste|creaste|(?:has|ha) (?:publicado|compartido|subido|enviado|usado|utilizado|comentado|vendido|creado))${W_END}`,
    word('usaste', 'utilizaste', 'comentaste', '(?:has|ha) (?:usado|utilizado|comentado|vendido|creado)'),
  ],
  it: [
    `${W_START}(?:il tuo|il suo|la tua|la sua) (?:post|video|commento|pin|foto|immagine|inserzione|annuncio|messaggio|profilo|nome utente|storia) (?:contiene|conteneva|mostra|mostrava|include|includeva|promuove|promuoveva|utilizza)${W_END}`,
    `${W_START}perché (?:hai|ha|avete) (?:pubblicato|condiviso|caricato|inviato|utilizzato|usato|commentato|venduto|creato)`,
    `${W_START}(?:hai|avete) (?:utilizzato|usato|commentato|venduto|creato|messo in vendita)${W_END}`,
  ],
  pt: [
    `${W_START}(?:sua|seu|tua|teu) (?:publicação|postagem|vídeo|comentário|foto|imagem|anúncio|mensagem|perfil|nome de usuário|pin) (?:contém|continha|mostra|mostrava|inclui|incluía|promove|promovia|usa|utiliza)${W_END}`,
    `${W_START}porque (?:você|vc)? ?(?:publicou|postou|compartilhou|partilhou|carregou|enviou|usou|utilizou|comentou|vendeu|criou)${W_END}`,
    `${W_START}(?:você|vc) (?:usou|utilizou|comentou|criou)${W_END}`,
  ],
  nl: [
    `${W_START}(?:je|jouw|uw) (?:bericht|video|reactie|foto|afbeelding|advertentie|profiel|gebruikersnaam|pin|verhaal) (?:bevat|bevatte|toont|toonde|promoot|promootte|gebruikt)${W_END}`,
    `${W_START}omdat (?:je|u|jij) [^.]{0,40}(?:geplaatst|gedeeld|geüpload|verzonden|gepost|gebruikt|verkocht|aangeboden|gemaakt|gereageerd)${W_END}`,
    `${W_START}(?:je hebt|u hebt|u heeft) [^.]{0,40}(?:gebruikt|gemaakt|gereageerd)${W_END}`,
  ],
  ja: ['(?:投稿|共有|アップロード|送信|出品|使用|利用|コメント)(?:した|された|していた)(?:ため|ので|ことにより|ことから)', '(?:あなた|お客様)(?:は|が)[^。]{0,30}(?:投稿|共有|アップロード|送信|出品|使用|利用|コメント)(?:しました|されました)', '(?:投稿|動画|コメント|画像|出品|プロフィール|ユーザー名)(?:に|には)[^。]{0,30}(?:が含まれ|を含ん)'],
  zh: ['因(?:为|為)?(?:您|你)[^。]{0,20}(?:发布|發布|上传|上傳|分享|发送|發送|使用|评论|評論|刊登|出售|转发|轉發)', '(?:您|你)(?:在[^。]{0,10})?(?:发布|發布|上传|上傳|分享|发送|發送)的[^。]{0,20}(?:包含|含有|涉及)'],
  ko: ['(?:게시|업로드|공유|전송|판매|사용|작성)(?:하셨기|했기|하였기|한 것으로|하신 것으로) (?:때문|확인)', '(?:게시물|동영상|댓글|사진|프로필|상품)(?:에|에는) [^.]{0,20}(?:이|가) 포함'],
  id: [`${W_START}(?:postingan|unggahan|video|komentar|foto|gambar|konten|profil|iklan) anda (?:berisi|mengandung|menampilkan|memuat|mempromosikan|menggunakan)${W_END}`, `${W_START}karena anda (?:telah |sudah )?(?:memposting|mengunggah|membagikan|mengirim|menggunakan|berkomentar|mengomentari|menjual|membuat)${W_END}`],
  tr: [word('paylaştınız', 'yüklediniz', 'gönderdiniz', 'yayınladınız', 'kullandınız', 'yorum yaptınız'), `${W_START}(?:paylaştığınız|yüklediğiniz|gönderdiğiniz|yayınladığınız|kullandığınız) (?:içerik|video|gönderi|fotoğraf|yorum|mesaj|bağlantı|görsel)`, `${W_START}(?:gönderiniz|videonuz|yorumunuz|içeriğiniz|paylaşımınız|fotoğrafınız|profiliniz) [^.]{0,30}(?:içeriyor|içermektedir|gösteriyor|göstermektedir)`],
  pl: [`${W_START}(?:twój|twoja|twoje) (?:post|film|komentarz|zdjęcie|wpis|ogłoszenie|treść|publikacja|profil|nazwa użytkownika) (?:zawiera|zawierał|zawierała|zawierało|przedstawia|pokazuje|promuje|wykorzystuje)${W_END}`, `${W_START}(?:użył|skomentował|sprzedał|utworzył)(?:eś|aś|eście|yście)${W_END}`],
};

/**
 * N16: a prior warning (DSA Art. 23(1): suspension "after having issued a prior
 * warning"): "we previously warned you", "after several warnings", strikes.
 */
export const WARNING_PARADIGM: Paradigm = {
  en: [`${W_START}(?:prior|previous|earlier|several|multiple|repeated) (?:warnings?|notices|notifications)${W_END}`, `${W_START}(?:notified|told|contacted|reminded) you (?:before|previously|earlier|twice|several times|repeatedly|\\d+ times)${W_END}`],
  de: [word('vorwarnung(?:en)?', 'warnung(?:en)?', 'abmahnung(?:en)?', '(?:verwarnt|gewarnt)')],
  fr: [word('averti(?:e|s|es)?', 'mises? en garde', 'avertissements? préalables?')],
  es: [word('advertid[oa]s?', 'te advertimos', 'le advertimos', 'advertencias? previas?', 'amonestaci[oó]n(?:es)?')],
  it: [word('avvertit[oaie]', 'ammonizion[ei]', 'richiam[oi] precedent[ei]', 'avvertiment[oi] precedent[ei]')],
  pt: [word('advertências?', 'advertid[oa]s?', 'já (?:te )?avisamos', 'avisos? anteriores?')],
  nl: [word('gewaarschuwd', 'eerdere waarschuwingen?')],
  ja: ['(?:以前|過去|事前)に[^。]{0,10}(?:警告|注意)', '違反(?:警告|ポイント)', 'ストライク'],
  zh: ['(?:多次|此前|之前|先前|已)(?:警告|警示|提醒)', '违规记录|違規記錄'],
  ko: ['(?:이전|사전|여러 차례|수차례)[^.]{0,6}경고', '경고를 (?:받|드렸|드린)', '스트라이크'],
  id: [word('peringatan sebelumnya', 'beberapa peringatan', 'telah memperingatkan', 'sudah memperingatkan', 'teguran')],
  tr: [word('uyardık', 'önceki uyarı\\p{L}*', 'uyarılara rağmen', 'ihtar\\p{L}*')],
  pl: [word('ostrzegaliśmy', 'upomnieni\\p{L}*', 'wcześniejsz\\p{L}* ostrzeżeni\\p{L}*')],
};

/** Languages outside the core 13 that notices in the corpus use: the commonest forms only (N1, N9, N10). */
export const EXTRA_LANGS = ['ru', 'uk', 'sv', 'da', 'nb', 'fi', 'cs', 'hu', 'vi', 'th', 'ar'] as const;
export type ExtraLang = (typeof EXTRA_LANGS)[number];
export type ExtraParadigm = Record<ExtraLang, string[]>;
/** Flattened, NFKC like the text (Thai ำ decomposes under NFKC). */
export const allExtra = (paradigm: ExtraParadigm): string[] => EXTRA_LANGS.flatMap((lang) => paradigm[lang]).map((p) => p.normalize('NFKC'));

/** N1 in the other languages: "we removed / blocked", the passive, the noun of the act, "no longer available". */
export const ACTION_EXTRA: ExtraParadigm = {
  ru: [word('заблокировали', 'удалили', 'ограничили', 'приостановили', 'отключили', 'скрыли', 'удален[аоы]?', 'удалён', 'ограничен[аоы]?', 'отключен[аоы]?', 'скрыт[аоы]?', 'блокировк[аиуе]', 'удаление', 'ограничени[ея]'), `${W_START}больше не (?:доступ|отображает)`, `${W_START}не (?:будет|может быть) восстановлен`],
  uk: [word('заблокували', 'видалили', 'обмежили', 'призупинили', 'вимкнули', 'приховали', 'заблокован\\p{L}*', 'видалено', 'видален\\p{L}*', 'обмежено', 'призупинено', 'вимкнено', 'приховано', 'блокуванн\\p{L}*', 'видаленн\\p{L}*'), `${W_START}більше не (?:доступн|відображ)`],
  sv: [word('stängd', 'stängts', 'inaktiverad', 'inaktiverat', 'inaktiverats', 'begränsad', 'begränsat', 'begränsats', 'borttagen', 'borttaget', 'raderad', 'raderat', 'raderats', 'avstängning', 'spärrat', 'spärrats'), `${W_START}vi har (?:tagit bort|stängt av|spärrat|begränsat|inaktiverat|raderat)`, `${W_START}inte längre (?:tillgänglig|synlig)`],
  da: [word('suspenderet', 'spærret', 'deaktiveret', 'begrænset', 'slettet', 'lukket', 'udelukket', 'blokeret', 'suspendering'), `${W_START}vi har (?:fjernet|spærret|suspenderet|deaktiveret|lukket|begrænset|slettet|blokeret)`, `${W_START}ikke længere (?:tilgængelig|synlig)`],
  nb: [word('deaktivert', 'begrenset', 'sperret', 'utestengelse', 'suspensjon'), `${W_START}vi har (?:fjernet|sperret|suspendert|deaktivert|stengt|begrenset|slettet|blokkert)`, `${W_START}ikke lenger (?:tilgjengelig|synlig)`],
  fi: [word('suljettu', 'rajoitettu', 'poistettiin', 'poistimme', 'jäädytimme', 'suljimme', 'rajoitimme', 'estimme', 'jäädytetty', 'jäädytys', 'poisto', 'estäminen'), `${W_START}ei ole enää (?:saatavilla|näkyvissä)`],
  cs: [word('zablokovali jsme', 'odstranili jsme', 'omezili jsme', 'pozastavili jsme', 'smazali jsme', 'zrušen[aoy]?', 'deaktivován\\p{L}*', 'smazán\\p{L}*', 'zablokován\\p{L}*', 'pozastaven\\p{L}*'), `${W_START}(?:byl|byla|bylo|byly|je|jsou) (?:omezen|skryt)\\p{L}*`, `${W_START}(?:již|už) není (?:dostupn|viditeln)`],
  hu: [word('letiltottuk', 'felfüggesztettük', 'eltávolítottuk', 'töröltük', 'korlátoztuk', 'zároltuk', 'zárolva', 'zárolták', 'zárolás\\p{L}*', 'korlátozva', 'korlátozás\\p{L}*', 'eltávolítva', 'eltávolítás\\p{L}*', 'letiltva', 'törölve'), `${W_START}(?:már )?nem (?:érhető el|elérhető) (?:többé|tovább)`, `${W_START}már nem elérhető`],
  vi: [`${W_START}(?:đã )?bị (?:cấm|khóa|khoá|xóa|xoá|gỡ|gỡ bỏ|hạn chế|tạm ngưng|tạm khóa|vô hiệu hóa|đình chỉ|chặn)${W_END}`, `${W_START}chúng tôi đã (?:xóa|xoá|gỡ|khóa|khoá|hạn chế|tạm ngưng|vô hiệu hóa|đình chỉ|chặn)${W_END}`, `${W_START}không còn (?:khả dụng|hiển thị|truy cập được)`],
  th: ['ถูก(?:ระงับ|แบน|ลบ|จำกัด|ปิด|บล็อก|นำออก)', 'เราได้(?:ลบ|ระงับ|จำกัด|ปิด|นำ[^ ]{0,10}ออก)', 'ระงับ(?:บัญชี|การใช้งาน)', 'ไม่สามารถ(?:ใช้งาน|เข้าถึง)'],
  ar: ['تم (?:تعليق|حظر|إزالة|ازالة|حذف|تقييد|إيقاف|ايقاف|تعطيل|إغلاق|اغلاق)', 'قمنا ب(?:تعليق|حظر|إزالة|ازالة|حذف|تقييد|إيقاف|تعطيل|إغلاق)', 'لم يعد متاح'],
};

/** N10 in the other languages: appeal, request a review, "if you disagree". */
export const REDRESS_EXTRA: ExtraParadigm = {
  ru: [word('обжаловать', 'обжаловани\\p{L}*', 'апелляци\\p{L}*', 'оспорить'), `${W_START}запросить (?:повторную )?(?:проверку|рассмотрение)`, `${W_START}если вы не согласны`],
  uk: [word('оскаржити', 'оскарженн\\p{L}*', 'апеляці\\p{L}*'), `${W_START}(?:подати|надіслати) (?:запит на )?(?:повторн\\p{L}* )?(?:перевірк|розгляд)`, `${W_START}якщо ви не згодні`],
  sv: [word('bestrida', 'begära (?:en )?(?:ny )?granskning', 'om du inte håller med')],
  da: [word('klage over (?:denne |vores )?afgørelse', 'anmode om (?:en )?(?:ny )?gennemgang', 'hvis du ikke er enig', 'appellere')],
  nb: [word('klage på (?:denne |vår )?avgjørelsen', 'be om (?:en )?(?:ny )?gjennomgang', 'hvis du er uenig', 'anke')],
  fi: [`${W_START}pyytää (?:uudelleen)?(?:tarkistus|tarkastelu|arviointi)\\p{L}*`, `${W_START}(?:jos|mikäli) olet eri mieltä`, `${W_START}hae muutosta`],
  cs: [word('podat námitk\\p{L}*', 'požádat o (?:opětovné )?(?:přezkoumání|posouzení)', 'pokud nesouhlasíte', 'napadnout (?:toto )?rozhodnutí')],
  hu: [word('felülvizsgálat\\p{L}* (?:kér\\p{L}*|kérelmez\\p{L}*)', 'kifogás\\p{L}*', 'ha nem értesz egyet', 'ha nem ért egyet')],
  vi: [word('khiếu nại', 'yêu cầu xem xét lại', 'nếu bạn không đồng ý', 'phản đối quyết định')],
  th: ['ขอให้(?:ตรวจสอบ|พิจารณา)(?:อีกครั้ง|ใหม่)', 'หากคุณไม่เห็นด้วย', 'หากคุณคิดว่า', 'โต้แย้ง'],
  ar: ['الطعن', 'تقديم (?:طعن|اعتراض|تظلم)', 'طلب مراجعة', 'إعادة النظر', 'إذا كنت لا توافق', 'إذا لم تكن موافق'],
};

export const EXTRA_TOPICS: ExtraParadigm = {
  ru: ['спам', 'ненавист', 'оскорбл', 'домогат', 'травл', 'обнажен', 'насили', 'авторск', 'мошеннич', 'выдач[аиу] себя', 'дезинформац', 'экстремизм', 'вражд'],
  uk: ['спам', 'ненавис', 'образ', 'переслідуван', 'цькуван', 'оголен', 'насильств', 'авторськ', 'шахрай', 'дезінформац', 'екстремізм', 'ворожнеч'],
  sv: ['spam', 'hat', 'trakasseri', 'mobbning', 'nakenhet', 'våld', 'upphovsrätt', 'bedrägeri', 'identitetsstöld', 'desinformation', 'vilseledande'],
  da: ['spam', 'had', 'chikane', 'mobning', 'nøgenhed', 'vold', 'ophavsret', 'svindel', 'bedrageri', 'misinformation', 'vildledende'],
  nb: ['spam', 'hat', 'trakassering', 'mobbing', 'nakenhet', 'vold', 'opphavsrett', 'svindel', 'bedrageri', 'feilinformasjon', 'villedende'],
  fi: ['roskaposti', 'vihapuhe', 'häirin', 'kiusaa', 'alastomuu', 'väkival', 'tekijänoike', 'huijau', 'petos', 'harhaanjohta', 'disinformaatio'],
  cs: ['spam', 'nenávist', 'obtěžován', 'šikan', 'nahot', 'násilí', 'autorsk', 'podvod', 'vydávání se', 'dezinformac', 'zavádějící'],
  hu: ['spam', 'gyűlölet', 'zaklatás', 'megfélemlít', 'meztelen', 'erőszak', 'szerzői jog', 'csalás', 'megtévesztő', 'félretájékoztat', 'álhír'],
  vi: ['spam', 'thư rác', 'thù ghét', 'quấy rối', 'bắt nạt', 'khỏa thân', 'bạo lực', 'bản quyền', 'lừa đảo', 'mạo danh', 'thông tin sai lệch', 'gây hiểu lầm'],
  th: ['สแปม', 'ความเกลียดชัง', 'กลั่นแกล้ง', 'คุกคาม', 'ภาพเปลือย', 'ความรุนแรง', 'ลิขสิทธิ์', 'หลอกลวง', 'แอบอ้าง', 'ข้อมูลเท็จ'],
  ar: ['البريد العشوائي', 'الرسائل غير المرغوب', 'سبام', 'الكراهية', 'التحرش', 'التنمر', 'العري', 'العنف', 'حقوق الطبع', 'حقوق النشر', 'الاحتيال', 'انتحال', 'المعلومات المضللة', 'المضلل'],
};
const extraTopics = (lang: ExtraLang) => `(?:${EXTRA_TOPICS[lang].join('|')})`;
const NORDIC_RULES = '(?:policy\\p{L}*|politik\\p{L}*|riktlinje\\p{L}*|retningslinje\\p{L}*|regler\\p{L}*|regel\\p{L}*)';

/** N9 in the other languages: "policy on X" / "X policy" in each word order (compounds: spampolicy, roskapostikäytäntö). */
export const NAMED_RULE_EXTRA: ExtraParadigm = {
  ru: [`${W_START}(?:правил\\p{L}*|политик\\p{L}*|принцип\\p{L}*|норм\\p{L}*) (?:[\\p{L}-]+ ){0,4}?${extraTopics('ru')}`],
  uk: [`${W_START}(?:правил\\p{L}*|політик\\p{L}*|принцип\\p{L}*|норм\\p{L}*) (?:[\\p{L}-]+ ){0,4}?${extraTopics('uk')}`],
  sv: [`${W_START}${NORDIC_RULES} (?:våra |dina )?(?:mot|om|gällande|kring|för) (?:[\\p{L}-]+ ){0,2}?${extraTopics('sv')}`, `${W_START}${extraTopics('sv')}\\p{L}{0,12}(?:policy|regler|riktlinjer)`],
  da: [`${W_START}${NORDIC_RULES} (?:vores |dine )?(?:mod|om|vedrørende|for) (?:[\\p{L}-]+ ){0,2}?${extraTopics('da')}`, `${W_START}${extraTopics('da')}\\p{L}{0,12}(?:politik|regler|retningslinjer)`],
  nb: [`${W_START}${NORDIC_RULES} (?:våre |dine )?(?:mot|om|angående|for) (?:[\\p{L}-]+ ){0,2}?${extraTopics('nb')}`, `${W_START}${extraTopics('nb')}\\p{L}{0,12}(?:policy|regler|retningslinjer)`],
  fi: [`${W_START}${extraTopics('fi')}[\\p{L} -]{0,30}?(?:käytän|sään|ohje)`],
  cs: [`${W_START}(?:zásad\\p{L}*|pravid\\p{L}*|směrnic\\p{L}*) (?:[\\p{L}-]+ ){0,3}?(?:o|týkající\\p{L}* se|proti|ohledně|pro) (?:[\\p{L}-]+ ){0,2}?${extraTopics('cs')}`],
  hu: [`${W_START}${extraTopics('hu')}\\p{L}*(?: [\\p{L}-]+){0,2} (?:irányelv|szabály)`],
  vi: [`${W_START}(?:chính sách|nguyên tắc|quy định|tiêu chuẩn) (?:[\\p{L}-]+ ){0,3}?(?:về|chống|liên quan đến) (?:[\\p{L}-]+ ){0,3}?${extraTopics('vi')}`],
  th: [`(?:นโยบาย|หลักเกณฑ์|แนวทาง|กฎ)[^.]{0,20}?${extraTopics('th')}`],
  ar: [`(?:سياس\\p{L}*|إرشادات|ارشادات|قواعد|معايير)[^.]{0,30}?(?:بشأن|المتعلقة ب|حول|ضد|مكافحة|الخاصة ب)[^.]{0,20}?${extraTopics('ar')}`],
};

/** "You can appeal for 30 days" in the other languages is the appeal window, not the measure's length. */
const NOT_AFTER_APPEAL_EXTRA = `(?<!(?:обжал|апелляц|оскарж|апеляц|överklag|klage|anke|valit|odvol|fellebbez|kháng nghị|khiếu nại|อุทธรณ์|استئناف|طعن)[^.]{0,40})`;

/** N3 in the other languages: "for 7 days" in each case form, "permanently", "temporarily". */
export const DURATION_EXTRA: ExtraParadigm = {
  ru: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}на \\d+ (?:минут\\p{L}*|час\\p{L}*|день|дня|дней|сутки|суток|недел\\p{L}*|месяц\\p{L}*|год\\p{L}*|лет)${W_END}`, word('навсегда', 'бессрочно', 'временно')],
  uk: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}на \\d+ (?:хвилин\\p{L}*|годин\\p{L}*|день|дні|днів|тиждень|тижні|тижнів|місяц\\p{L}*|рік|роки|років)${W_END}`, word('назавжди', 'безстроково', 'тимчасово')],
  sv: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}i \\d+ (?:minuter|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år)${W_END}`, word('tillfälligt', 'för alltid', 'tills vidare', 'permanent (?:avstängd|avstängt|stängd|stängt|borttagen|borttaget|spärrad|spärrat)')],
  da: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}i \\d+ (?:minutter|timer|time|dage|dag|uger|uge|måneder|måned|år)${W_END}`, word('midlertidigt', 'for altid', 'permanent (?:spærret|lukket|suspenderet|slettet|udelukket|deaktiveret)')],
  nb: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}i \\d+ (?:minutter|timer|time|dager|dag|uker|uke|måneder|måned|år)${W_END}`, word('midlertidig', 'for alltid', 'permanent (?:sperret|stengt|utestengt|suspendert|slettet|deaktivert)')],
  fi: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}\\d+ (?:minuutiksi|tunniksi|päiväksi|viikoksi|kuukaudeksi|vuodeksi)${W_END}`, word('pysyvästi', 'väliaikaisesti', 'toistaiseksi')],
  cs: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}na \\d+ (?:minut\\p{L}*|hodin\\p{L}*|den|dny|dní|týden|týdny|týdnů|měsíc\\p{L}*|rok|roky|let)${W_END}`, word('trvale', 'natrvalo', 'dočasně')],
  hu: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}\\d+ (?:percre|órára|napra|hétre|hónapra|évre)${W_END}`, word('véglegesen', 'ideiglenesen', 'határozatlan ideig')],
  vi: [`${NOT_AFTER_APPEAL_EXTRA}${W_START}trong (?:vòng )?\\d+ (?:phút|giờ|ngày|tuần|tháng|năm)${W_END}`, word('vĩnh viễn', 'tạm thời')],
  th: [`${NOT_AFTER_APPEAL_EXTRA}เป็นเวลา\\s?\\d+\\s?(?:นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี)`, '(?:อย่าง|แบบ)?ถาวร', 'ชั่วคราว'],
  ar: [`${NOT_AFTER_APPEAL_EXTRA}لمدة \\d+ (?:دقيق|ساع|يوم|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|شهور|سن)`, 'بشكل (?:دائم|نهائي|مؤقت)', 'مؤقتا'],
};

/** N6 in the other languages: a report or complaint received, a rightsholder, the platform's own detection. */
export const ORIGIN_EXTRA: ExtraParadigm = {
  ru: [word('пожаловал\\p{L}*', 'по жалобе', 'правообладател\\p{L}*', 'мы обнаружили'), `${W_START}(?:получили|поступил[аои]?) (?:\\p{L}+ )?(?:жалоб[ауы]|сообщени[ея]|уведомлени[ея])`],
  uk: [word('поскаржил\\p{L}*', 'за скаргою', 'правовласник\\p{L}*', 'ми виявили'), `${W_START}(?:отримали|надійшл[аио]?) (?:\\p{L}+ )?(?:скарг[аиу]|повідомленн[яі])`],
  sv: [word('anmäld', 'anmält', 'anmälts', 'rapporterad', 'rapporterat', 'rapporterats', 'rättighetsinnehavare\\p{L}*', 'vi har upptäckt'), `${W_START}(?:tagit emot|fått) (?:en |flera )?(?:anmälan|anmälningar|klagomål|rapporter?)${W_END}`],
  da: [word('anmeldt', 'rapporteret', 'rettighedshaver\\p{L}*', 'vi har opdaget'), `${W_START}modtaget (?:en |flere )?(?:anmeldelse\\p{L}*|klage\\p{L}*|rapport\\p{L}*)`],
  nb: [word('rapportert', 'rettighetshaver\\p{L}*', 'vi har oppdaget'), `${W_START}mottatt (?:en |flere )?(?:rapport\\p{L}*|klage\\p{L}*|varsel)`],
  fi: [word('ilmoitettu', 'ilmiannettu', 'oikeudenhaltija\\p{L}*', 'havaitsimme'), `${W_START}saimme (?:\\p{L}+ )?(?:ilmoituksen|ilmoituksia|valituksen)`],
  cs: [word('nahlášen\\p{L}*', 'držitel\\p{L}* práv', 'zjistili jsme'), `${W_START}obdrželi jsme (?:\\p{L}+ )?(?:stížnost|oznámení|nahlášení)`],
  hu: [word('bejelentették', 'jogtulajdonos\\p{L}*', 'észleltük'), `${W_START}(?:bejelentés|panasz)\\p{L}* (?:alapján|érkezett)`],
  vi: [word('bị báo cáo', 'chủ sở hữu bản quyền', 'chúng tôi phát hiện'), `${W_START}nhận được (?:một |nhiều )?(?:báo cáo|khiếu nại|thông báo)`],
  th: ['ถูกรายงาน', 'ได้รับ(?:การ)?(?:รายงาน|ร้องเรียน|แจ้ง)', 'เจ้าของลิขสิทธิ์', 'เราตรวจพบ'],
  ar: ['تم الإبلاغ', 'تلقينا (?:بلاغ|شكوى|شكاوى|إشعار)', 'بلاغ من', '(?:صاحب|أصحاب) الحقوق', 'اكتشفنا', 'رصدنا'],
};

/** N7 in the other languages: automated detection or decision, or a person named as the reviewer. */
export const AUTOMATION_EXTRA: ExtraParadigm = {
  ru: [`${W_START}автоматическ\\p{L}* (?:систем|обнаружени|фильтр|проверк|модераци|инструмент)\\p{L}*`, `${W_START}(?:проверен|рассмотрен)\\p{L}* (?:модератор|сотрудник|нашей команд|человек)\\p{L}*`],
  uk: [`${W_START}автоматичн\\p{L}* (?:систем|виявленн|фільтр|перевірк|модераці)\\p{L}*`, `${W_START}(?:перевірен|розглянут)\\p{L}* (?:модератор|працівник|нашою команд|людин)\\p{L}*`],
  sv: [`${W_START}automatiser\\p{L}* (?:system|verktyg|granskning|upptäckt|filter)\\p{L}*`, word('automatiska system', 'manuell granskning', 'granskad\\p{L}* av (?:en människa|vårt team|en moderator)')],
  da: [`${W_START}automatiser\\p{L}* (?:system|værktøj|gennemgang|registrering|filter)\\p{L}*`, word('automatiske systemer', 'manuel gennemgang', 'gennemgået af (?:et menneske|vores team|en moderator)')],
  nb: [`${W_START}automatiser\\p{L}* (?:system|verktøy|gjennomgang|deteksjon|filter)\\p{L}*`, word('automatiske systemer', 'manuell gjennomgang', 'gjennomgått av (?:et menneske|teamet vårt|vårt team|en moderator)')],
  fi: [`${W_START}automaattis\\p{L}* (?:järjestelm|tunnistu|suodat|tarkist)\\p{L}*`, word('ihmisen (?:tekemä|suorittama) tarkistus', 'tiimimme tarkisti')],
  cs: [`${W_START}automatick\\p{L}* (?:systém|detekc|filtr|kontrol|moderac)\\p{L}*`, word('ruční kontrol\\p{L}*', 'přezkoumal\\p{L}* (?:moderátor|náš tým|člověk)')],
  hu: [`${W_START}(?:automatikus|automatizált)\\p{L}* (?:rendszer|észlelés|szűr|ellenőrzés|moderáció|eszköz)\\p{L}*`, word('emberi felülvizsgálat\\p{L}*', 'moderátor\\p{L}* (?:ellenőrizte|felülvizsgálta|döntött)')],
  vi: [word('hệ thống tự động', 'tự động phát hiện', 'công cụ tự động', 'được xem xét bởi (?:nhóm|người kiểm duyệt|con người)', 'người kiểm duyệt đã')],
  th: ['ระบบอัตโนมัติ', 'ตรวจพบโดยอัตโนมัติ', 'ตรวจสอบโดย(?:ทีมงาน|ผู้ตรวจสอบ|มนุษย์)'],
  ar: ['(?:ال)?أنظمة (?:ال)?آلية', 'نظام آلي', 'الكشف الآلي', 'أدوات آلية', 'مراجعة بشرية', 'فريق المراجعة'],
};

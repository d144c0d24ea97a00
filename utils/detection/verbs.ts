import type { NoticeKind } from './types';

/**
 * Enforcement words by the kind of action they name, across the supported
 * languages (the lexemes do not collide, and platforms often leave English
 * words untranslated inside other languages: "Dein Nutzerkonto wurde … [suspended]").
 * Order matters: the first group that matches a phrase decides its kind.
 */
/** A suspension from one activity or one community: a partial restriction, whatever verb it uses. */
export const PARTIAL_RESTRICTION = /(?:suspen\w*|gesperrt|sospes[oa]|suspens[oa]|suspendid[oa]|geschorst|ditangguhkan|zawieszon\w*|banned|blocked) (?:temporarily |temporalmente |temporairement |temporaneamente |tijdelijk )?(?:from|for|für|dai|des?|para|voor|untuk|od)(?: [\w']+){0,3}? (?:comment|kommentar|commenti|comentar|reactie|komentar|going live|live|posting|upload)|für (?:kommentare|das kommentieren) gesperrt|(?:banned|banni\w*|banid\w*|expulsad\w*|escluso|esclusa|verbannen|gebannt|zbanowan[a-z/]*|изгнан[а-я]*) (?:(?:from|de|da|di|aus|uit|z|из) )?(?:this|the|cette|esta|questa|dieser|deze|desta|dessa|tej|этого) (?:community|communauté|comunidad|comunità|community|gemeenschap|comunidade|społeczności|сообщества|group|server|subreddit)|(?:aus|uit) (?:dieser|deze) (?:community|gemeinschaft|gemeenschap) (?:gebannt|verbannen|ausgeschlossen|gesperrt)|被(?:此|该|該|這個|这个)(?:社群|社区|社區|群组|群組)(?:封禁|禁止|封鎖|封锁)|عن التعليق|(?:can'?t|cannot|nie możesz|non puoi|no puedes|não pode|ne pouvez pas|kannst nicht|kunt niet) (?:comment|komentować|commentare|comentar|commenter|kommentieren|reageren)|(?:コメント|ライブ|投稿)(?:が|を)?(?:一時的に)?(?:停止|制限|禁止)|(?:停止|禁止)(?:发表|發表)?(?:留言|评论|評論|发言|發言|直播)/;

/**
 * The same across more languages: a suspension or ban word within a few words of one activity
 * ("stengt for kommentering", "yorum yapmaktan askıya alındı", "banned from talking", "diblokir dari fitur obrolan").
 */
const SUSPEND_WORD = '(?:suspen|stengt|stängts? av|avstängd|spærret|felfüggeszt|приостан|заблокир|pozastaven|zawieszon|askıya|ditangguhkan|diblokir|dilarang|blocked|bloqueado|bloqueada|bloccat|blockiert|gesperrt|banned|banead|zbanowan|yasakla|bannat|verbannen|gebannt|prohibid|proibid|停止|禁止|封禁|정지|차단)';
const ACTIVITY = '(?:comment|kommenter|komment|коммент|koment|yorum|komentar|obrolan|chat|czat|sohbet|чат|talking|posting|escribir|publicar|comentar|postar|pubblicare|commentare|posten|reageren|following|follow|seguir|messag|mensaje|mensag|going live|live|group|grupo|gruppo|groep|gruppe|grupie|grupy|topluluk|ranked|tournament|torneo|competencia|competizione|ライブ|コメント|発言|投稿|评论|評論|留言|发言|發言|直播|댓글|라이브)';
// "Suspended and can't post" stays a suspension: the activity must follow a "from/for" word, or come first.
const FROM = '(?:from|for|für|vom|von|de|del|du|des|da|dal|dalla|dai|di|do|w|в|para|voor|van|untuk|dari|od|från|fra|от|від|z|ze)';
export const PARTIAL_RESTRICTION_ANY = new RegExp(`${SUSPEND_WORD}[^.!?。\\n]{0,15}? ${FROM} [^.!?。\\n]{0,20}?${ACTIVITY}|${ACTIVITY}[^.!?。\\n]{0,25}?${SUSPEND_WORD}`);
/** A feature switched off, not the account: "your chats have been disabled", "Facebook Ad Account has been disabled". */
export const FEATURE_DISABLED = /(?:chats?|comments?|messag\w*|live|feature|fitur|funktion|fonction|función|funzion|funcionalidade|czat\w*|sohbet\w*|чат\w*|チャット|コメント|ライブ|聊天|评论|功能|기능|ad account|advertising account|werbekonto|compte publicitaire|cuenta publicitaria|conta de anúncios|account pubblicitario|広告アカウント|广告账户|廣告帳戶)[^.!?。\n]{0,40}?(?:disabled|deaktiviert|désactivé|desactivad|disattivat|desativad|inaktiverats|wyłączon|devre dışı|вимкнено|отключен|無効|停用|禁用|비활성)/;

export const ACTION_WORDS: { kind: Exclude<NoticeKind, 'none' | 'content_removed'>; re: RegExp }[] = [
  {
    kind: 'account_restricted',
    // A suspension *from* one activity or one community is a partial restriction, not a suspension.
    re: /((?:suspen\w*|gesperrt|sospes[oa]|suspens[oa]|suspendid[oa]|geschorst|ditangguhkan|zawieszon\w*|banned|blocked) (?:temporarily |temporalmente |temporairement |temporaneamente |tijdelijk )?(?:from|for|für|dai|des?|para|voor|untuk|od)(?: [\w']+){0,3}? (?:comment|kommentar|commenti|comentar|reactie|komentar|going live|live|posting|upload)|für (?:kommentare|das kommentieren) gesperrt|(?:banned|banni\w*|banid\w*|expulsad\w*|escluso|esclusa|verbannen|gebannt|zbanowan[a-z/]*|изгнан[а-я]*) (?:(?:from|de|da|di|aus|uit|z|из) )?(?:this|the|cette|esta|questa|dieser|deze|desta|dessa|tej|этого) (?:community|communauté|comunidad|comunità|community|gemeenschap|comunidade|społeczności|сообщества|group|server|subreddit)|(?:コメント|ライブ|投稿)(?:が|を)?(?:一時的に)?(?:停止|制限|禁止)|(?:停止|禁止)(?:发表|發表)?(?:留言|评论|評論|发言|發言|直播)|restrict|limited|limits on|read-only|read only|write.?banned|shadow.?banned|temporarily (?:blocked|locked)|eingeschränkt|beschränkt|verwarnung|stumm|silenced|muted|silenciad|silenziat|réduit au silence|ограничен|обмежен|kısıtlan|bị hạn chế|จำกัด|omezen|begränsa|korlátoz|restricționat|περιορισ|تقييد|مقيد|禁言|受限|サイレンス|\bstrikes?\b|teguran|dibatasi|ограничен|제한|nur lesen|restreint|limité|restringid|limitad|limitat|restrit|beperkt|ograniczon|制限|限制|只读|唯讀|読み取り専用|begränsad|begrænset|begrenset|rajoitettu|rajoitus|kirjoituskielto|omezen|obmedzen|ограничен|ограничили|обмежен|korlátozt|korlátozás|kısıtla|dibatasi|pembatasan|dimute|dibisukan|membatasi|kısıtladık|제한되|잠금|잠겼|限流|禁言|降权|降權|制限され|制限中|restricționat|restrâns|περιορίστηκε|περιορισμ|مقيد|تقييد|محدود شد|restringit|bị hạn chế|뮤트|заглуш|सीमित|प्रतिबंध लगा)/,
  },
  {
    kind: 'account_deactivated',
    re: /(deactivat|disabled|disable|deaktivier|désactiv|desactiv|inhabilit|deshabilit|disattiv|disabilit|desativ|desabilit|gedeactiveerd|uitgeschakeld|dinonaktifkan|деактивирован|отключен|비활성|devre dışı|deaktivován|dezaktywow|wyłącz|無効|停用|禁用|inaktiverat|inaktiverad|avaktiverat|deaktiveret|deaktivert|poistettu käytöstä|pois käytöstä|deaktivov|deaktivovan|вимкнен|деактивова|отключён|letiltott|devre dışı bırakıldı|dezactivat|απενεργοποι|تعطيل|غیرفعال|desactivat|vô hiệu|사용 중지|ปิดการใช้งาน|ปิดใช้งาน|अक्षम|निष्क्रिय)/,
  },
  {
    kind: 'account_suspended',
    re: /(suspen[dsc]|banned|\bban\b|terminat|permanently locked|gesperrt|suspendiert|gekündigt|gelöscht|suspendu|banni|résilié|bloqué|suspendi|banead|bloque|eliminad|sospes|bannat|bloccat|eliminat|suspens|banid|banimos|geschorst|opgeschort|verbannen|beëindigd|geblokkeerd|zawiesi|zawieszon|zbanowa|zablokowa|ditangguhkan|diblokir|dihentikan|dilarang|заблокирован|приостановлен|заморожен|забанен|изгнан|заблоков|призупин|заборон|تعليق|علق|حظر|محظور|إيقاف|ممنوع|مسدود|تعلیق|정지|차단|금지|askıya|yasakland|engellendi|bị cấm|tạm ngưng|ถูกระงับ|แบน|zablokován|pozastaven|zakázán|blockerats|avstängd|avstängt|spärrad|blokeret|suspenderet|utestengt|estetty|jäädytetty|kitiltás|felfüggeszt|letiltva|blocat|interzis|ανεστάλη|αναστολ|expulsat|suspès|bloquejat|banni|gebannt|expulsad|bandlyst|forbarit|porttikielto|αποβληθ|αποκλεισ|zmrazen|suspendat|ระงับ|禁止|bị khóa|đình chỉ|vô hiệu hóa|escluso|esclusa|verbannen|凍結|冻结|利用停止|一時停止|停止|封禁|封停|停權|停权|暫停|暂停|終止|终止|封鎖|封锁|\bblocked\b|removed from|been removed|been deleted|been closed|eingefroren|gelé|congelad[ao]|congelat[ao]|bevroren|zamrożon|dibekukan|stato chius[oa]|a été fermé|ha sido cerrad[ao]|foi encerrad[ao]|wurde geschlossen|is gesloten|has closed this|(?:permanently |have |has )closed (?:this|your) (?:account|shop|channel|store)|interdit|prohibid|proibid|vietat|verboten|zakazan|stängts av|stängt av|stängdes av|avstängning|spærret|lukket|udelukket|stengt|sperret|suspendert|blokkert|suljettu|keskeytetty|kielto|kieltoon|lukittu|zamknięt|wstrzyman|zablokovan|zakázan|uzamčen|zrušen|приостанов|блокиров|запрещ|бан на|забанили|заблокували|закрито|letilt|kitilt|zárolt|zárolva|felfüggesztett|kapatıldı|kilitlendi|kilitlen|engellen|diblokir|dikunci|ditutup|dibanned|dinonaktifkan|menangguhkan|mengakhiri|askıya aldık|영구 정지|이용 정지|추방|정지되|封号|封號|处罚|處罰|アカウント停止|閉鎖され|閉鎖しました|永久追放|关闭了您的|關閉了您的|追放|închis|blocat|κλειδώθηκε|αποκλείστηκε|مسدود|قفل|إغلاق|bị chặn|chấm dứt|khóa tài khoản|tạm khóa|tạm hoãn|banland|yasaklan|bannad|bannats|sonlandırıldı|bannlyst|bannattu|лишен\S* доступа|해지|निलंबित|सस्पेंड|बैन|ब्लॉक|प्रतिबंधित|ถูกบล็อก|μπλοκαρ)/,
  },
];

export const CONTENT_REMOVAL =
  // A post or comment "rejected" for breaking a rule is content the platform took away too.
  /(rejected|abgelehnt|rejeté|rechazad|rejeitad|rifiutat|afgewezen|odrzucon|ditolak|reddedildi|отклонен|拒绝|拒絕|却下|remov|taken down|took down|deleted|hidden|limited distribution|age.?restrict|no longer (?:available|visible)|entfernt|gelöscht|supprimé|retiré|masqué|eliminad|retirad|rimoss|eliminat|removid|excluíd|verwijderd|usunięt|dihapus|удален|удалён|видалено|삭제|kaldırıldı|bị xóa|đã xóa|ถูกลบ|حذف|إزالة|odstraněn|eltávolít|αφαιρέθηκε|非表示|削除|숨김|删除|刪除|移除|下架|borttagen|borttaget|tagits bort|raderad|raderats|fjernet|slettet|fjernede|poistettu|poistimme|hylätty|usunęliśmy|smazán|smazan|odstránen|zamietnut|zamítnut|удалили|скрыт|видален|приховано|відхилен|törölt|törölve|elutasít|silindi|kaldırdık|diturunkan|disembunyikan|삭제되|숨겨|屏蔽|撤下|隐藏|隱藏|清理|非公開|șters|sters|respins|διαγράφηκε|αφαιρέθηκ|حذف شد|suprimit|bị gỡ|menghapus|menurunkan|sildik|kaldırdık|đã gỡ|скрыли|हटा दिया|हटा दी|हटाया|निकाल दी|डिलीट)/;

/** Cheap first look: without one of these words no sentence is worth the full rules. */
export const ANY_ENFORCEMENT = new RegExp(
  [...ACTION_WORDS.map((a) => a.re.source), CONTENT_REMOVAL.source, '(goes against our|go against our|violates our|va contro le nostre|va en contra de nuestr|vai contra as nossas|verstößt gegen unsere|we limit how often|kami membatasi|restringimos|wir schränken|nous limitons|limitiamo|wij beperken|ograniczamy|locked|lock|ロック|锁定|鎖定|can.?t (?:post|pin|save|follow|comment|message|tweet|like|upload|use this feature)|(?:doesn.?t|does not|don.?t) follow our)'].join('|'),
);

export function kindOfAction(phrase: string): Exclude<NoticeKind, 'none' | 'content_removed'> | undefined {
  for (const { kind, re } of ACTION_WORDS) if (re.test(phrase)) return kind;
  if (/lock|ロック|锁定|鎖定/.test(phrase)) return 'account_restricted';
  return undefined;
}

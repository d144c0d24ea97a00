/**
 * Sixth round of the checker's word families: forms a platform's notice uses
 * that the earlier paradigms lacked, written per language from language
 * knowledge and tested on sentences written for the unit tests
 * (test/unit/appeal/checklist-paradigms-more.test.ts), each failing before.
 *
 * Same input as the other paradigm files: NFKC, lower-cased, whitespace
 * collapsed. Keys are language codes; checklist-patterns.ts ORs every list in.
 */
import { W_END, W_START, word } from './checklist-paradigms';

type Family = Record<string, string[]>;
/** Every alternative of a family, NFKC like the text. */
export const flat = (family: Family): string[] => Object.values(family).flat().map((p) => p.normalize('NFKC'));

/** "If you …", "when your account …": a condition, not a statement about this user (N5 guards). */
const NOT_IN_CONDITION = `(?<!(?:${W_START}(?:if|when|whenever|unless|wenn|falls|si|se|als|jika|apabila|jeśli|jeżeli)${W_END}|場合|如果|若)[^.!?。]{0,100})`;
/**
 * The pattern, unless a condition opens its sentence. The look-behind sits at
 * the end of the match (it is tried only where the pattern matched: at the
 * start it would run at every position of every notice).
 */
export const stated = (pattern: string) => `(?:${pattern})${NOT_IN_CONDITION}`;

const MONTHS_RU = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const MONTHS_UK = '(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)';
const MONTHS_PL = '(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)';
const MONTHS_TR = '(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)';

/**
 * N1: the measure said through what cannot be undone ("we cannot reactivate
 * your account"), a prohibition addressed to the user ("you are prohibited
 * from posting", not "spam is prohibited"), quarantine, freezing and muting.
 */
export const ACTION_MORE: Family = {
  en: [
    `${W_START}(?:unable to|cannot|can't|can not|won't|will not|are not able to|not able to) (?:reinstate|reactivate|reopen|restore|unban|unsuspend|unlock|re-?enable) (?:your|the|this)${W_END}`,
    `${W_START}(?:you are|you're|you have been|you've been|access (?:to [^.]{0,30})?(?:is|has been)|(?:your|this) (?:account|channel|profile|page) (?:is|has been)) (?:\\p{L}+ly )?(?:prohibited|forbidden|barred)${W_END}`,
    `${W_START}(?:we(?:'ve| have)? paused|(?:has been|was|is) paused|put on hold|placed on hold)${W_END}`,
    `${W_START}(?:(?:is|was|been|has been|have been) quarantined|in quarantine)${W_END}`,
  ],
  de: [
    `${W_START}(?:können|konnten|werden) (?:\\p{L}+ ){0,3}nicht (?:\\p{L}+ )?(?:reaktivieren|wiederherstellen|entsperren|freischalten|wieder ?aktivieren|wieder ?eröffnen)`,
    `${W_START}(?:reicht|reichen|genügt|genügen) [^.]{0,40}nicht (?:aus)?,? um [^.]{0,30}(?:zu reaktivieren|wiederherzustellen|zu entsperren|freizuschalten|wieder ?zu ?aktivieren)`,
    `${W_START}bleibt (?:weiterhin )?(?:gesperrt|deaktiviert|geschlossen|eingeschränkt)`,
    word('(?:in (?:die )?|unter )quarantäne(?: gestellt| versetzt)?'),
  ],
  fr: [
    `${W_START}(?:ne (?:pouvons|pourrons|pouvez|peut) pas|impossible de|n'est pas possible de) (?:\\p{L}+ )?(?:réactiver|rétablir|restaurer|débloquer|rouvrir|réintégrer)`,
    `${W_START}(?:accès|compte|vous|tu)[^.]{0,40}(?:est|êtes|es|a été|avez été|as été) (?:\\p{L}+ )?interdit`,
    `${W_START}(?:interdit|interdite) (?:à|a) (?:ce|votre|ton) compte`,
    `${W_START}(?:en|mis en|mise en) quarantaine`,
  ],
  es: [
    `${W_START}no (?:podemos|pudimos|podremos|es posible|se puede) (?:\\p{L}+ )?(?:reactivar|restablecer|restaurar|reabrir|desbloquear|rehabilitar)`,
    `${W_START}(?:se te ha|se le ha|te hemos|le hemos|tienes|tiene|has sido|ha sido|estás|está) (?:\\p{L}+ )?prohibid[oa]`,
    word('en cuarentena'),
  ],
  it: [
    `${W_START}non (?:possiamo|potremo|è possibile|siamo in grado di) (?:\\p{L}+ )?(?:riattivare|ripristinare|riaprire|sbloccare)`,
    `${W_START}(?:ti è stato|le è stato|sei stat[oa]|è stat[oa]) (?:\\p{L}+ )?vietat[oa]`,
    word('espuls[oaie]', 'in quarantena', 'messo in quarantena'),
  ],
  pt: [
    `${W_START}não (?:podemos|poderemos|conseguimos|é possível) (?:\\p{L}+ )?(?:reativar|restaurar|restabelecer|reabrir|desbloquear)`,
    `${W_START}(?:você foi|foste|você está|estás|voce foi) (?:\\p{L}+ )?proibid[oa]`,
    word('em quarentena'),
  ],
  nl: [
    word('afgekeurd'),
    `${W_START}(?:kunnen|konden) (?:\\p{L}+ ){0,3}niet (?:opnieuw (?:activeren|openen)|heractiveren|herstellen|heropenen|deblokkeren)`,
    `${W_START}(?:is|werd|wordt) (?:het )?(?:je|jou|u) (?:\\p{L}+ )?verboden`,
    word('in quarantaine'),
  ],
  ja: ['(?:アクセス|ログイン|アカウント|利用)[^。]{0,20}禁止(?:されて|され|しました|となり|いたしました)', '不承認(?:に|と)な', 'ロック(?:され|しました|いたしました)', '隔離(?:され|しました|いたしました)', '(?:復活|復元|再開|再有効化)(?:させる|する)?ことはできません'],
  zh: ['(?:已|被|已被)(?:隔离|隔離|冻结|凍結)', '(?:已|被|已被)(?:锁定|鎖定|隐藏|隱藏|屏蔽|下架|移除)', '(?:无法|無法|不能)(?:重新)?(?:激活|啟用|启用|解封)'],
  ko: ['(?:동결|격리)(?:되|됐|됨|했|하였|된)', '숨겨(?:졌|짐|진|지게)', '(?:복구|재활성화|복원|재개)(?:할|해 드릴|해드릴) 수 없'],
  id: [word('dikarantina', 'dalam karantina', 'dibisukan'), `${W_START}(?:tidak dapat|tidak bisa) (?:mengaktifkan kembali|memulihkan|membuka kembali)`],
  tr: [word('karantinaya alındı', 'kilitlendi', 'kilitlenmiş', 'kilitlendiniz', 'karantinada', 'sesiniz kapatıldı', 'susturuldunuz', 'susturuldun'), `${W_START}(?:yeniden etkinleştiremiyoruz|geri yükleyemiyoruz|geri açamıyoruz)`],
  pl: [`${W_START}(?:wyciszon|poddan\\p{L}* kwarantannie|objęt\\p{L}* kwarantanną)`, `${W_START}nie (?:możemy|możesz|można) (?:\\p{L}+ )?(?:przywrócić|odblokować|ponownie aktywować)`],
  ru: [word('забанен\\p{L}*', 'забанили', 'на карантине', 'в карантин\\p{L}*', 'заморожен\\p{L}*', 'не можем (?:восстановить|разблокировать)')],
  vi: [word('bị cách ly', 'không thể khôi phục')],
};

/** N3: "will last 3 days", the date a measure ends in Turkish, Polish, Russian, Ukrainian, and Vietnamese "tạm …" (temporarily …). */
export const DURATION_MORE: Family = {
  // lifted after a stated time: "wird in 3 Tagen aufgehoben", "sera levée dans 3 jours", 3日後に解除
  lifted: [
    `${W_START}(?:ends?|expires?|lifts?|will be lifted|will end|will expire) (?:on|after) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d`,
    `${W_START}(?:in|nach) \\d+ (?:stunden|tagen|wochen|monaten) (?:\\p{L}+ )?(?:aufgehoben|entsperrt|freigeschaltet|beendet)`,
    `${W_START}(?:levée?|débloquée?|rétablie?)s? (?:dans|après|d'ici) \\d+ (?:heures|jours|semaines|mois)${W_END}`,
    `${W_START}(?:levantad|desbloquead|restablecid)[oa]s? (?:en|dentro de|después de) \\d+ (?:horas|días|semanas|meses)${W_END}`,
    `${W_START}(?:revocat|rimoss|sbloccat)[oaie] (?:tra|fra|entro) \\d+ (?:ore|giorni|settimane|mesi)${W_END}`,
    `${W_START}(?:levantad|desbloquead|restaurad)[oa]s? (?:em|dentro de|após) \\d+ (?:horas|dias|semanas|meses)${W_END}`,
    `${W_START}over \\d+ (?:uur|dagen|weken|maanden) (?:\\p{L}+ )?(?:opgeheven|hersteld|gedeblokkeerd)`,
    '\\d+\\s?(?:時間|日|週間|か月|ヶ月)後に(?:自動的に)?(?:解除|復旧|再開)',
    '\\d+\\s?(?:小时|小時|天|日|周|週|个月|個月)(?:后|後)(?:自动|自動)?(?:解封|解除|恢复|恢復)',
    '\\d+\\s?(?:시간|일|주|개월) (?:후|뒤)에? (?:자동으로 )?(?:해제|복구)',
  ],
  en: [`${W_START}(?:will |shall )?lasts? (?:for )?(?:\\d+|one|two|three|seven|fourteen|thirty|a) (?:minutes?|hours?|days?|weeks?|months?|years?)${W_END}`],
  tr: [`${W_START}\\d{1,2} ${MONTHS_TR}(?:\\s?\\d{4})?(?:'?\\p{L}{0,3})? kadar`, `${W_START}\\d+ (?:saat|gün|hafta|ay) (?:boyunca|süreyle|süresince|için)`],
  pl: [`${W_START}do (?:dnia )?\\d{1,2} ${MONTHS_PL}`, `${W_START}do \\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`],
  ru: [`${W_START}в течени[еи] (?:суток|\\d+ (?:минут|час|дн|сут|недел|месяц)\\p{L}*)(?![^.]{0,30}(?:обжал|апелляц|оспор))`, `${W_START}до \\d{1,2} ${MONTHS_RU}`, `${W_START}(?:снимается|будет снят\\p{L}*|истекает|закончится) [^.]{0,20}\\d`],
  uk: [`${W_START}(?:протягом|впродовж) (?:доби|\\d+ (?:хвилин|годин|дн|тижн|місяц)\\p{L}*)(?![^.]{0,30}(?:оскарж|апеляц))`, `${W_START}до \\d{1,2} ${MONTHS_UK}`],
  vi: [`${W_START}tạm (?:khóa|khoá|đình chỉ|ngưng|ngừng|dừng|cấm|giữ|hạn chế)${W_END}`, `${W_START}(?:đến|cho đến) (?:hết )?ngày \\d{1,2}`],
};

/** Words for another account, per language (for "linked to another account"). */
const ACCOUNT = {
  en: '(?:accounts?|channels?|profiles?)',
  de: '(?:konto|konten|account|accounts|kanal|profil)',
  fr: '(?:comptes?|chaînes?|profils?)',
  es: '(?:cuentas?|canal|canales|perfil(?:es)?)',
  it: '(?:account|canal[ei]|profil[oi])',
  pt: '(?:contas?|canal|canais|perfil|perfis)',
  nl: '(?:account|accounts|kanaal|profiel)',
};

/**
 * N5: the facts relied on, beyond "you posted": the account linked to another
 * (banned) account, what the user failed to provide, doing too much too fast,
 * and offering or selling something in particular. Not inside "if you …".
 */
export const CONDUCT_MORE: Family = {
  en: [
    stated(`${W_START}(?:linked|associated|connected|related) (?:to|with) (?:an?|another|one or more|other|several|multiple|a previously) (?:\\p{L}+ ){0,2}?${ACCOUNT.en}${W_END}`),
    stated(`${W_START}you (?:did not|didn't|have not|haven't|failed to|were unable to|did not yet) (?:\\p{L}+ )?(?:provide|submit|upload|send|verify|complete|respond)`),
    stated(`${W_START}you (?:have )?(?:sent|posted|followed|liked|made|created|added|invited|shared|commented on|unfollowed) (?:too many|a large number of|an unusually (?:high|large) number of|many \\p{L}+ in a short)`),
    stated(`${W_START}too many (?:\\p{L}+ ){1,2}in a short (?:time|period)`),
    stated(`${W_START}you (?:are|were|have been) (?:offering|selling|listing|advertising|promoting|distributing|reselling)${W_END}`),
  ],
  de: [
    stated(`${W_START}(?:verknüpft|verbunden|in verbindung (?:steht|stehen)|zusammenhängt) (?:mit|zu) (?:einem|einer|anderen|mehreren|weiteren) (?:\\p{L}+ ){0,2}?${ACCOUNT.de}${W_END}`),
    stated(`${W_START}mit (?:einem|einer|anderen|mehreren|weiteren) (?:\\p{L}+ ){0,2}?${ACCOUNT.de} (?:verknüpft|verbunden)${W_END}`),
    stated(`${W_START}(?:sie haben|du hast) [^.]{0,30}(?:nicht|keine)[^.]{0,60}(?:eingereicht|vorgelegt|hochgeladen|bereitgestellt|übermittelt|eingesendet|nachgewiesen)`),
    stated(`${W_START}(?:sie haben|du hast) (?:\\p{L}+ ){0,3}zu viele`),
    stated(`${W_START}(?:sie bieten|du bietest|sie verkaufen|du verkaufst) `),
  ],
  fr: [
    stated(`${W_START}(?:lié|liée|associé|associée|relié|reliée|rattaché|rattachée)s? (?:à|a) (?:un|une|d'autres|plusieurs|un autre) (?:\\p{L}+ ){0,2}?${ACCOUNT.fr}${W_END}`),
    stated(`${W_START}(?:vous n'avez|tu n'as) (?:pas|jamais) (?:\\p{L}+ )?(?:fourni|envoyé|soumis|transmis|téléchargé|téléversé|répondu|confirmé|vérifié)`),
    stated(`${W_START}(?:vous avez|tu as) (?!reçu)(?:\\p{L}+ ){0,2}trop de`),
    stated(`${W_START}(?:vous proposez|vous vendez|tu proposes|tu vends)${W_END}`),
  ],
  es: [
    stated(`${W_START}(?:vinculad|asociad|relacionad|conectad)[oa]s? (?:a|con) (?:una|otra|otras|varias|un|otro) (?:\\p{L}+ ){0,2}?${ACCOUNT.es}${W_END}`),
    stated(`${W_START}no (?:has|ha|han) (?:\\p{L}+ )?(?:enviado|proporcionado|presentado|subido|aportado|facilitado|respondido|verificado)`),
    stated(`${W_START}no (?:enviaste|proporcionaste|presentaste|subiste|aportaste)${W_END}`),
    stated(`${W_START}(?:enviaste|publicaste|seguiste|has enviado|has publicado|has seguido|envió|publicó) demasiad`),
    stated(`${W_START}(?:estás|está|estabas) (?:vendiendo|ofreciendo|anunciando|revendiendo)`),
  ],
  it: [
    stated(`${W_START}(?:collegat|associat|connes|legat)[oaie]? (?:a|ad|con) (?:un|uno|altri|altro|uno o più) (?:\\p{L}+ ){0,2}?${ACCOUNT.it}${W_END}`),
    stated(`${W_START}non (?:hai|ha|avete) (?:\\p{L}+ )?(?:fornito|inviato|presentato|caricato|risposto|verificato)`),
    // not "hai ricevuto troppe segnalazioni": receiving reports is not the user's conduct (the origin, N6)
    stated(`${W_START}(?:hai|ha) (?!ricevut)(?:\\p{L}+ ){0,2}tropp[ie]`),
    stated(`${W_START}(?:stai|sta) (?:vendendo|offrendo|pubblicizzando|rivendendo)`),
  ],
  pt: [
    stated(`${W_START}(?:vinculad|associad|relacionad|ligad|conectad)[oa]s? (?:a|à|com) (?:uma|outra|outras|várias|um|outro) (?:\\p{L}+ ){0,2}?${ACCOUNT.pt}${W_END}`),
    stated(`${W_START}(?:você |vc )?não (?:enviou|forneceu|apresentou|carregou|respondeu|verificou|enviaste|forneceste)`),
    stated(`${W_START}(?:você )?(?:enviou|publicou|seguiu|fez|enviaste) (?:muitas|muitos|demasiad)`),
    stated(`${W_START}(?:está|estás) (?:vendendo|oferecendo|anunciando|a vender|a oferecer)`),
  ],
  nl: [
    stated(`${W_START}(?:gekoppeld|verbonden|gelinkt|geassocieerd) (?:aan|met) (?:een|ander|andere|meerdere) (?:\\p{L}+ ){0,2}?${ACCOUNT.nl}${W_END}`),
    stated(`${W_START}(?:je hebt|u hebt|u heeft|jij hebt) [^.]{0,40}niet [^.]{0,20}(?:ingediend|aangeleverd|verstrekt|geüpload|verzonden|ingestuurd)`),
    stated(`${W_START}(?:je hebt|u hebt|u heeft) (?:\\p{L}+ ){0,2}te veel`),
  ],
  ja: [
    'アカウント(?:と|に)(?:関連|紐づ|紐付|リンク)',
    '(?:書類|資料|情報|証明書|ドキュメント)[^。]{0,10}(?:が|を)?(?:提出|提供|アップロード)(?:されていません|されませんでした|いただけませんでした|がありませんでした|いただいておりません)',
    '短時間に[^。]{0,20}(?:多く|大量|多数|たくさん)',
    '(?:偽造品|偽物|模倣品|コピー品|海賊版)[^。]{0,10}(?:出品|販売)',
  ],
  zh: ['(?:与|與)[^。]{0,12}(?:账号|帳號|账户|帳戶)(?:存在)?(?:关联|關聯)', '(?:您|你)(?:未|没有|沒有|未能)(?:按要求)?(?:提交|提供|上传|上傳)', '短(?:时间|時間)(?:内|內)[^。]{0,10}(?:大量|过多|過多|频繁|頻繁)', '(?:销售|銷售|出售|售卖|售賣)(?:假冒|仿冒)'],
  ko: ['계정과 (?:연결|연관|관련)', '(?:서류|자료|정보|문서)[^.]{0,10}(?:제출|제공|업로드)(?:하지 않|되지 않)', '짧은 시간(?:에|에 너무|동안)[^.]{0,15}(?:많은|너무)'],
  id: [
    stated(`${W_START}(?:terkait|terhubung|tertaut|dikaitkan) dengan (?:akun|sebuah akun|beberapa akun)`),
    stated(`${W_START}anda (?:tidak|belum) (?!dapat|bisa|boleh|akan)(?:\\p{L}+ )?(?:mengirimkan|mengirim|memberikan|menyerahkan|mengunggah|melengkapi)`),
    stated(`${W_START}(?:mengirim|memposting|mengikuti|menyukai|membagikan) terlalu banyak`),
  ],
  tr: [`${W_START}hesap(?:la|larla|lar ile| ile) (?:bağlantılı|ilişkili|ilişkilendirilmiş)`, `${W_START}(?:(?:gönder|ilet|yükle)medi(?:niz|n)|(?:sağla|sun)madı(?:nız|n))${W_END}`, `${W_START}çok fazla [^.]{0,20}(?:gönderdin|paylaştın|takip ettin|beğendin)`],
  pl: [stated(`${W_START}(?:powiązan|połączon)\\p{L}* z (?:\\p{L}+ ){0,2}?(?:kontem|kontami)`), stated(`${W_START}nie (?:przesłał|dostarczył|przedstawił|wysłał|załączył)(?:eś|aś|eście|yście)`), stated(`${W_START}(?:wysłał|opublikował|obserwował|polubił)(?:eś|aś) (?:zbyt|za) (?:wiele|dużo)`)],
};

/**
 * N5: what the user used or named in particular: a third-party app or
 * automation ("you were using an unauthorised third-party app"), and the
 * username said to break a rule ("Your username impersonates …").
 */
export const CONDUCT_USED: Family = {
  en: [
    stated(`${W_START}(?:you (?:were|are|have been) using|you used|(?:appears?|seems?) to (?:be using|have used)) (?:an? |the )?(?:unauthori[sz]ed |unofficial )?(?:third-party (?:apps?|services?|tools?|software)|automation|automated (?:tools?|software|scripts?)|bots?|scripts?)${W_END}`),
    `${W_START}(?:your|the) (?:username|user name|display name|profile name) (?:\\p{L}+ ){0,2}?(?:violates|violated|impersonates|contains|is (?:not allowed|inappropriate|offensive)|does not comply)`,
  ],
  de: [stated(`${W_START}(?:du|sie) [^.]{0,30}drittanbieter[^.]{0,20}(?:verwendet|genutzt|benutzt)`), `${W_START}(?:dein|ihr) (?:benutzername|nutzername|anzeigename) (?:verstößt|enthält|ist unzulässig)`],
  fr: [stated(`${W_START}(?:vous utilisiez|vous avez utilisé|tu utilisais|tu as utilisé) (?:une |un )?(?:application|app|service|outil|logiciel)s? (?:tierce|tiers|non autoris)`), `${W_START}(?:votre|ton) nom d'utilisateur (?:enfreint|viole|contient|ne respecte)`],
  es: [stated(`${W_START}(?:usabas|usaste|utilizaste|utilizabas|estabas usando) (?:una |un )?(?:aplicaci[oó]n|app|servicio|herramienta)(?:es|s)? (?:de terceros|no autorizad)`), `${W_START}tu nombre de usuario (?:infringe|incumple|viola|contiene|no cumple)`],
  it: [`${W_START}il tuo nome utente (?:viola|contiene|non rispetta)`],
  pt: [stated(`${W_START}(?:você )?(?:usou|utilizou|estava usando|estava a usar) (?:um |uma )?(?:aplicativo|aplicação|app|serviço|ferramenta)s? (?:de terceiros|não autorizad)`), `${W_START}(?:seu|o seu|teu) nome de usuário (?:viola|contém|não cumpre)`],
  nl: [stated(`${W_START}(?:je hebt|u hebt|u heeft) [^.]{0,30}van derden [^.]{0,10}gebruikt`), `${W_START}(?:je|uw) gebruikersnaam (?:schendt|bevat|is in strijd)`],
  ja: ['サードパーティ(?:製)?(?:の)?(?:アプリ|ツール|サービス)[^。]{0,10}(?:使用|利用)(?:が確認|を確認|していた|された)', 'ユーザー(?:名|ネーム)[^。]{0,10}(?:違反|不適切|含まれ)'],
  zh: ['(?:使用|利用)(?:了)?(?:第三方|非官方)(?:应用|應用|软件|軟體|工具|插件|外挂|外掛)', '(?:用户名|用戶名|昵称|暱稱)[^。]{0,6}(?:违反|違反|包含|不符合)'],
  ko: ['(?:서드파티|제3자|비공식) (?:앱|애플리케이션|도구|서비스)[^.]{0,10}(?:사용|이용)', '(?:사용자 ?이름|닉네임)[^.]{0,10}(?:위반|포함|부적절)'],
  id: [stated(`${W_START}menggunakan (?:aplikasi|layanan|alat) (?:pihak ketiga|tidak resmi)`), `${W_START}nama pengguna anda (?:melanggar|mengandung)`],
  tr: [`${W_START}üçüncü taraf (?:uygulama|araç|hizmet)\\p{L}* kullan(?:dı|dığ|ıldığ)`, `${W_START}kullanıcı adınız [^.]{0,20}(?:ihlal|içeriyor)`],
  pl: [stated(`${W_START}(?:używał|korzystał)(?:eś|aś) z (?:aplikacji|narzędzi|usług)\\p{L}* (?:firm trzecich|innych firm|nieautoryzowan)`), `${W_START}twoja nazwa użytkownika (?:narusza|zawiera)`],
};

/** People who take moderation decisions, and what they did: "a moderator removed", "un modérateur a supprimé". */
export const AUTOMATION_MORE: Family = {
  en: [`${W_START}(?:a|an|the|our|one of our) (?:moderators?|administrators?|admins?|moderation team|reviewers?|safety team|trust (?:and|&) safety team) (?:has |have |had )?(?:\\p{L}+ly )?(?:removed|deleted|banned|suspended|blocked|hid|hidden|muted|locked|restricted|disabled|rejected|closed|took down|reviewed and)${W_END}`],
  de: [`${W_START}(?:ein|der|unser|eine|die) (?:moderator(?:in)?|administrator(?:in)?|admin|moderationsteam) (?:hat|haben) [^.]{0,40}?(?:entfernt|gelöscht|gesperrt|blockiert|ausgeblendet|stummgeschaltet|eingeschränkt|deaktiviert|abgelehnt|gebannt)`],
  fr: [`${W_START}(?:un|le|notre|une|la) (?:modérat(?:eur|rice)|administrat(?:eur|rice)|admin|équipe de modération) (?:a|ont) (?:\\p{L}+ )?(?:supprimé|retiré|banni|suspendu|bloqué|masqué|restreint|désactivé|rejeté|fermé|exclu)`],
  es: [`${W_START}(?:un|el|nuestro|una|la) (?:moderador(?:a)?|administrador(?:a)?|admin|equipo de moderación) (?:ha |han )?(?:eliminó|eliminado|retiró|retirado|bloqueó|bloqueado|suspendió|suspendido|ocultó|ocultado|restringió|restringido|desactivó|desactivado|rechazó|rechazado|expulsó|expulsado|baneó|baneado|borró|borrado)${W_END}`],
  it: [`${W_START}(?:un|il|nostro|una|la|l') ?(?:moderat(?:ore|rice)|amministrat(?:ore|rice)|admin|team di moderazione) (?:ha|hanno) (?:\\p{L}+ )?(?:rimosso|eliminato|bannato|sospeso|bloccato|nascosto|limitato|disattivato|rifiutato|espulso|cancellato)`],
  pt: [`${W_START}(?:um|o|nosso|uma|a) (?:moderador(?:a)?|administrador(?:a)?|admin|equipe de moderação|equipa de moderação) (?:\\p{L}+ )?(?:removeu|excluiu|apagou|baniu|suspendeu|bloqueou|ocultou|restringiu|desativou|rejeitou|expulsou)${W_END}`],
  nl: [`${W_START}(?:een|de|onze) (?:moderator|beheerder|admin|beheerders|moderators) (?:heeft|hebben) [^.]{0,40}?(?:verwijderd|geblokkeerd|verbannen|geschorst|verborgen|beperkt|gedeactiveerd|afgewezen|gebanned)`],
  ja: ['(?:モデレーター|管理者|運営(?:チーム|者)?|スタッフ|担当者)が[^。]{0,20}(?:削除|停止|凍結|制限|ブロック|非表示|BAN|ban|却下|追放)'],
  zh: ['(?:管理员|管理員|版主|审核员|審核員)(?:已)?[^。]{0,10}(?:删除|刪除|封禁|屏蔽|禁言|限制|下架|移除)'],
  id: [`${W_START}(?:moderator|admin|administrator) (?:telah |sudah )?(?:menghapus|memblokir|menangguhkan|membatasi|menyembunyikan|menonaktifkan|mengeluarkan|menolak)${W_END}`],
  tr: [`${W_START}(?:bir |bu )?(?:moderatör|yönetici|yönetim ekibi)[^.]{0,30}(?:kaldırdı|sildi|askıya aldı|engelledi|yasakladı|kısıtladı|gizledi|reddetti)`],
  pl: [`${W_START}(?:moderator(?:ka)?|administrator(?:ka)?|admin) (?:\\p{L}+ )?(?:usunął|usunęła|zablokował|zablokowała|zawiesił|zawiesiła|ukrył|ukryła|wyciszył|wyciszyła|zbanował|zbanowała|ograniczył|ograniczyła|odrzucił|odrzuciła)`],
  ru: [`${W_START}автоматизированн\\p{L}*`, `${W_START}автоматическ\\p{L}* (?:процесс|решени|режим)\\p{L}*`, `${W_START}(?:модератор|администратор)\\p{L}* (?:\\p{L}+ )?(?:удалил|заблокировал|ограничил|скрыл|забанил|отклонил)\\p{L}*`],
  uk: [`${W_START}автоматизован\\p{L}*`, `${W_START}(?:модератор|адміністратор)\\p{L}* (?:\\p{L}+ )?(?:видалив|заблокував|обмежив|приховав|забанив|відхилив)\\p{L}*`],
  vi: [`${W_START}(?:quản trị viên|người kiểm duyệt|ban quản trị) (?:đã )?(?:xóa|xoá|khóa|khoá|chặn|ẩn|cấm|gỡ)${W_END}`],
};

/** N6: the platform's own system as the origin (singular too), "based on reports", Vietnamese "bị … báo cáo". */
export const ORIGIN_MORE: Family = {
  en: [`${W_START}(?:following|due to|because of|in response to|as a result of|under) (?:a |an )?(?:court order|government request|legal request|law enforcement request|request from (?:a |the )?(?:court|authorit\\p{L}+|government))${W_END}`, `${W_START}(?:our|the) (?:automated )?system (?:has )?(?:flagged|detected|identified)${W_END}`, `${W_START}based on (?:\\p{L}+ ){0,2}reports${W_END}`, `${W_START}we (?:have )?(?:identified|discovered) (?:activity|content|behaviou?r|posts?|that)${W_END}`],
  vi: [`${W_START}bị [^.]{0,25}báo cáo`],
};

/** N10: Chinese "复议" (reconsideration), the formal word for asking a decision to be reviewed again. */
export const REDRESS_MORE: Family = {
  zh: ['(?:提交|申请|申請|提出)(?:复议|復議)', '(?:复议|復議)(?:申请|申請)'],
  // the imperative on a button or link: "Request review", "Demander un examen", "Solicita una revisión"
  imperative: [
    `${W_START}request (?:a |another |a new )?review${W_END}`,
    `${W_START}demander un (?:nouvel )?examen${W_END}`,
    `${W_START}richiedi (?:una )?(?:nuova )?revisione${W_END}`,
    `${W_START}solicita (?:una )?(?:nueva )?revisión${W_END}`,
    `${W_START}(?:solicite|solicitar|peça|pedir) (?:uma )?(?:nova )?(?:análise|revisão)${W_END}`,
    `${W_START}(?:vraag|aanvragen) (?:een )?(?:nieuwe )?beoordeling|beoordeling aanvragen${W_END}`,
    `${W_START}(?:erneute |neue )?(?:prüfung|überprüfung) (?:anfordern|beantragen)${W_END}`,
    '(?:재)?검토(?:를)? 요청',
  ],
};

/** N14: "30 Tage Zeit, um Einspruch einzulegen". */
export const APPEAL_WINDOW_MORE: Family = {
  de: [`${W_START}\\d+ (?:tage|wochen|monate) zeit,? (?:um )?[^.]{0,40}(?:einspruch|widerspruch|beschwerde|anfecht|überprüfung)`],
};

/** N15: "Reference: ABC-123", 案例编号. */
export const REFERENCE_MORE: Family = {
  en: [`${W_START}(?:reference|ref\\.?)\\s?[:#]\\s?[\\w-]*\\d[\\w-]{3,}`],
  zh: ['(?:案例|工单|工單|申诉|申訴)(?:编号|編號|号|號)'],
};

/** Words for the instrument a numbered clause belongs to (terms, agreement, guidelines, rules). */
const INSTRUMENT =
  '(?:terms|agreement|conditions|policy|policies|guidelines|rules|standards|nutzungsbedingungen|bedingungen|agb|vereinbarung|vertrag|richtlinien|conditions d|règles|règlement|charte|condiciones|términos|normas|reglas|acuerdo|contrato|condizioni|termini|regole|norme|accordo|contratto|termos|condições|regras|diretrizes|acordo|contrato|voorwaarden|regels|richtlijnen|overeenkomst|ketentuan|perjanjian|pedoman|aturan|koşul\\p{L}*|sözleşme\\p{L}*|kural\\p{L}*|regulamin\\p{L}*|umow\\p{L}*|zasad\\p{L}*)';

/**
 * N9: a numbered clause of a named instrument ("Section 3 of the Business
 * Solutions Agreement", "§ 5 unserer Nutzungsbedingungen", 規約第5条,
 * 제3조), not a section of a help page. Also the ground named with what the
 * user offered ("selling counterfeit items") and more topics.
 */
export const NAMED_RULE_MORE: Family = {
  latin: [
    `${W_START}(?:section|clause|article|art\\.|artikel|artículo|articolo|artigo|ziffer|abschnitt|absatz|paragraph|paragraphe|punkt|punto|pasal|madde|sección|sezione|secção|seção|§)\\s?\\d+(?:\\.\\d+)*(?:\\s?\\(\\w\\))?[^.]{0,30}?${INSTRUMENT}`,
    `${INSTRUMENT}\\p{L}* \\d+\\. madde`,
  ],
  cjk: ['(?:規約|契約|ガイドライン|ポリシー|規定|规范|規範|公约|公約|条款|條款|协议|協議|准则|準則|规则|規則)[^。.]{0,20}第\\s?\\d+\\s?(?:条|條|項|项|節|节|款)', '(?:약관|가이드라인|정책|규정|운영원칙|계약)[^.]{0,10}제\\s?\\d+\\s?(?:조|항)'],
};

/** More topics of rules (N9, every language's "policy on X"): pornography and counterfeits. */
export const TOPIC_MORE = ['porn', 'gefälscht', 'fälschung', 'contrefa', 'falsificad', 'falsificaci', 'contraffa', 'namaak', 'nagemaakt', 'podróbk', 'podrobion', 'sahte ürün', '偽造', '偽物', '模倣品', '假冒', '仿冒', '위조'];

/** N9: a topic named as what the user offered or sold ("because you are selling counterfeit items"). */
export const OFFERED_TOPIC = `${W_START}(?:offering|selling|listing|advertising|promoting|distributing|reselling|verkaufen|anbieten|vendez|proposez|vendiendo|ofreciendo|vendendo|offrendo|oferecendo) (?:[\\p{L}-]+ ){0,2}?`;

/** Inability, a platform action and "right now" in one sentence, per language: the action block. */
const blocked = (neg: string, verb: string, now: string, negWord = '') =>
  [
    stated(`${W_START}${neg}[^.]{0,40}?${negWord}[^.]{0,30}?${verb}[^.]{0,40}?${now}`),
    stated(`${W_START}${now}[^.]{0,40}?${neg}[^.]{0,40}?${negWord}[^.]{0,30}?${verb}`),
    stated(`${W_START}${neg}[^.]{0,10}?${now}[^.]{0,20}?${negWord}[^.]{0,30}?${verb}`),
  ];

/**
 * N1: "You can't post right now" and its kin: the notice of an action block
 * (the rules count "can't use this feature" as the measure). The time word
 * ("right now", "im Moment", "pour le moment") tells it from a help page's
 * "you can't post if …", and no condition may open the sentence.
 */
export const ACTION_BLOCK: Family = {
  en: blocked('(?:you )?(?:can\'t|cannot|can not|are unable to|aren\'t able to|are not able to|won\'t be able to)', '(?:post|comment|like|follow|message|send|upload|share|go live|stream|create|edit|reply|react|tag|mention)', '(?:right now|at the moment|at this time|currently|for now|temporarily|for the time being)'),
  de: blocked('(?:kannst|können)', '(?:posten|kommentieren|veröffentlichen|hochladen|senden|schicken|folgen|teilen|liken|streamen|antworten)', '(?:im moment|derzeit|momentan|zurzeit|aktuell|vorübergehend|vorerst)', '(?:nicht|keine?n?)'),
  fr: blocked('(?:ne pouvez (?:pas|plus)|ne peux (?:pas|plus)|ne pourrez pas|impossible de)', '(?:publier|commenter|aimer|suivre|envoyer|partager|télécharger|mettre en ligne|diffuser|répondre)', '(?:pour le moment|pour l\'instant|actuellement|temporairement|en ce moment)'),
  es: blocked('(?:no puedes|no puede|no podrás|no es posible)', '(?:publicar|comentar|seguir|enviar|compartir|subir|dar me gusta|transmitir|responder)', '(?:en este momento|por ahora|temporalmente|actualmente|de momento|por el momento)'),
  it: blocked('(?:non puoi|non può|non potrai)', '(?:pubblicare|commentare|seguire|inviare|condividere|caricare|mettere mi piace|rispondere)', '(?:al momento|per ora|temporaneamente|attualmente|in questo momento|per il momento)'),
  pt: blocked('(?:não pode|não podes|não poderá|não é possível)', '(?:publicar|comentar|seguir|enviar|compartilhar|partilhar|carregar|curtir|responder)', '(?:no momento|neste momento|por enquanto|temporariamente|atualmente|de momento)'),
  nl: blocked('(?:je kunt|u kunt|kun je|kunt u|jij kunt)', '(?:plaatsen|posten|reageren|volgen|versturen|sturen|delen|uploaden|liken)', '(?:momenteel|op dit moment|tijdelijk|voorlopig)', '(?:geen|niet)'),
  ko: ['(?:지금은|현재|일시적으로)[^.]{0,20}(?:게시|댓글|팔로우|좋아요|메시지|업로드|공유|라이브)[^.]{0,8}(?:할 수 없|하실 수 없|불가)'],
  tr: [`${W_START}(?:şu anda|şu an|geçici olarak|şimdilik)[^.]{0,30}(?:paylaşamaz|gönderemez|yorum yapamaz|takip edemez|beğenemez|yükleyemez)`],
  pl: blocked('nie (?:możesz|może|można)', '(?:publikować|opublikować|komentować|obserwować|wysyłać|udostępniać|przesyłać|polubić|odpowiadać)', '(?:teraz|obecnie|chwilowo|tymczasowo|w tej chwili)'),
  id: blocked('(?:tidak dapat|tidak bisa)', '(?:memposting|mengirim|berkomentar|mengomentari|mengikuti|membagikan|mengunggah|menyukai|membalas)', '(?:saat ini|untuk sementara|sementara waktu|sekarang)'),
};

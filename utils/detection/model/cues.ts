import { ACTION_WORDS, CONTENT_REMOVAL } from '../verbs';
import { SECOND_PERSON } from '../persons';

/**
 * Cross-language cues for the learned model: the *shape* of a notice rather
 * than one source's wording. A notice puts an enforcement word in the same
 * sentence as the reader ("you", "your" in many languages), an account or a
 * piece of content, and a rule; a letter opens with a greeting and ends with
 * an appeal; a look-alike narrates in the first or third person, explains
 * with "if/when", lists steps, or reports a deletion the user asked for.
 * These hold across platforms and languages where n-grams of one language
 * cannot, so a Turkish or Swedish notice still shows the notice's shape.
 *
 * Plain alternations without \p{…} classes or look-behinds: compiling them is
 * cheap on the first pass in a page.
 */

// A letter of the alphabetic scripts (lower-case text): `\b` alone knows only ASCII.
const L = '[0-9a-z_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff]';
/** Whole words of alphabetic scripts, or substrings of CJK and other scripts (`words`, `substrings`). */
const wordsOr = (words: string, substrings = '') => new RegExp(`(?<!${L})(?:${words})(?!${L})${substrings ? `|${substrings}` : ''}`);

// Locks count here too: a quoted 「…ロックされています」 is as much a notice's words as a suspension.
const ACTION = new RegExp(ACTION_WORDS.map((a) => a.re.source).join('|') + '|' + CONTENT_REMOVAL.source + '|locked|ロック|锁定|鎖定|잠금|잠겼|제한되|중단되|정지되|차단되|จำกัด|จํากัด|ระงับ|ถูกบล็อก' +
  // Chat moderation (Twitch, Discord, YouTube live chat): a timeout is a short ban from one channel's chat
  // (not "the request timed out": someone must be timed out).
  "|(?:been|are|were|got|you're|you) timed out|timed out (?:for|from)|not in good standing|chat ban|banned from (?:the )?chat|チャットでタイムアウト|타임아웃");

const ACCOUNT_NOUN = /(account|konto|compte|cuenta|conta\b|akun|аккаунт|учетн|учётн|обліков|акаунт|hesab|tài khoản|บัญชี|계정|アカウント|账号|帐号|账户|帐户|帳號|帳戶|帐戶|channel|kanal|chaîne|canale?\b|profil|perfil|profilo|fiók|účet|cont\b|λογαριασμ|حساب|shop|boutique|tienda|loja|negozio|winkel|ショップ|店铺|page\b|seite|página|pagina|hesap|tili|tilin|tiliä|účt|contul|contului|профил|профіл|страниц|сторінк|канал|حسابك|حساب کاربری|fiókj|계좌|帳户|アカウント|用户名)/;

const CONTENT_NOUN = /(\bpin\b|\bpins\b|post|video|vídeo|vidéo|comment|kommentar|kommentti|kommentaar|comentari|commento|komentar|komentarz|hozzászólás|yorum|коммент|коментар|bình luận|댓글|コメント|评论|評論|留言|beitrag|publicaci|publicaç|pubblicazion|publication|bericht|wpis|gönderi|публикаци|bài viết|게시물|投稿|帖子|貼文|動画|视频|視頻|影片|listing|annonce|anuncio|anúncio|annuncio|inserat|anzeige|angebot|artikel|blog|review|reseña|bewertung|avis|recensione|avaliação|beoordeling|opinia|ulasan|отзыв|レビュー|评价|評價|리뷰|note|notiz|nota|tweet|reel|story|foto|photo|image|bild|imagen|immagine|imagem|afbeelding|zdjęci|görsel|фото|사진|写真|照片|圖片|ピン|图钉|contenu|contenido|conteúdo|contenuto|inhalt|inhoud|treść|içerik|контент|nội dung|콘텐츠|コンテンツ|内容|內容|content|upload|live|ライブ|直播|inlägg|innlegg|opslag|julkaisu|bejegyzés|videó|tartalom|příspěv|komentář|príspev|komentár|пост|видео|запис|сообщени|допис|відео|paylaşım|postare|σχόλι|ανάρτησ|منشور|تعليق|فيديو|محتوى|postingan|unggahan|konten|동영상|영상|作品|稿件|笔记|筆記)/;

const RULE_WORD = /(violat|viola|breach|incumpl|regla|infracci|infraç|infraction|infrazion|schend|verstöß|términos|against our|infring|verstoß|verstoss|verstößt|verstoßen|gegen unsere|richtlinie|regel|guideline|standards|rules|policy|policies|polic|terms|nutzungsbedingungen|bedingungen|règle|règlement|conditions|normas|normes|política|políticas|norme|regole|linee guida|termini|diretrizes|regras|termos|richtlijn|voorwaarden|overtre|regulamin|zasad|narusz|pedoman|ketentuan|kebijakan|melanggar|нарушени|нарушил|правил|порушен|ihlal|kural|vi phạm|quy tắc|chính sách|ละเมิด|นโยบาย|위반|정책|가이드라인|違反|規約|ガイドライン|ポリシー|ルール|违反|違規|违规|规定|規定|准则|準則|政策|انتهاك|مخالف|قواعد|سياس|porušen|pravidl|megsért|irányelv|încălc|regul|bryter|brutit|bröt|retningslinjer|riktlinjer|rikkonut|sääntö|κανόν|παραβ|spam|fraud|harass|hate|copyright|urheberrecht|droits d'auteur|derechos de autor|direitos autorais|diritto d'autore|著作権|版权|版權)/;

// Greetings that open a letter; an e-mail notice nearly always has one.
const GREETING = new RegExp(`^(?:hi|hello|hey|dear|greetings|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|cher|chère|hola|estimad[oa]s?|olá|ola|oi|prezad[oa]|caro|cara|gentile|ciao|salve|beste|geachte|dzień dobry|witaj|halo|hai(?= ?[,!]| [^\\s,]{1,30}[,!])|yth|merhaba|здравствуйте|привет|xin chào)(?!${L})|^(?:안녕하세요|こんにちは|拝啓|您好|你好|親愛的|亲爱的)|^[^\\n.!?。]{0,40}(?:様|さん|さま)[、,\\s]`);
// A greeting after a subject line that ran into it ("… on your appeal Hi Karel Test, We have reviewed…"): a greeting
// word, up to four words of a name, then a comma or a colon, near the start. Not "hai", "oi", "ola", "cara", "caro":
// they are words of Italian and Portuguese sentences too.
const GREETING_INSIDE = new RegExp(`(?<!${L})(?:hi|hello|dear|hallo|hola|olá|bonjour|ciao|salve|guten tag|beste|geachte|witaj|merhaba|здравствуйте|xin chào)(?:\\s+[^\\s,.:!?]{1,30}){0,4}\\s*[,:]`);
// A formal "your" at the start of a sentence ("Su cuenta %{acct} ha sido suspendida", "Sua conta", "Ihr Konto"):
// the account named after it is the reader's, not someone else's.
const FORMAL_YOUR_ACCOUNT = /(?:^|[.!?。]\s*|\n)(?:su|sua|seu|ihr|uw|votre) (?:cuenta|conta|konto|compte|account|perfil|profil|canal|kanal)/;
// "As you may know", "Como tal vez ya sepas", "Come forse saprai": a letter's courtesy, no guess about what happened.
const COURTESY_HEDGE = /(as you (?:may|might) (?:already )?know|como (?:tal vez|quizás?) (?:ya )?sepas|come forse (?:già )?sa\S*|wie (?:du|sie) vielleicht (?:schon )?(?:weißt|wissen)|comme vous le savez peut-être|como talvez (?:você )?(?:já )?saiba|(?:this|that) is (?:probably|likely) disappointing)/g;
// The door out of a decision: appeal, disagree, review.
const APPEAL = /(appeal|disagree|request a review|einspruch|widerspruch|überprüfung beantragen|faire appel|contester|recours|apelar|apelación|apelação|recurso|recorrer|ricorso|fare appello|contestare|bezwaar|beroep|odwołani|banding|ajukan|itiraz|обжал|апелляци|оскарж|kháng nghị|khiếu nại|이의 제기|異議申し立て|異議|再審査|申诉|申訴|复审|復審|استئناف|اعتراض|odvolání|fellebbez|contestație|överklaga|klage|valitus|έφεση)/;
// "If you think we made a mistake": the appeal clause of a notice, not a help page's "if".
const MISTAKE = /(mistake|in error|wrong|irrtum|fehler|erreur|error|errore|engano|equívoco|fout|vergissing|błąd|pomyłk|kesalahan|keliru|hata|ошибк|помилк|tévedés|misstag|fejl|feil|virhe|chyba|greșeal|λάθος|nhầm|誤り|間違|错误|錯誤|误判|誤判|실수|오류|خطأ|اشتباه)/;
// "If applicable", "if any": a clause of the notice's own details, not a help page's "if".
const IF_APPLICABLE = /(if applicable|if any|where applicable|falls zutreffend|gegebenenfalls|le cas échéant|si procede|si corresponde|si aplica|se aplicável|se applicabile|indien van toepassing|jika ada|jika berlaku|該当する場合|如适用|如適用)/g;
// A result the user asked for: "deleted successfully".
const SUCCESS = /(successfully|erfolgreich|avec succès|correctamente|con éxito|exitosamente|satisfactoriamente|com sucesso|com êxito|con successo|succesvol|met succes|pomyślnie|z powodzeniem|berhasil|başarıyla|успешно|thành công|sikeresen|framgångsrikt|onnistuneesti|cu succes|úspěšně|vellykket|성공적으로|正常に|しました。ご利用ありがとう|ご利用ありがとうございました|成功|thank you for using|danke für|merci d'avoir|gracias por usar|obrigado por usar|grazie per aver|you(?:'ve| have)? blocked|du hast \S+ blockiert|vous avez bloqué|has bloqueado|você bloqueou|hai bloccato|zablokowałeś|anda telah memblokir|engellediniz|вы заблокировали|ブロックしました|你已屏蔽|你已封鎖|차단했습니다|görüşmek üzere|vi ses|à bientôt|hasta pronto|bis bald|até logo|a presto|tot ziens|do zobaczenia|sampai jumpa|до встречи|またね|change your mind|changed your mind|meggondolod|umentscheid|changez d'avis|cambias de opinión|cambia de opinión|mudar de ideia|mudares de ideias|cambi idea|van gedachten verandert|zmienisz zdanie|berubah pikiran|fikrini değiştir|передумаете|передумаєте|ångrar dig|fortryder|ombestemmer deg|muutat mielesi|気が変わ|改变主意|改變主意|마음이 바뀌|sorry to see you go|sad to see you go|schade, dass du gehst|traurig, dich gehen zu sehen|désolés de vous voir partir|tristes de vous voir partir|lamentamos verte partir|sentimos verte partir|triste em ver você partir|que pena ver você|ci dispiace vederti andare|jammer dat je vertrekt|przykro nam, że odchodzisz|sayang sekali anda harus pergi|sedih melihat anda pergi|ayrıldığınız için üzgünüz|жаль, что вы уходите|退会|解約|を削除しました|の削除が完了|削除が完了しました|注销成功|註銷成功|已注销|已註銷|탈퇴)/;
// An action undone: lifted, reinstated, restored (the rules' restoration vetoes know fewer languages).
const RESTORED = wordsOr('lifted|unbanned|unsuspended|unblocked|reinstated|restored|reactivated|aufgehoben|wiederhergestellt|entsperrt|reaktiviert|levée?|rétabli|réactivé|levantad[ao]|restablecid[ao]|restaurad[ao]|reactivad[ao]|reativad[ao]|suspensão foi removida|revogad[ao]|ripristinat[ao]|riattivat[ao]|revocat[ao]|hersteld|opgeheven|przywrócon[eya]|zniesion[ea]|dipulihkan|diaktifkan kembali|dibuka kembali|(?:yasak|askı|engel)(?:ı|i)? kaldırıldı|geri yüklendi|восстановлен[ао]?|разблокирован[ао]?|khôi phục|hävts|hävd|opphevet|ophævet|снят[ао]|знят[ао]|reactivat|kumottu|feloldva|obnoven[oa]?', '해제|복구|복원|解除|復旧|復活|回復|恢复|恢復|解封|解禁|已撤销|已撤銷|odbanowan|odblokowan|odwieszon|pulihkan|पुनः सक्रिय|बहाल|เปิดใช้งานแล้ว|ปลดล็อก');
// "Will be restored after two weeks", "may only be restored upon appeal": part of the measure, not a restoration.
const FUTURE = wordsOr('may|might|can|could|only|upon|once|kann|können|peut|pourra|puede|podrá|pode|poderá|può|potrà|kan|mogą|może|dapat|bisa|will|wird|werden|sera|seront|será|serán|sarà|saranno|zal|zullen|zostanie|akan|olacak|будет|sẽ|automatically|automatisch|automatiquement|automáticamente|automaticamente|until|bis|jusqu|hasta|até|fino a|tot', 'されます|される予定|将会|將會|将被|將被|될 예정|됩니다|时间|時間|日期|日時|予定|まで|후에|이후');
// Explaining what happens in general: conditionals and generic subjects.
// Not bare "se" (a reflexive in Spanish and Portuguese, "it" in Finnish), "ha" ("has" in Spanish and Italian)
// "om" ("about" in Danish and Norwegian) or "als" ("as" in German): they made every such sentence look conditional.
const CONDITIONAL = wordsOr('if|when|whenever|wenn|falls|sobald|si|cuando|se (?:o|os|a|as|você|vocês|seu|sua|seus|suas|il|lo|i|gli|tu|tuo|tua|un|una|um|uma|hai|non|ci|for|houver|qualcuno|alguém)|quando|als (?:je|jij|u|jouw|uw|er|het|een|iemand)|wanneer|jeśli|gdy|jika|apabila|ketika|eğer|если|khi|nếu|om (?:du|ditt|din|dina|ni)|jos|dacă|αν|in case of|in the event|op het moment dat|in het geval|im fall(?:e)?|au cas où|en caso de|en el caso de|no caso de|nel caso|qualora|w przypadku|kiedy|dalam hal|durumunda|halinde|в случае|когда|у разі|якщо|коли|trong trường hợp|ifall|hvis|dersom|pokud|jestliže|ak sa|amennyiben|în cazul|εάν|όταν|σε περίπτωση', '場合|ときは|と、|もし|如果|若是|一旦|إذا|当你|當你|当您|當您|当账号|當帳號|时,|時,|时，|時，|若在|若您|若你|假如|만약|경우|たら、|れば、|หาก|ถ้า|यदि|अगर|في حال|عندما');
// Someone else's story: third-person subjects and reporting verbs.
// German "er" only before a verb: alone it is "is/are" in Danish and Norwegian.
const THIRD_PERSON = wordsOr('he|she|they|his|her|their|users|people|creators|accounts|many|er (?:wurde|hat|ist|war|hatte|sagt|sagte|schreibt)|ihm|nutzer|benutzer|ils|elles|utilisateurs|ellos|usuarios|usuários|eles|elas|loro|utenti|hij|zij|gebruikers|oni|użytkownicy|mereka|pengguna|kullanıcılar|они|пользователи', '彼|彼女|ユーザーが|ユーザーの|ユーザーに|お客様に|多くの|他们|他們|用户们|用戶們|网友|網友|客户|客戶|用户的|用戶的');
// "To protect our users": the platform speaking of its users is no third-person story.
const OUR_USERS = /(?:our|nos|nuestros|nossos|i nostri|unsere|unseren|unserer|onze|naszych|våra|vores|våre|meidän) (?:users|utilisateurs|usuarios|usuários|utenti|nutzer\*?(?:innen)?|gebruikers|użytkowników|användare|brugere|brukere|käyttäjiämme|community)|(?:all|todos os|todos los|todas as|tous les|alle|tutti gli|wszystkich) (?:\S+ )?(?:users|usuários|usuarios|utilisateurs|nutzer\*?(?:innen)?|utenti|gebruikers|użytkowników)|(?:pengguna kami|kullanıcılarımız|наших пользователей|наших користувачів|felhasználóinkat|uživatele|사용자를|ユーザーを|用户免受|用戶免受)/g;
// The platform's purpose clause for a measure it took: "to protect our users / our community", "zum Schutz unserer Nutzer".
// Notices justify an action this way (action blocks, restrictions); help pages and news rarely do.
const PROTECT = /(to protect|in order to protect|to keep (?:our|the) community safe|zum schutz|um (?:unsere|die) \S+ zu schützen|afin de protéger|a fin de proteger|a fim de proteger|pour protéger|para proteger|per proteggere|om (?:onze|de) \S+ te beschermen|aby chronić|w celu ochrony|untuk melindungi|korumak için|чтобы защитить|щоб захистити|för att skydda|for at beskytte|for å beskytte|suojellaksemme|abychom ochránili|hogy megvédjük|để bảo vệ|보호하기 위해|を守るため|保護するため|为保护|為保護|为了保护|為了保護|للحفاظ على|لحماية)/;
// Stems of limiting and blocking, for the purpose clause above (wider than the rules' action words).
const LIMITING = /(limit|restrict|restring|restrin|hạn chế|chặn|จำกัด|จํากัด|block|sperr|bloqu|blocc|blokk|blocker|zablok|blokow|ograni|dibatasi|diblokir|kısıtla|engellen|огранич|заблок|обмеж|rajoit|estet|korlátoz|letilt|omez|限制|制限|ブロック|封锁|封鎖|禁止|차단|제한|حظر|تقييد)/;
// The platform as the actor, in the first person plural: "we've suspended", "Restringimos tus mensajes", "Kami menonaktifkan".
const WE_ACTED = wordsOr("we(?:'ve| have)? (?:\\S+ )?(?:suspended|disabled|removed|restricted|limited|terminated|banned|blocked|closed|deactivated|locked|taken down|deleted)|wir haben (?:\\S+ ){0,3}(?:gesperrt|entfernt|eingeschränkt|deaktiviert|gelöscht|beschränkt|blockiert|geschlossen)|nous avons (?:\\S+ ){0,2}(?:suspendu|supprimé|retiré|restreint|limité|désactivé|bloqué|fermé|résilié)|(?:suspend|restring|limit|bloque|cerr|elimin|desactiv|inhabilit|deshabilit|retir|borr|remov|exclu|desativ|encerr|bane)(?:imos|amos|emos)|abbiamo (?:\\S+ ){0,2}(?:sospeso|limitato|rimosso|disattivato|bloccato|chiuso|eliminato)|(?:wij|we) hebben (?:\\S+ ){0,3}(?:opgeschort|verwijderd|beperkt|gedeactiveerd|geblokkeerd|gesloten)|kami (?:telah |sudah )?(?:menonaktifkan|menangguhkan|membatasi|menghapus|memblokir|menutup)|zawiesiliśmy|usunęliśmy|ograniczyliśmy|zablokowaliśmy|мы (?:\\S+ )?(?:заблокировали|ограничили|удалили|приостановили|отключили)|chúng tôi (?:đã )?(?:tạm ngưng|khóa|xóa|gỡ|hạn chế|vô hiệu hóa|đình chỉ)");
// One feature of the account, not the account: "You can't use this feature right now" (action blocks).
const FEATURE = /(feature|funktion|fonction|función|funzion|funcionalidade|recurso|fitur|özellik|функци|tính năng|ฟีเจอร์|機能|功能|기능|(?<![a-z])(?:chats?|chattar|conversas|conversazioni|conversaciones|discussions|obrolan|sohbet\S*|чат\S*|messaging)(?![a-z]))/;
// One of the reader's actions judged abusive or spam: Facebook's action block ("The action attempted has been deemed
// abusive", "Die Aktion wurde als missbräuchlich oder Spam eingestuft", "A ação foi considerada abuso ou spam").
const ACTION_JUDGED = /(?:action|aktion|acción|ação|azione|actie|eylem|tindakan|действие|дія|hành động|操作|動作|动作|行為)[^.!?。]{0,40}(?:abusive|abusiv|abuso|abus|missbräuch|aanstootgevend|kötü amaçlı|оскорбител|образлив|lạm dụng|滥|濫|spam)/;
// A consequence that may follow, or a right reserved: policy and help texts ("may result in", "kann dazu führen",
// "場合があります", "we reserve the right"). Real notices say it too ("further violations may result in…"), so it is
// a feature to weigh, not a veto.
// Japanese tense: a notice reports a measure taken (削除されました, 停止されています); a help page says what
// happens in general, in the plain non-past (削除され、…設けられます), with nothing done yet anywhere in the text.
const GENERIC_PRESENT = /(?:され|られ|なり|れ)ます(?!た)|することがあります|ことになります|たりします/;
const DONE = /ました|ています|ていました|されて|られて/;
const MAY_RESULT = /(may result in|can result in|could result in|may lead to|can lead to|reserve the right|kann dazu führen|kann zur folge|behalten uns (?:das recht )?vor|peut entraîner|peut conduire|nous réservons le droit|puede resultar|puede dar lugar|puede conllevar|nos reservamos el derecho|pode resultar|pode levar|reservamo-nos o direito|reserva-se o direito|può comportare|può portare|ci riserviamo il diritto|kan leiden tot|kan resulteren|behouden ons het recht|może skutkować|może prowadzić|zastrzegamy sobie prawo|dapat mengakibatkan|dapat menyebabkan|berhak untuk|có thể dẫn đến|có quyền|может привести|оставляем за собой право|場合があります|ことがあります|可能会导致|可能導致|可能会受到|保留.{0,6}权利|保留.{0,6}權利|수 있습니다)/;
// Not able to do something, said to the reader: an action block ("you can't comment", "no puedes", "できません").
const CANNOT = wordsOr("can't|cannot|can not|unable to|won't be able|kannst nicht|können nicht|kannst du nicht|ne pouvez pas|ne pouvez plus|ne peux pas|no puedes|no puede|no podrás|non puoi|non potrai|non può|não pode|não podes|não poderá|kunt niet|kun je niet|kunt u niet|nie możesz|nie można|tidak dapat|tidak bisa|belum bisa|yapamazsınız|izni yok|не можете|не сможете|не можеш|не зможете|không thể|kan inte|kan ikke|et voi|ette voi|nem tudsz|nem hajthatja|nemůžete|nemôžete|nu poți|nu puteți|δεν μπορείτε|du kan inte|du kan ikke", 'できません|できなくなり|利用できない|无法|無法|不能|할 수 없|불가|لا يمكنك|لا تستطيع');
// The writer's own story, told in the past: blogs and forum posts.
const FIRST_PERSON_PAST = wordsOr("i was|i got|i've been|i had|my account (?:was|got|has been)|we were|ich wurde|mein konto wurde|mein account wurde|j'ai été|mon compte a été|fui|mi cuenta fue|minha conta foi|sono stato|il mio account è stato|ik ben|mijn account is|zostałem|moje konto zostało|akun saya|hesabım|меня|мой аккаунт", '私の|私は|僕の|僕は|俺の|我的账号|我的帳號|我的账户|我被');
// A story anchored in the writer's time ("yesterday", "the other day", "this week", "suddenly"): news and blogs, not notices.
const NARRATIVE_TIME = wordsOr('yesterday|last week|this week|the other day|a few days ago|out of nowhere|suddenly|gestern|letzte woche|diese woche|neulich|vor ein paar tagen|plötzlich|hier soir|la semaine dernière|cette semaine|l\'autre jour|soudain|tout à coup|ayer|la semana pasada|esta semana|el otro día|de repente|ontem|semana passada|esta semana|outro dia|de repente|ieri|la settimana scorsa|questa settimana|l\'altro giorno|all\'improvviso|gisteren|vorige week|deze week|plotseling|wczoraj|w zeszłym tygodniu|w tym tygodniu|nagle|kemarin|minggu lalu|minggu ini|tiba-tiba|dün|geçen hafta|bu hafta|aniden|вчера|на прошлой неделе|на этой неделе|внезапно|вчора|раптом|hôm qua|tuần trước|đột nhiên', '昨日|先日|この前|先週|今週|ある日|突然|0月頃|0月ごろ|昨天|前几天|前幾天|上周|上週|本周|這週|突然|어제|지난주|이번 주|갑자기');
// Someone else named as the subject with no "you" anywhere: "Akun {{username}} telah dinonaktifkan", "Usuário banido".
const NAMED_OTHER = /(?:account|akun|konto|compte|cuenta|conta|user|usuário|usuario|utilisateur|nutzer|benutzer|utente|gebruiker|użytkownik|pengguna|kullanıcı|пользователь|аккаунт|ユーザー|アカウント|用户|用戶|帳號|账号|사용자|계정)\s*(?:@user|\{\{\s*\w+\s*\}\}|%\{\w+\}|%\(\w+\)s|\$\{[\w.]+\}|%s)|^(?:user|usuário|usuario|utilisateur|nutzer|benutzer|utente|gebruiker|użytkownik|pengguna|kullanıcı|пользователь)\s/;
// A rate limit is not a penalty: "rate limit exceeded", "too many requests".
const RATE_LIMIT = /(rate limit|too many requests|zu viele anfragen|trop de requêtes|demasiadas solicitudes|muitas solicitações|troppe richieste|te veel verzoeken|zbyt wiele żądań|terlalu banyak permintaan|çok fazla istek|слишком много запросов|レート制限|リクエストが多すぎ|请求过多|請求過多|请求太频繁|요청이 너무 많|quá nhiều yêu cầu|superamento limiti|daily limit|limit exceeded|exceeded (?:the|your) (?:\S+ )?limit|try again tomorrow|morgen erneut|réessayez demain|inténtalo de nuevo mañana|tente novamente amanhã|riprova domani|probeer het morgen|spróbuj ponownie jutro|coba lagi besok|yarın tekrar|попробуйте завтра|vượt quá giới hạn|vào ngày mai|每日发帖|每日發帖|个数限制|數上限|超出自己的|超過自己的|请求限制|請求限制|明天再|明日もう一度|上限に達し|한도를 초과|내일 다시|เกินจํานวนที่จํากัด|เกินจำนวนที่จำกัด)/;
// Step-by-step help written as commands: two or more sentences that open with "tap", "busque", "klicken Sie".
const COMMAND = /(?:^|[.!?。:]\s*|\n)(?:click|tap|select|go to|open|log in|sign in|klicke?n?(?: sie)?|tippe|wähle|gehe zu|öffne|melde dich|cliquez|appuyez|sélectionnez|allez|ouvrez|connectez-vous|inicie sesión|busque|haga clic|toque|seleccione|vaya a|abra|clique|toque em|selecione|acesse|abra|fai clic|tocca|seleziona|vai a|apri|accedi|klik|tik op|selecteer|ga naar|open|kliknij|dotknij|wybierz|przejdź|otwórz|ketuk|pilih|buka|masuk|tıklayın|dokunun|seçin|açın|нажмите|выберите|перейдите|откройте|войдите|タップ|クリック|選択し|開き|ログインし|点击|點擊|选择|選擇|前往|打开|打開|登录|登入|탭하|클릭|선택|로그인)/g;
// Hedging: a notice states what was done; advice and stories guess ("you probably didn't", "vielleicht").
const HEDGE = wordsOr('probably|likely|maybe|perhaps|wahrscheinlich|vielleicht|vermutlich|probablement|peut-être|probablemente|quizás|quizá|tal vez|provavelmente|talvez|probabilmente|forse|waarschijnlijk|misschien|prawdopodobnie|może|mungkin|barangkali|muhtemelen|belki|вероятно|возможно|наверное|có lẽ|có thể là', 'たぶん|おそらく|かもしれ|也许|也許|大概|아마');
// A rule broken, said of the reader or their things: "your shop violates our Terms", "Il post va contro le nostre linee guida".
const VIOLATION = /(violat|violou|violar|violaz|violaç|violacion|violación|breach|(?:breaking|broke|breaks) (?:a|an|our|the|one of our|any)(?![a-z])|incumpl|infring|infracci|infraç|infraction|infrazion|schend|verstöß|narusze|brott mot|regelbrott|overtredelse|overtrædelse|rikko|bryter|brutt|bröt|bryder|brudt|sért|porušen|porušuj|porušil|goes against|go against|against our|in violation|verstößt|verstoß|verstieß|va contro|va en contra|vai contra|ne respecte pas|ne respectait|no respeta|não respeita|non rispetta|in strijd met|overtreedt|overtreding|narusza|naruszeni|melanggar|pelanggaran|ihlal|нарушил|нарушени|нарушает|порушу|порушен|vi phạm|ละเมิด|위반|違反|违反|違規|违规|انتهك|انتهاك|مخالف|megsért|încălc|brutit|παραβί)/;
// A lock after failed logins or an unusual sign-in protects the account: it is no penalty.
const SECURITY = /(failed login|suspicious activit|verdächtige\S* aktivit|activité suspecte|actividad sospechosa|attività sospett|atividade suspeita|podejrzan\S* aktywnoś|şüpheli (?:etkinlik|aktivite)|misstänkt aktivitet|mistænkelig aktivitet|mistenkelig aktivitet|подозрительн\S* активност|підозріл\S* активн|aktivitas mencurigakan|hoạt động đáng ngờ|verdachte activiteit|epäilyttäv|可疑活动|可疑活動|不審なアクティビティ|疑わしいアクティビティ|의심스러운 활동|login attempts|sign-in attempts|too many (?:failed|incorrect|wrong|unsuccessful)|wrong password|incorrect password|unusual (?:activity|login|sign-in)|suspicious (?:activity|login|sign-in)|inlogpoging|fout wachtwoord|onjuist wachtwoord|anmeldeversuch|falsches passwort|falsche passwort|ungewöhnliche anmeldung|tentatives de connexion|mot de passe incorrect|connexion inhabituelle|intentos de inicio de sesión|contraseña incorrecta|actividad inusual|tentativas de (?:login|acesso|início de sessão)|senha incorreta|atividade incomum|tentativi di accesso|password errata|password sbagliata|accesso insolito|próby logowania|prób logowania|nieprawidłowe hasło|błędne hasło|upaya masuk|percobaan masuk|kata sandi salah|giriş deneme|yanlış şifre|hatalı şifre|попыт(?:ок|ки|ка) входа|неверный пароль|спроб входу|невірний пароль|liian monta kertaa|väärä salasana|väärin|inloggningsförsök|fel lösenord|loginforsøg|forkert adgangskode|påloggingsforsøk|feil passord|bejelentkezési kísérlet|hibás jelszó|pinkoodi|pin code|ログイン試行|パスワードが間違|不審なログイン|異常なログイン|登录尝试|密码错误|密碼錯誤|异常登录|異常登入|로그인 시도|비밀번호가 틀|비정상적인 로그인|failed attempts|unsuccessful attempts|agotado (?:tus|los) (?:0 )?intentos|used (?:up )?all (?:of )?your (?:0 )?attempts|no (?:more )?attempts (?:left|remaining)|keine versuche mehr|esgotou (?:as suas |suas |as )?(?:0 )?tentativas|esaurito (?:i tuoi |i )?(?:0 )?tentativi|for security reasons|for your security|security reasons|fehlversuch|aus sicherheitsgründen|zu viele versuche|tentatives (?:échouées|infructueuses)|trop de tentatives|pour des raisons de sécurité|intentos fallidos|demasiados intentos|por motivos de seguridad|por razones de seguridad|tentativas (?:falhadas|malsucedidas|sem sucesso)|muitas tentativas|por motivos de segurança|por razões de segurança|tentativi (?:falliti|errati)|troppi tentativi|per motivi di sicurezza|per ragioni di sicurezza|mislukte pogingen|te veel pogingen|om veiligheidsredenen|nieudane próby|zbyt wiele prób|ze względów bezpieczeństwa|gagal login|gagal masuk|percobaan gagal|alasan keamanan|başarısız deneme|çok fazla deneme|güvenlik sebebi|güvenlik nedeni|неудачн\S* попыт|слишком много попыток|по соображениям безопасности|из соображений безопасности|nhập sai|đăng nhập sai|quá nhiều lần|hoạt động bất thường|lý do bảo mật|ログインに失敗|ログイン失敗|セキュリティ上の理由|セキュリティのため|登录失败|登入失敗|多次失败|多次失敗|安全原因|로그인 실패|보안상의 이유)/;
// The user's own blocking of someone, or someone blocking the user: a relation between people, no penalty.
const USER_BLOCK = /(blocked this person|at (?:their|his|her) request|på dennes begäran|på deres anmodning|på deres forespørsel|auf (?:dessen|deren|seinen|ihren) wunsch|à (?:sa|leur) demande|a (?:petición|pedido) (?:suya|de esa persona|dessa pessoa)|su (?:sua|loro) richiesta|op (?:zijn|haar|hun) verzoek|na (?:jego|jej|ich) prośbę|atas permintaan mereka|по (?:его|её|их) просьбе|theo yêu cầu của họ|you(?:'ve| have)? blocked|blocked by (?:this|the) (?:user|person|author)|blockiert von|bloqué par|bloqueado por|bloccato da|geblokkeerd door|zablokowany przez|diblokir oleh|memblokirnya|jika memblokir|tarafından engellendi|заблокировал вас|ブロックしている|によってブロック|封鎖對方|封锁对方|屏蔽对方|屏蔽了對方|被对方|被對方|차단당|blocked by your account|von deinem (?:account|konto) blockiert|bloqué par votre compte|bloqueado por tu cuenta|bloqueado pela sua conta|ha bloccato questo membro|geblokkeerd door je account|zablokowany przez twoje konto|diblokir oleh akun anda|hesabınız tarafından engellendi|заблокирован вашим|заблокований вашим|blokkert av kontoen din|blokeret af din konto|blockerad av ditt konto|blocat de contul tău|αποκλειστεί από τον λογαριασμό σας|bị tài khoản của bạn chặn|あなたがブロックしています|已被你的账号屏蔽|已被你的帳戶封鎖|已被您的帐户屏蔽|已经屏蔽|已經屏蔽|已經封鎖了|已经封锁了|加入黑名單|加入黑名单|차단했습니다|차단한 사용자|engelledin|engellediniz|вы заблокировали|ви заблокували|bạn đã chặn|du har blockerat|du har blokeret|du har blokkert|olet estänyt|letiltottad|ai blocat|zablokovali jste|έχετε αποκλείσει|لقد حظرت|คุณบล็อก|आपने ब्लॉक|you(?:'ve| have)? restricted \S+\.|du hast \S+ eingeschränkt|vous avez restreint|has restringido a|você restringiu|hai limitato|je hebt \S+ beperkt|你已限制|您已限制|لقد قمت بتقييد)/;
// A warning shown on someone else's profile: "Caution: This account is temporarily restricted".
const OTHER_PROFILE_WARNING = /^(?:caution|warning|advertencia|attenzione|achtung|attention|aviso|uwaga|peringatan|dikkat|waarschuwing|advarsel|varning|varoitus|upozornění|figyelem|uyarı|cảnh báo|внимание|注意|警告|주의)\s*[:：]\s*(?:this|esta|este|questo|questa|dieses|dieser|cet|ce|cette|deze|dit|detta|denne|dette|tämä|tento|ez|to|ten|ta|bu|этот|эта|この|该|此|이)/;
// A deletion of the account or a post with no reason and no rule: the user's own ("Din konto er blevet slettet").
const DELETED = /(deleted|slettet|raderats|raderad|usunięt|silindi|削除され|gelöscht|eliminad|supprimé|excluíd|cancellat|verwijderd|dihapus|удален|удалён|видален|删除|刪除|삭제되|törölve|poistettu)/;
// Who deleted it, when it was not the user: a moderator, an administrator, "we" (the platform).
const DELETION_AGENT = /(by (?:an?|the|our) (?:admin|administrator|moderator|mod|team)|(?<![a-z])(?:we(?:'ve| have)? (?:removed|deleted)|wir haben|nous avons|hemos|abbiamo|removemos|excluímos|wij hebben|kami telah)|von (?:einem|der|den|unserem) (?:admin|administrator|moderator|team)|par (?:un |l'|le |les |nos |notre )?(?:administrat|modérat|équipe)|un modérateur|por (?:el |un |una |la |nuestro |o |um )?(?:administrador|moderador|equipo|equipe)|pelo (?:administrador|moderador)|da (?:un |l'|il )?(?:amministrator|moderator)|door (?:een |de )?(?:beheerder|moderator)|przez (?:administrator|moderator)|oleh (?:admin|moderator)|管理者|管理员|管理員|운영자|관리자|модератор|администратор)/;
// A measure beside the deletion (a suspension, a closed or deactivated account): the deletion is part of a notice.
const OTHER_MEASURE = /(access|zugriff|accès|acceso|acesso|accesso|アクセス権|权限|權限|권한|suspen|deactivat|disabled|restrict|banned|terminat|locked|closed|gesperrt|deaktiv|geschlossen|désactiv|fermé|desactiv|inhabilit|cerrad|sospes|disattiv|chius|desativ|fechad|opgeschort|ditangguhkan|dinonaktifkan|zawieszon|askıya|閉鎖|停止|凍結|封禁|限制|制限|정지|차단)/;
// Out of a community or a group ("Je bent verwijderd uit deze Community", "Zostałeś usunięty z Grupy", "このコミュニティから
// 削除されました"): a measure on the reader's membership, so the deletion is no own deletion.
export const FROM_GROUP = new RegExp(`(?<!${L})(?:from|aus|de|uit|dari|da|z|из|khỏi) (?:\\S+ )?(?:community|communities|gemeinschaft|comunidad|communauté|comunità|comunidade|gemeenschap|komunitas|społeczności|grupy|group|gruppe|groupe|grupo|gruppo|groep|сообщества|группы|cộng đồng|nhóm)(?!${L})|コミュニティから|グループから|社群|社区|社區|커뮤니티에서|그룹에서`);
// Housekeeping, no penalty: an account closed or deleted for inactivity ("verrà eliminato per inattività",
// "hareketsizlik nedeniyle silinecek"). Read as a deletion with no reason given by a rule.
const INACTIVITY = /(inactivity|being inactive|inaktivität|inactivité|inactividad|inatividade|inattività|inactiviteit|nieaktywnoś|hareketsizlik|неактивност|không hoạt động|inaktivitet|inaktiivisuu|非アクティブ|不活跃|不活躍)/;
// "Good news!": no notice opens so; a restoration or an appeal granted does.
const GOOD_NEWS = /^(?:good news|gute nachrichten|bonne nouvelle|buenas noticias|boas notícias|buone notizie|goed nieuws|dobra wiadomość|хорошие новости|goda nyheter|gode nyheder|gode nyheter|hyviä uutisia|iyi haber|kabar baik|tin vui|朗報|好消息|좋은 소식)/;
// A time-limited measure: "temporarily", "for 7 days".
const TEMPORARY = wordsOr('temporarily|temporary|for 0 (?:hours?|days?|weeks?)|vorübergehend|temporär|vorläufig|für 0 tage|temporairement|pendant 0 jours|temporalmente|durante 0 días|por 0 días|por 0 dias|temporaneamente|per 0 giorni|tijdelijk|voor 0 dagen|tymczasowo|na 0 dni|sementara|selama 0 hari|geçici olarak|0 gün|временно|на 0 дн|тимчасово|tạm thời|trong 0 ngày|midlertidig|midlertidigt|tillfälligt|väliaikaisesti|átmenetileg|dočasně|dočasne|temporar|προσωρινά', '一時的|0日間|0時間|暂时|暫時|0天|일시적|0일|مؤقت');
// The platform as the subject, speaking to the reader: "Etsy has determined your shop…", "YouTube hat dein Video entfernt".
const PLATFORM_YOU = /(?:^|[.!?。]\s*|\n)(?:at |auf |sur |en |em |su |op |di )?(?:pinterest|instagram|facebook|meta|threads|twitter|x|tiktok|youtube|reddit|linkedin|snapchat|twitch|amazon|etsy|discord|bluesky|roblox)\b[^.!?。\n]{0,80}/g;
// A notice reported, not received: "a message saying…", "という通知".
const REPORTED = /((?:message|notice|email|e-mail|banner|notification|warning|screen|nachricht|meldung|mail|mensaje|correo|mensagem|messaggio|avviso|bericht|melding)\s*:\s|saying (?:that )?|that says|which says|reportedly|according to|laut |selon |según |segundo (?:o|a|os|as) |secondo (?:il|la|i|le|lo|gli|quanto) |volgens |według |menurut |göre |по данным|по словам|据报道|據報導|据悉|報じ|急増|相次|が話題|showing that|which shows|que muestran? que|mostrando que|informando que|avisando que|que mostram que|dizendo que|die zeigen, dass|die anzeigen, dass|qui indiquent que|qui affichent|che mostrano|die aangeven dat|(?:message|notice|email|banner) (?:that )?(?:says|reads|read|said)|with the message|mit der meldung|lautet|indiquant|diciendo|que dice|dizendo|que diz|che dice|met de melding|(?:die meldung|le message|el mensaje|a mensagem|il messaggio|de melding)\s*(?:[:«"„“]|,? ?(?:dass|que|che|dat|selon))|z komunikatem|という|と表示|とのメッセージ|と言われ|的提示|的消息|的通知|提示说|显示)/;
// Step-by-step instructions: numbered steps or step words.
const STEPS = /(^|\n|\s)(?:\d[.)]\s.{0,300}\s\d[.)]\s|step \d|schritt \d|étape \d|paso \d|passo \d|passaggio \d|stap \d|krok \d|langkah \d|adım \d|шаг \d|bước \d|단계|手順|ステップ|步骤|步驟)/;

// Round seven: cues for the surfaces that fail when held out whole (e-mails, chat bans, help pages, other people's pages).

// A decision after a review, told to the reader: "we reviewed your channel and confirmed that it violates",
// "Nach erfolgter Überprüfung…", "Tras revisarlo, hemos determinado", "Nossa equipe analisou… e constatou".
// A help page says what would happen ("if we find…"): a conditional in the sentence cancels it.
const REVIEWED = /(review|überprüf|geprüft|prüfung|examin|examen|revis|analis|analys|esame|beoordeel|bekeken|przegląd|weryfik|sprawdzi|tinjau|incele|провер|розгляну|xem xét|審査|检查|檢查|审核|審核|审查|審查|검토)/;
const FOUND = /(determin|found|confirmed|concluded|festgestellt|ergeben|constaté|déterminé|conclu|constatado|constatou|concluido|confirmado|stabilito|rilevato|riscontrato|emerso|confermato|vastgesteld|geconstateerd|stwierdzi|ustali|potwierdzi|menemukan|memastikan|tespit|belirle|установ|обнаруж|выяв|встанов|виявил|xác định|nhận thấy|phát hiện|判断|判明|認められ|确认|確認|发现|發現|认定|認定|확인|판단)/;

// A report the reader filed about someone else, confirmed: "Thanks for your report", "Nous avons reçu votre
// signalement", "La tua segnalazione verrà esaminata", "laporan Anda telah diproses", "您的舉報". The
// platform may act on that other account; nothing happened to the reader's.
export const REPORT_FILED = /((?:your |thanks? (?:you )?for (?:your )?|looked at your )report(?!ed)|thank(?:s| you) for reporting|you(?:'ve)? reported|(?:deine|ihre|eure) meldung|für die meldung|gemeldet hast|(?:votre|ton) signalement|vous avez signalé|(?:tu|su) (?:denuncia|reporte)|reportaste|denunciaste|(?:sua|tua) denúncia|denunciou|(?:la tua|la sua) segnalazione|hai segnalato|(?:je|uw|jouw) melding|je hebt (?:\S+ ){0,3}(?:gemeld|gerapporteerd)|(?:twoje|pańskie) zgłoszeni|dziękujemy za zgłoszenie|zgłosiłe|przez ciebie zgłoszon|laporan (?:anda|kamu)|(?:anda|kamu) (?:laporkan|melaporkan)|telah melaporkan|şikayetiniz|şikayet ettiniz|şikayet ettiğin|bildiriminiz|bildirdiğiniz|bildirdin|ваш[ау]? жалоб|за жалобу|пожаловались|ви поскаржилися|báo cáo của bạn|bạn báo cáo|đã báo cáo|du har (?:anmeldt|rapportert|rapporteret|meldt|anmält|rapporterat)|ai raportat|(?:您|你)的(?:舉報|举报|檢舉|检举)|你举报|你檢舉|你已檢舉|你已举报|您举报|您檢舉|報告いただき|通報いただき|通報ありがとう|報告したため|を報告しました|通報したため|報告を受け付け|通報を受け付け|신고해 주셔서|신고가 접수|신고 접수|nahlásili|nahlásil jste|bildirimini|คุณรายงาน|신고하신|신고하셨|ขอบคุณสําหรับการรายงาน)/;

// Someone else as the subject ("this user", "ese usuario", "該用戶", "Cet·te utilisateur·rice"): a page about
// another person, not a notice to the reader. Not "this account" or "this channel": a suspended account's own
// page says that to its owner as often as to a visitor; not "this community": "banned from this community" is the
// reader's restriction (the rules' third-person subject knows a community that is itself banned).
const DEMONSTRATIVE_OTHER = new RegExp(`(?<!${L})(?:(?:this|that) (?:user|member|person|creator|streamer)|(?:diese[rs]?|jene[rs]?) (?:nutzer(?!konto)\\S*|benutzer(?!konto)\\S*|mitglied|person)|(?:cet(?:·te)?|cette) (?:utilisat\\S*|membre|personne)|(?:este|esta|ese|esa|esse|essa|aquel|aquela) (?:usuari[oa]|miembro|membro|persona|pessoa)|(?:questo|questa|quell[oa]) (?:utente|membro|persona)|(?:deze|die) (?:gebruiker|lid|persoon)|(?:ten|tego) użytkownik\\S*|(?:этот|данный) (?:пользовател\\S*|участник)|pengguna (?:ini|tersebut)|bu kullanıcı|(?:denna|denne) (?:användare|bruger|bruker)|tämä käyttäjä|người dùng (?:này|đó)|the user's account)(?!${L})|相手の方|相手が|利用者のアカウント|このユーザー|该用户|此用户|這位用戶|該用戶|이 사용자|해당 사용자`);
const DEMONSTRATIVE_OTHER_ALL = new RegExp(DEMONSTRATIVE_OTHER.source, 'g');

// The reader's account or item, then a passive of something done to it, whatever the verb: "Your account has been
// %(suspended_link)s", "Dein Nutzerkonto wurde von Reddit dauerhaft …", "A tua conta foi …". Carries notices
// whose verb is a placeholder or in a language no word list here knows.
const YOUR_THING_PASSIVE = new RegExp(`(?<!${L})(?:your|dein\\S*|ihr|ihre|votre|vos|tu|tus|su|sus|tua|teu|seu|sua|tuo|je|jouw|uw|twoje|twój|twoja|ditt|din|dina|ваш\\S*|твой|твоя|твоё)(?: \\S+){0,2}? (?:account|konto|nutzerkonto|benutzerkonto|compte|cuenta|conta|kanal|channel|chaîne|canal|canale|kanaal|profil|perfil|profilo|profiel|video|vídeo|vidéo|post|beitrag|publicaci\\S*|publicação|pubblicazione|contenu|contenido|conteúdo|contenuto|inhalt|inhoud|аккаунт|канал|pin|comment\\S*|kommentar|commento|comentario|comentário|reactie|message|nachricht|mensaje|mensagem|messaggio|bericht|chats?|chattar|conversas|conversazioni|conversaciones|discussions|obrolan|чаты|чати|messages|nachrichten|mensajes|mensagens|messaggi)(?: \\S+){0,3}? (?:has been|have been|was|were|is now|got|wurde|wurden|ist|a été|ont été|est|ha sido|han sido|fue|fueron|foi|foram|è stat[oa]|sono stat[ie]|is|werd|zijn|zostało|został|została|zostały|har|blev|был|была|было|были)(?!${L})`);



// The user's own choice, undoable: "You can reactivate your account at any time by logging in".
const REACTIVATE = /(restore your|restaurer votre|restaurar (?:tu|sua|a sua)|ripristinare il tuo|wiederherstellen|herstellen|przywrócić|memulihkan|geri yükle|восстановить|відновити|khôi phục|reactivat|re-activat|reaktivier|réactiv|reactivar|reativar|riattivar|heractiveer|reaktywow|aktifkan kembali|yeniden etkinleştir|återaktivera|genaktiver|reaktivere|aktivoida uudelleen|відновити|восстановить|再開|再度有効|重新启用|重新啟用|다시 활성화)/;
const ANY_TIME = /(any ?time|(?:up to|within|jusqu'à|até|hasta|entro|innerhalb von|binnen|w ciągu|dalam|в течение|trong vòng) 0 (?:days|jours|dias|días|giorni|tagen|dagen|dni|hari|дней|ngày)|0日以内|0天内|at any time|by (?:simply )?logging (?:back )?in|by signing (?:back )?in|jederzeit|indem du dich (?:wieder )?anmeldest|à tout moment|en vous reconnectant|en cualquier momento|iniciando sesión|a qualquer momento|fazendo login|in qualsiasi momento|accedendo di nuovo|op elk moment|door (?:opnieuw )?in te loggen|w dowolnym momencie|logując się|kapan saja|dengan masuk|istediğiniz zaman|giriş yaparak|när som helst|genom att logga in|når som helst|hvornår som helst|ved at logge ind|ved å logge inn|milloin tahansa|в любой момент|в будь-який момент|いつでも|随时|隨時|언제든지)/;

// Labelled fields of a decision, as e-mails and ban screens list them: "Reason: Harassment", "BAN理由:…",
// "停止期間:無期限", "Duration: permanent", "Motivo: spam".
const DECISION_FIELD = /(?:(?:ban )?reason|grund|begründung|motif|raison|motivo|razón|reden|powód|alasan|sebep|neden|причина|lý do|ban理由|理由|原因|사유|duration|dauer|durée|duración|duração|durata|duur|süre|срок|thời hạn|停止期間|期間|时长|時長|기간)\s*[:：]/;

// A help page describes the notice as a thing the reader will see: "you'll see an error message when you try to log
// in", "we'll also notify you", "wird beim Einloggen angezeigt", "bạn sẽ thấy thông báo", "が表示されます". A notice is
// that message; it does not announce itself in the future.
const NOTICE_DESCRIBED = wordsOr("you(?:'ll| will) (?:see|receive|get|be shown|be notified)|we(?:'ll| will) (?:also )?(?:notify you|let you know)|we also notify|(?:du )?(?:wirst|siehst) (?:du )?(?:\\S+ ){0,3}(?:sehen|erhalten)|wird (?:\\S+ ){0,4}(?:angezeigt|eingeblendet)|erhältst du|(?:vous )?(?:verrez|recevrez)|nous vous (?:informerons|avertirons|en informerons)|verás|recibirás|te notificaremos|le notificaremos|(?:você )?(?:verá|receberá)|(?:vai|irá) receber|vedrai|riceverai|ti informeremo|ti comunicheremo|(?:je )?(?:ziet|krijgt|ontvangt) (?:je|u) |zie je|zult (?:je|u) (?:zien|ontvangen)|zobaczysz|otrzymasz|anda akan (?:melihat|menerima|diberi tahu)|göreceksiniz|alacaksınız|вы увидите|вы получите|ви побачите|ви отримаєте|bạn sẽ (?:thấy|nhận được|được thông báo)|du (?:kommer att )?(?:se|få)|vil du (?:se|få)", 'が表示されます|が届きます|と表示されます|会看到|會看到|将收到|將收到|会收到|會收到|표시됩니다|받게 됩니다|سيتم إخطارك|ستتلقى|سترى');



// Someone else's account or post withheld where the reader lives: "Access to this account has been restricted in your
// country for legal reasons", "お住まいの国では". A notice about the reader's own item names the countries.
export const YOUR_COUNTRY = /(in your country|in deinem land|in ihrem land|dans votre pays|en tu país|en su país|em seu país|no seu país|nel tuo paese|in je land|in jouw land|in uw land|w twoim kraju|di negara anda|ülkenizde|в вашей стране|у вашій країні|i ditt land|i dit land|în țara ta|în ţara ta|ở quốc gia của bạn|お住まいの国|你所在的国家|你所在國家|您所在的国家|회원님의 국가|(?:restricted|unavailable|not available) in (?:this |your )?region|in your region|in deiner region|dans votre région|en tu región|na sua região|nella tua regione|in jouw regio|所在的國家或地區|所在的国家或地区|회원님의 지역)/;

// Round eight.

// A post hidden by a moderator for a rule ("A moderator hid this post for breaking a Community rule", "Un moderador
// ocultó este post", "このポストは…モデレーターが非表示にしました"): hiding is the measure. Alone, "hidden" is a profile
// hidden while deactivated, so it counts only beside a rule or a moderator.
const HIDDEN = wordsOr('hid|hidden|ausgeblendet|verborgen|ocult\\S*|masqu\\S*|nascost\\S*|ukrył\\S*|ukryt\\S*|gizle\\S*|menyembunyikan|disembunyikan|ẩn', '숨김|非表示|隐藏|隱藏');
const MODERATOR = /(moderat|moderad|modérat|administrat|admin(?![a-z])|版主|管理员|管理員|モデレーター|중재자|운영자|관리자|модератор|người kiểm duyệt)/;

// A measure said to be possible, never taken: policies and help pages ("We may terminate your channel…", "kann
// gesperrt werden", "peut être suspendu", "podemos suspender", "może zostać zawieszone"). Read as the generic shape
// (like Japanese 削除され…ます) only when no sentence says a measure was taken.
const MODAL = wordsOr("may|might|can(?!')|could|(?:will|can) get (?:you|your)|reserve the right to|kan|kann|können|könnte|könnten|peut|peuvent|pourrait|pourrions|pouvons|pourrons|amenés à|puede|pueden|podemos|podría|pode|podem|può|possono|possiamo|potrebbe|kunnen|może|mogą|możemy|dapat|можем|может|могут|có thể", '可能|可以|수 있');
const TAKEN = wordsOr("has been|have been|had been|was|were|is now|wurde|wurden|a été|ont été|avez été|as été|ha sido|han sido|has sido|fue|fueron|foi|foram|è stat[oa]|sono stat[ie]|sei stat[oa]|werd|zostało|został|została|zostałeś|telah|sudah|был|была|было|были|đã|har blitt|har blivit|er blevet|we(?:'ve| have)|(?:has|have) (?:\\S+ )?\\S+(?:ed|en)", 'されました|されています|しました|ました|ています|已|되었습니다|됐습니다');
// "No puede realizar ninguna acción mientras…", "você não pode": a modal denied is an action block, not a possibility.
const NEGATED_BEFORE = /(?:^|\s)(?:not|no|não|non|ne|nie|nicht|tidak|не|không)\s$/;
const NEGATED_AFTER = /^\S*\s*(?:not|inte|ikke|niet|nicht|pas)(?![a-z])/;
function possibleOnly(text: string, parts: string[]): boolean {
  if (WE_ACTED.test(text)) return false;
  let possible = false;
  for (const s of parts) {
    if (!ACTION.test(s)) continue;
    if (TAKEN.test(s)) return false;
    const modal = MODAL.exec(s);
    if (modal && !NEGATED_BEFORE.test(s.slice(Math.max(0, modal.index - 8), modal.index)) && !NEGATED_AFTER.test(s.slice(modal.index + modal[0].length)) && ACTION.test(s.slice(modal.index, modal.index + 60))) possible = true;
  }
  return possible;
}

// The user's own closing, about to start: "You're about to start the process of deactivating your X account",
// "Je staat op het punt…", "你即將開始停用", "Вы собираетесь запустить процесс отключения".
const ABOUT_TO = /(about to|op het punt|sur le point|a punto de|prestes a|stai per|dabei,|вы собираетесь|ты собираешься|bạn bắt đầu tiến trình|bạn sắp|即將開始|即将开始|しようとしています|하려고 합니다)/;
const CLOSING = /(deactivat|delet|deaktivier|lösch|désactiv|supprim|desactiv|elimin|desativ|exclu|disattiv|deactive|verwijder|dezaktyw|usun|menonaktifkan|menghapus|отключ|удал|ngừng kích hoạt|停用|注销|註銷|删除|刪除|無効|削除|비활성|삭제)/;

// Round nine. Help pages and policies speak of what happens in general: "usually", "in most cases", "in some cases",
// "genellikle", "通常", "대부분". A notice reports what was done to one account; it does not generalise.
const GENERIC_FREQUENCY = wordsOr('usually|generally|typically|in most cases|in some cases|most of the time|sometimes|in general|normalerweise|in der regel|in einigen fällen|in den meisten fällen|manchmal|généralement|en général|dans la plupart des cas|dans certains cas|parfois|generalmente|en la mayoría de los casos|en algunos casos|a veces|a menudo|na maioria dos casos|em alguns casos|às vezes|geralmente|di solito|in genere|nella maggior parte dei casi|in alcuni casi|a volte|meestal|doorgaans|in de meeste gevallen|in sommige gevallen|soms|zazwyczaj|zwykle|w większości przypadków|w niektórych przypadkach|czasami|biasanya|umumnya|dalam beberapa kasus|kadang-kadang|genellikle|çoğu durumda|bazı durumlarda|bazen|обычно|как правило|в большинстве случаев|в некоторых случаях|иногда|зазвичай|як правило|у більшості випадків|іноді|thông thường|trong hầu hết các trường hợp|trong một số trường hợp|đôi khi|vanligtvis|oftast|i de flesta fall|ibland|som regel|i de fleste tilfælde|nogle gange|i de fleste tilfeller|noen ganger|yleensä|tavallisesti|useimmiten|joskus|obvykle|většinou|někdy|általában|legtöbbször|néha|de obicei|în general|uneori|συνήθως|μερικές φορές', '一般的に|多くの場合|場合によっては|一般来说|一般來說|通常情况下|有时候|有時候|대부분의 경우|일반적으로|경우에 따라|때때로|โดยทั่วไป|ส่วนใหญ่|บางครั้ง|عادةً|في معظم الحالات|أحيانًا|आमतौर पर|कभी-कभी');

// X's labels on someone else's post or profile: a post "from a suspended account", posts that are protected, a warning
// shown "because they may have violated the X Rules", a post or account withheld. The measure, if any, is on its author.
export const OTHER_POST = /((?:post|tweet|beitrag|publicación|publicação|publication|pubblicazione|bericht|ポスト|ツイート|게시물|帖子|貼文|推文|gönderi|пост|твит)[^.!?。]{0,20}?(?:from|von|de|da|di|van|из|の|에서)\s?(?:a |an |einem |une |un |uma |um |una |een |)(?:suspended|gesperrten|suspendu|suspendida|suspensa|sospeso|geschorst|凍結された|정지된|被冻结的|被凍結的|askıya alınmış|заблокированн\S*)\s?(?:account|konto|account|compte|cuenta|conta|アカウント|계정|账号|帳號|hesap|аккаунт\S*)|(?:post|publicación|publicação|publication|pubblicazione) (?:es |é |est |è )?(?:de|da|d'|di) ?(?:una|um|uma|un|une) (?:cuenta|conta|compte|account) (?:suspendida|suspensa|suspendu|sospeso)|(?:these|diese|ces|estos|esses|questi|deze) (?:posts|tweets) (?:are|sind|sont|están|estão|sono|zijn) (?:protected|geschützt|protégés|protegidos|protetti|beschermd)|only (?:approved|confirmed) followers can see|you(?:'re| are) seeing this warning because (?:they|this account)|(?:je ziet|vous voyez|ves|você está vendo|stai visualizzando|du siehst|sie sehen) (?:deze|cet|esta|este|questo|diese) (?:waarschuwing|avertissement|advertencia|aviso|avviso|warnung)|(?:account|post|tweet) (?:has been |is )?withheld in)/;
// A page, a video or a profile that is not available, with no "you": someone else's item, gone or private
// ("This video isn't available anymore", "Dieser Inhalt ist momentan nicht verfügbar", "このページはご利用いただけません").
const UNAVAILABLE = /((?:content|video|page|profile|post|tweet|channel|inhalt|seite|profil|kanal|contenu|vidéo|contenido|vídeo|página|perfil|conteúdo|contenuto|pagina|profilo|inhoud|treść|strona|konten|halaman|içerik|sayfa|контент|страница|видео|nội dung|trang|コンテンツ|ページ|動画|内容|頁面|页面|影片|视频|콘텐츠|페이지|동영상)[^.!?。]{0,30}(?:isn'?t available|is not available|unavailable|no longer available|nicht (?:mehr )?verfügbar|n'est pas disponible|n'est plus disponible|no está disponible|ya no está disponible|não está disponível|non è disponibile|niet (?:meer )?beschikbaar|niedostępn|tidak tersedia|kullanılamıyor|mevcut değil|недоступ|không khả dụng|không còn|ご利用いただけません|利用できません|表示できません|无法使用|無法使用|不可用|無法顯示|无法显示|사용할 수 없|볼 수 없))/;
// Comments switched off under a video (its owner's setting), an appeal the reader has sent: no measure taken on the reader.
const NOT_A_MEASURE = /(comments (?:have been|are) (?:disabled|turned off) (?:for|on) this video|kommentare (?:sind|wurden) (?:für dieses video )?deaktiviert|les commentaires sont désactivés|los comentarios están desactivados|os comentários estão desativados|i commenti sono disattivati|reacties zijn uitgeschakeld|komentarze są wyłączone|yorumlar (?:kapatıldı|devre dışı)|комментарии отключены|bình luận đã bị tắt|この動画ではコメントが無効|该视频已禁止评论|已停用這部影片的評論|此视频已关闭评论|댓글이 사용 중지|your appeal (?:has been|was) (?:submitted|sent|received)|appeal submitted|omprövningsbegäran har skickats|tirazınız gönderildi|ваша апелляция (?:отправлена|подана)|(?:dein|ihr) einspruch wurde (?:gesendet|eingereicht)|votre appel a été (?:envoyé|soumis)|tu apelación (?:fue|ha sido) enviada|sua apelação foi enviada|il tuo ricorso è stato inviato|je bezwaar is (?:verzonden|ingediend)|odwołanie zostało wysłane|banding anda telah dikirim|申诉已提交|申訴已提交|異議申し立てを送信しました|이의 제기가 제출)/;
// "This Post violated the X Rules", shown on a post in the timeline (whoever wrote it).
const POST_VIOLATED = /((?:this|the) (?:post|tweet) (?:violated|broke) the (?:x|twitter) rules|dieser post hat gegen die x-regeln verstoßen|ce post (?:a enfreint|enfreint) les règles de x|este post (?:infringió|incumplió) las reglas de x|este post violou as regras do x|questo post ha violato le regole di x|deze post heeft de regels van x geschonden|このポストはxルールに違反)/;

export const CUE_FEATURES = [
  'cue:action+you',
  'cue:action+account',
  'cue:action+content',
  'cue:action+rule',
  'cue:action+you+account',
  'cue:first-sentence-action',
  'cue:greeting',
  'cue:appeal',
  'cue:success',
  'cue:conditional',
  'cue:conditional+action',
  'cue:third-person',
  'cue:first-person-past',
  'cue:steps',
  'cue:reported',
  'cue:short+action',
  'cue:short+rule',
  'cue:restored',
  'cue:quoted-notice',
  'cue:narrative-time',
  'cue:named-other',
  'cue:rate-limit',
  'cue:instructions',
  'cue:hedge',
  'cue:you+violation',
  'cue:security',
  'cue:user-block',
  'cue:deleted-no-reason',
  'cue:cannot+you',
  'cue:temporary',
  'cue:letter',
  'cue:platform+you',
  'cue:protect+action',
  'cue:we-acted',
  'cue:feature-blocked',
  'cue:may-result',
  'cue:content+violation',
  'cue:generic-present',
  'cue:review-decided',
  'cue:report-filed',
  'cue:this-other',
  'cue:your-thing-passive',
  'cue:decision-fields',
  'cue:notice-described',
  'cue:your-country',
  'cue:generic-frequency',
  'cue:other-post',
  'cue:unavailable',
] as const;

// A quoted span: „…“, «…», "…", “…”, 「…」, 『…』.
const QUOTED = /„[^“”"]{3,200}[“”"]|«[^»]{3,200}»|"[^"]{3,200}"|“[^”]{3,200}”|「[^」]{3,200}」|『[^』]{3,200}』/g;

const SPLIT = /(?<=[^\d][.!?]|[。！？])\s*|\n+/;

/** Which cues a model text (normalised, lower-case) shows, by name. */
export function cueFeatures(text: string): string[] {
  const out = new Set<string>();
  const parts = text.split(SPLIT).slice(0, 80);
  let first = true;
  for (const s of parts) {
    if (s.length < 2) continue;
    if (ACTION.test(s) || (HIDDEN.test(s) && (RULE_WORD.test(s) || MODERATOR.test(s)))) {
      const you = SECOND_PERSON.test(s);
      const account = ACCOUNT_NOUN.test(s);
      if (you) out.add('cue:action+you');
      if (account) out.add('cue:action+account');
      if (you && account) out.add('cue:action+you+account');
      if (CONTENT_NOUN.test(s)) out.add('cue:action+content');
      if (RULE_WORD.test(s)) out.add('cue:action+rule');
      if (CONDITIONAL.test(s.replace(IF_APPLICABLE, ' ')) && !MISTAKE.test(s)) out.add('cue:conditional+action');
      if (first) out.add('cue:first-sentence-action');
    }
    if (VIOLATION.test(s) && SECOND_PERSON.test(s)) out.add('cue:you+violation');
    // "Kommentti on hylätty koska se rikkoi…", "Bu yorum … ihlal ettiği için reddedildi": a piece of content and the rule it broke.
    if (VIOLATION.test(s) && CONTENT_NOUN.test(s)) out.add('cue:content+violation');
    if (CANNOT.test(s) && SECOND_PERSON.test(s)) out.add('cue:cannot+you');
    if (FEATURE.test(s) && (CANNOT.test(s) || LIMITING.test(s) || ACTION.test(s))) out.add('cue:feature-blocked');
    // A finding about the reader, with or without a review named: "Your account was found to be in violation", "Es wurde
    // festgestellt, dass dein Account gegen … verstößt", "Se ha constatado que tu cuenta infringió".
    if ((REVIEWED.test(s) || (VIOLATION.test(s) && SECOND_PERSON.test(s))) && FOUND.test(s) && !CONDITIONAL.test(s)) out.add('cue:review-decided');
    if (ACTION_JUDGED.test(s)) out.add('cue:feature-blocked');
    // "Ta społeczność" is "this community", though "ta" is also French "your": the demonstrative is taken out first.
    if (DEMONSTRATIVE_OTHER.test(s) && !SECOND_PERSON.test(s.replace(DEMONSTRATIVE_OTHER_ALL, ' '))) out.add('cue:this-other');
    if (YOUR_THING_PASSIVE.test(s)) out.add('cue:your-thing-passive');
    first = false;
  }
  // A heading or a button label: "Cuenta inhabilitada", "Beiträge entfernt", "コミュニティガイドライン違反".
  if (text.length < 60) {
    if (ACTION.test(text)) out.add('cue:short+action');
    if (RULE_WORD.test(text)) out.add('cue:short+rule');
  }
  // An e-mail's subject line may stand before the greeting ("Notice\nHi Ana,").
  const newline = text.indexOf('\n');
  if (GREETING.test(text) || (newline > 0 && newline < 120 && GREETING.test(text.slice(newline + 1).trimStart())) || GREETING_INSIDE.test(text.slice(0, 200))) out.add('cue:greeting');
  if (APPEAL.test(text)) out.add('cue:appeal');
  const aboutTo = ABOUT_TO.exec(text);
  if (SUCCESS.test(text) || (REACTIVATE.test(text) && ANY_TIME.test(text)) || (aboutTo && CLOSING.test(text.slice(aboutTo.index, aboutTo.index + 60)))) out.add('cue:success');
  if (CONDITIONAL.test(text)) out.add('cue:conditional');
  if (THIRD_PERSON.test(text.replace(OUR_USERS, ' '))) out.add('cue:third-person');
  if (FIRST_PERSON_PAST.test(text)) out.add('cue:first-person-past');
  if (STEPS.test(text)) out.add('cue:steps');
  if (REPORTED.test(text)) out.add('cue:reported');
  if (NARRATIVE_TIME.test(text)) out.add('cue:narrative-time');
  if ((NAMED_OTHER.test(text) || OTHER_PROFILE_WARNING.test(text)) && !SECOND_PERSON.test(text) && !FORMAL_YOUR_ACCOUNT.test(text)) out.add('cue:named-other');
  if (SECURITY.test(text)) out.add('cue:security');
  if (USER_BLOCK.test(text)) out.add('cue:user-block');
  if (DELETED.test(text) && !RULE_WORD.test(text) && !VIOLATION.test(text) && !DELETION_AGENT.test(text) && !OTHER_MEASURE.test(text) && !FROM_GROUP.test(text)) out.add('cue:deleted-no-reason');
  if (INACTIVITY.test(text) && !VIOLATION.test(text)) out.add('cue:deleted-no-reason');
  if (RATE_LIMIT.test(text)) out.add('cue:rate-limit');
  if (REPORT_FILED.test(text)) out.add('cue:report-filed');
  if (NOTICE_DESCRIBED.test(text)) out.add('cue:notice-described');
  if (YOUR_COUNTRY.test(text)) out.add('cue:your-country');
  if (GENERIC_FREQUENCY.test(text)) out.add('cue:generic-frequency');
  if (OTHER_POST.test(text) || POST_VIOLATED.test(text) || NOT_A_MEASURE.test(text)) out.add('cue:other-post');
  if (UNAVAILABLE.test(text) && !SECOND_PERSON.test(text)) out.add('cue:unavailable');
  if (DECISION_FIELD.test(text)) out.add('cue:decision-fields');
  if (HEDGE.test(text.replace(COURTESY_HEDGE, ' '))) out.add('cue:hedge');
  if ((text.match(PLATFORM_YOU) ?? []).some((clause) => SECOND_PERSON.test(clause))) out.add('cue:platform+you');
  if (TEMPORARY.test(text)) out.add('cue:temporary');
  if (MAY_RESULT.test(text)) out.add('cue:may-result');
  if ((GENERIC_PRESENT.test(text) && !DONE.test(text)) || possibleOnly(text, parts)) out.add('cue:generic-present');
  if (WE_ACTED.test(text)) out.add('cue:we-acted');
  if (PROTECT.test(text) && (ACTION.test(text) || CANNOT.test(text) || TEMPORARY.test(text) || LIMITING.test(text))) out.add('cue:protect+action');
  // A letter: a greeting, then a rule or a way to appeal.
  if (out.has('cue:greeting') && (out.has('cue:appeal') || RULE_WORD.test(text))) out.add('cue:letter');
  if ((text.match(COMMAND)?.length ?? 0) >= 2) out.add('cue:instructions');
  if (GOOD_NEWS.test(text) || parts.some((s) => RESTORED.test(s) && !FUTURE.test(s))) out.add('cue:restored');
  // A notice quoted inside someone's sentence (news, how-tos, stories): the words are
  // in quotes and there is a sentence around them.
  const quotes = text.match(QUOTED);
  if (quotes && quotes.some((q) => ACTION.test(q)) && text.replace(QUOTED, '').replace(/[\s!-/:-@[-`{-~\u3000-\u303f]+/g, '').length >= 20) out.add('cue:quoted-notice');
  return [...out];
}

/** Who a text speaks to or about, across the corpus's languages. */

// Letters of the alphabetic scripts (Latin, Greek, Cyrillic): `\b` knows only ASCII,
// so "cette communauté\b" and every Cyrillic word would never match.
const L = '[0-9a-z_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff]';

// "You": a notice speaks to its reader. Dutch "je" only before what a notice says of the reader: alone it is also French "I".
export const SECOND_PERSON = new RegExp(
  `(?<!${L})(you|your|du|dich|dein|deine|ihr|ihre|sie wurden|vous|votre|tu|ton|ta|te|tuo|tua|sei|seu|sua|você|foste|je (?:account|reactie|reacties|bericht|berichten|kunt|kan|bent|hebt|heb|mag|moet|profiel|kanaal|video|content|inhoud|post|posts|gebruikersnaam|toegang|gegevens|pin|pins)|jij|jouw|uw|u werd|anda|kamu|twoje|zostałaś|zostałeś|jesteś|вы|вам|вас|ваш|ваша|ваше|ты|твой|ви|sen|siz|hesabınız|bạn|sinut|sinä|vi|ditt|dine|deg|din konto|kontoen din|vám|váš|vaše|tău|dumneavoastră|σας|εσύ|has sido|tienes|dir|deinen|deinem|deiner|deines|euch|euer|eure|ihrem|ihren|ihres|vos|tes|toi|usted|tus|tuya|tuyo|teu|tua|teus|tuas|vocês|ti|tuoi|tue|hai|vostro|vostra|puoi|puedes|podés|estás|asegúrate|kannst|bist|hast|kunt|bent|hebt|можешь|можете|możesz|podes|din|dina|dere|sinun|sinua|te|teidän|teidät|tilisi|tiliäsi|tilillesi|kommenttisi|julkaisusi|videosi|sisältösi|ty|twój|twoja|twojego|twoim|twoich|masz|nie możesz|zostałeś|wasz|wasze|tvůj|tvoje|tvého|vašeho|vašem|vás|vy|vášho|vašom|vašu|tvoj|тебя|тебе|твой|твоя|твоё|твое|твоего|вашего|вашей|вашем|ваши|ви|твій|твого|вашого|вашої|вашим|ön|önt|önnek|fiókja|fiókját|fiókjához|fiókodat|fiókodhoz|tartalmad|hozzászólásod|sana|seni|sizi|hesabın|hesabınızı|hesabınıza|contul tău|ta|vă|ați|σου|εσείς|έχετε|teu|teva|vostre|vostra|kamu|milikmu|quý vị|شما)(?!${L})|[a-zçğıöşü]+(?:ınız|iniz|unuz|ünüz)(?![a-zçğıöşü])|あなた|お客様|ご利用の|お使いの|ご自身の|你|您|귀하|당신|회원님|고객님|คุณ|حسابك|أنت|لديك|منشورك|تعليقك|fiókod|akunmu`,
  'u',
);

// "This user", "this community": someone else's account or a community, not the reader's.
export const THIRD_PERSON_SUBJECT = new RegExp(
  `(?<!${L})(this (?:user|community|subreddit|person)|the user|diese(?:r|s)? (?:nutzer|benutzer|community|gemeinschaft)|cet utilisateur|cette communauté|este usuario|esta comunidad|esta comunidade|essa comunidade|este usuário|questa comunità|questo utente|deze (?:gebruiker|gemeenschap)|ta społeczność|ten użytkownik|этот пользователь|это сообщество|цю спільноту|ця спільнота)(?!${L})|このユーザー|このコミュニティ|该用户|此用户|这个社区|該用戶|這個社群`,
  'u',
);

/** Who a text speaks to or about, across the corpus's languages. */

// Letters of the alphabetic scripts (Latin, Greek, Cyrillic): `\b` knows only ASCII,
// so "cette communauté\b" and every Cyrillic word would never match.
const L = '[0-9a-z_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff]';

// "You": a notice speaks to its reader.
export const SECOND_PERSON = new RegExp(
  `(?<!${L})(you|your|du|dich|dein|deine|ihr|ihre|sie wurden|vous|votre|tu|ton|ta|te|tuo|tua|sei|seu|sua|você|foste|je|jij|jouw|uw|u werd|anda|kamu|twoje|zostałaś|zostałeś|jesteś|вы|вам|вас|ваш|ваша|ваше|ты|твой|ви|sen|siz|hesabınız|bạn|sinut|sinä|vi|ditt|dine|deg|din konto|kontoen din|vám|váš|vaše|tău|dumneavoastră|σας|εσύ|has sido|tienes)(?!${L})|あなた|お客様|你|您|귀하|당신|회원님|คุณ|حسابك|fiókod|akunmu`,
  'u',
);

// "This user", "this community": someone else's account or a community, not the reader's.
export const THIRD_PERSON_SUBJECT = new RegExp(
  `(?<!${L})(this (?:user|community|subreddit|person)|the user|diese(?:r|s)? (?:nutzer|benutzer|community|gemeinschaft)|cet utilisateur|cette communauté|este usuario|esta comunidad|esta comunidade|essa comunidade|este usuário|questa comunità|questo utente|deze (?:gebruiker|gemeenschap)|ta społeczność|ten użytkownik|этот пользователь|это сообщество|цю спільноту|ця спільнота)(?!${L})|このユーザー|このコミュニティ|该用户|此用户|这个社区|該用戶|這個社群`,
  'u',
);

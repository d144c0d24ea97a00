/** Who a text speaks to or about, across the corpus's languages. */

// "You": a notice speaks to its reader.
export const SECOND_PERSON = /(?<![a-z\u00c0-\u024f\u0400-\u04ff])(you|your|du|dich|dein|deine|ihr|ihre|sie wurden|vous|votre|tu|ton|ta|te|tuo|tua|sei|seu|sua|você|foste|je|jij|jouw|uw|u werd|anda|kamu|twoje|zostałaś|zostałeś|jesteś|вы|ваш|ты|твой|ви|ваш|sen|siz|hesabınız|bạn|sinut|sinä|vi|σας|εσύ|has sido|tienes)(?![a-z\u00c0-\u024f\u0400-\u04ff])|あなた|お客様|你|您|귀하|당신|คุณ/u;

// "This user", "this community": someone else's account or a community, not the reader's.
export const THIRD_PERSON_SUBJECT = /\b(this (?:user|community|subreddit|person)|the user|diese(?:r|s)? (?:nutzer|benutzer|community|gemeinschaft)|cet utilisateur|cette communauté|este usuario|esta comunidad|esta comunidade|este usuário|questa comunità|questo utente|deze (?:gebruiker|gemeenschap)|ta społeczność|ten użytkownik|этот пользователь|это сообщество|цю спільноту)\b|このユーザー|このコミュニティ|该用户|此用户|这个社区|該用戶|這個社群/u;

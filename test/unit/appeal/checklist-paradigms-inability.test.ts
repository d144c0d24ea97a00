import { describe, expect, it, vi } from 'vitest';
import type { ChecklistId } from '@/utils/appeal/types';
import { corpusById, heldOutLabelledIds, statusIn } from './paradigm-cases';

// The first check compiles every word family (a few seconds on a loaded 2-core machine); later ones take milliseconds.
vi.setConfig({ testTimeout: 30_000 });

/**
 * The eighth round of word families (checklist-paradigms-inability.ts and the
 * consequence rule in checklist-patterns.ts). Each family is tested on real
 * wordings from the detection corpus, at least two and in different languages
 * where the corpus has them (tune-side or unlabelled rows, or tune rows of
 * the labelled set; never a held-out labelled row, which the last test
 * checks), each reported missing by the checker before this round; then on
 * sentences written for these tests in other languages; then on guards.
 */
const status = statusIn('other');

const corpus = corpusById();
const heldOut = heldOutLabelledIds();

/** Per family: the item it shows and the corpus rows (by id) whose real wording it reads. */
const REAL: Record<string, { item: ChecklistId; ids: string[] }> = {
  'an inability with a rule broken as its reason': {
    item: 'N1',
    ids: ['instagram-en-7240', 'instagram-de-7241', 'instagram-fr-7243', 'instagram-it-7244', 'instagram-ja-7245', 'instagram-ko-7246', 'instagram-pl-7248', 'instagram-pt-7249', 'instagram-tr-7250', 'instagram-zh-7251', 'instagram-id-7253', 'instagram-ru-7254', 'instagram-vi-7255', 'instagram-es-7226', 'other-ja-6281', 'facebook-vi-7008'],
  },
  'an inability for the next hours': { item: 'N1', ids: ['instagram-en-7272', 'instagram-es-7274', 'instagram-nl-7279', 'instagram-pl-7280', 'instagram-id-7285', 'instagram-ko-7278', 'instagram-de-7273'] },
  'the next N hours as the length': { item: 'N3', ids: ['instagram-de-7273', 'instagram-es-7274', 'instagram-fr-7275', 'instagram-it-7276', 'instagram-ja-7277', 'instagram-nl-7279', 'instagram-pl-7280', 'instagram-pt-7281', 'instagram-zh-7283', 'instagram-ru-7286'] },
  'a possibility followed by the measure it led to': { item: 'N1', ids: ['instagram-ja-7261', 'instagram-zh-7267', 'instagram-zh-7268', 'other-ja-7156'] },
  'plural past, rejection and lines without an auxiliary': { item: 'N1', ids: ['instagram-es-7307', 'x-es-7091', 'instagram-en-7297', 'tiktok-en-7002'] },
  'asking for the measure to be lifted': { item: 'N10', ids: ['x-ja-6011', 'twitch-it-8455'] },
  'an Arabic agent of the measure': { item: 'N7', ids: ['other-ar-6166', 'other-ar-6170'] },
  'reports named by who sent them or how many': { item: 'N6', ids: ['other-es-6016', 'other-it-6104', 'youtube-en-7140'] },
  // only English wordings in the corpus; the other languages are in WRITTEN
  'a countdown time-out': { item: 'N3', ids: ['twitch-en-7145', 'twitch-en-7150'] },
  'put out of a group, and forms the verb lists lacked': { item: 'N1', ids: ['instagram-vi-7239', 'other-hi-6174'] },
  '"if you think it is wrong" without the pronoun or with the verb last': { item: 'N10', ids: ['instagram-ru-7238', 'other-ru-1417', 'instagram-id-1064'] },
  // the second draw's tune row; other languages in WRITTEN
  'the account named by its handle, the platform became aware, a practice named by its topic': { item: 'N4', ids: ['twitch-en-8149'] },
  'the platform became aware (N6)': { item: 'N6', ids: ['twitch-en-8149'] },
  'a practice named by its topic (N9)': { item: 'N9', ids: ['twitch-en-8149'] },
};

describe('eighth-round families on real wordings from the corpus', () => {
  for (const [family, { item, ids }] of Object.entries(REAL)) {
    it.each(ids)(`${family} (${item}): %s`, (id) => {
      const row = corpus.get(id);
      expect(row, id).toBeDefined();
      expect(status(item, row!.text)).toBe('present');
    });
  }

  it('takes no real wording from a held-out row of the labelled set', () => {
    const used = Object.values(REAL).flatMap((f) => f.ids);
    expect(used.filter((id) => heldOut.has(id))).toEqual([]);
  });
});

/** Sentences written for these tests in languages the corpus rows above do not cover; each was missing before. */
const WRITTEN: [ChecklistId, string][] = [
  ['N1', "You can't send messages because your recent posts went against our Community Guidelines."],
  ['N1', 'Puisque votre vidéo enfreint nos règles, vous ne pouvez pas diffuser en direct pendant les 7 prochains jours.'],
  ['N1', 'No puedes comentar porque tu comentario anterior infringía nuestras normas.'],
  ['N1', 'Non puoi commentare perché il tuo ultimo post viola le nostre linee guida.'],
  ['N1', 'Je kunt geen berichten sturen omdat je profielfoto in strijd is met onze richtlijnen.'],
  ['N1', 'Вы не можете комментировать, так как ваш аватар нарушает правила сообщества.'],
  ['N1', 'Ви не можете коментувати, оскільки ваш допис порушує правила спільноти.'],
  ['N1', 'コメントがガイドラインに違反したため、しばらくの間ライブ配信できません。'],
  ['N1', '由于你的帖子违反了社区准则，你暂时不能发表评论。'],
  ['N1', 'Anda tidak dapat mengirim pesan karena profil Anda melanggar Pedoman Komunitas.'],
  ['N1', 'Se eliminaron tus comentarios.'],
  ['N1', 'Removeram o seu vídeo.'],
  ['N1', 'Comment not posted because it goes against our Community Guidelines.'],
  ['N1', 'Your video might show graphic violence, so we removed it.'],
  ['N1', 'Votre publication pourrait contenir de la nudité, donc nous l\'avons supprimée.'],
  ['N3', 'Posting is blocked over the coming 2 weeks.'],
  ['N3', 'Du kannst in den nächsten 7 Tagen keine Videos hochladen.'],
  ['N3', 'Nie możesz publikować przez następne 3 dni.'],
  ['N3', 'No podrás publicar durante las próximas 48 horas.'],
  ['N3', 'Non potrai pubblicare nelle prossime 48 ore.'],
  ['N3', 'Du bist für 30 weitere Sekunden stummgeschaltet.'],
  ['N3', 'Vous êtes exclu pour <number> minutes.'],
  ['N6', 'Hemos recibido demasiadas denuncias sobre tu perfil.'],
  ['N6', 'Wir haben mehrere Meldungen anderer Nutzer zu deinem Beitrag erhalten.'],
  ['N6', 'Nous avons reçu trop de signalements concernant votre compte.'],
  ['N6', 'Recebemos muitas denúncias de compradores.'],
  ['N6', 'Aldık çok sayıda şikayet hesabınız hakkında.'],
  ['N6', 'На ваш аккаунт поступило слишком много жалоб.'],
  ['N6', 'Akun Anda dibatasi karena terlalu banyak laporan.'],
  ['N10', '申请解封请联系客服。'],
  ['N10', 'Du kannst eine Entsperrung beantragen.'],
  ['N10', 'Vous pouvez demander la réactivation de votre compte.'],
  ['N10', 'Możesz złożyć wniosek o odblokowanie konta.'],
  ['N10', 'Вы можете отправить запрос на разблокировку.'],
  ['N10', '계정 정지 해제를 신청할 수 있습니다.'],
  ['N7', 'تم حذف منشورك من قبل أحد المشرفين.'],
  // the audit of basic sentences per language (no corpus row has these wordings): each missing before
  ['N1', 'Gruptan çıkarıldınız.'],
  ['N1', 'Anda telah dikeluarkan dari grup.'],
  ['N1', 'Bình luận của bạn đã bị ẩn.'],
  ['N1', '你被踢出了群聊。'],
  ['N1', '그룹에서 강퇴되었습니다.'],
  ['N1', 'Byl jste zabanován.'],
  ['N1', 'Ki lettél tiltva.'],
  ['N1', 'Ai fost banat.'],
  ['N1', 'تمت إزالتك من المجموعة.'],
  ['N1', 'आपको बैन कर दिया गया है।'],
  ['N3', 'Contul tău este suspendat timp de 7 zile.'],
  ['N3', 'आपका खाता 7 दिनों के लिए निलंबित है।'],
  ['N7', 'Gönderiniz otomatik olarak kaldırıldı.'],
  ['N10', 'Bunun yanlış olduğunu düşünüyorsanız bizimle iletişime geçin.'],
  ['N10', 'Hubungi kami jika menurut Anda ini salah.'],
  ['N10', 'Свяжитесь с нами, если считаете это ошибкой.'],
  ['N9', 'Wegen Spam entfernt.'],
  ['N9', 'Verwijderd wegens spam.'],
  ['N9', 'Usunięto z powodu spamu.'],
  ['N9', 'Spam nedeniyle kaldırıldı.'],
  ['N9', 'Dihapus karena spam.'],
  ['N9', 'Đã bị xóa vì spam.'],
  ['N9', 'Удалено за спам.'],
  ['N9', '스팸으로 삭제되었습니다.'],
  ['N9', 'Vi phạm chính sách của chúng tôi về ngôn từ gây thù ghét.'],
  ['N9', 'Нарушает наши правила в отношении языка вражды.'],
  // the second draw's tune fixes, other wordings
  ['N4', 'Dein Konto max_mustermann_1 wurde gesperrt.'],
  ['N4', 'Votre compte jean.dupont84 a été suspendu.'],
  ['N6', 'It has come to our attention that your account was used to send spam.'],
  ['N6', 'Es ist uns aufgefallen, dass dein Konto automatisiert genutzt wird.'],
  ['N6', 'Hemos tenido conocimiento de que tu cuenta publica enlaces engañosos.'],
  ['N6', '我们注意到你的账号存在异常行为。'],
  ['N9', 'We found fraudulent activity on your account and suspended it.'],
  ['N9', 'Hemos detectado actividad fraudulenta en tu cuenta.'],
  ['N9', 'Wir haben Spam gefunden, der gegen unsere Richtlinien verstößt.'],
];

describe('eighth-round families on sentences written for the tests', () => {
  it.each(WRITTEN)('%s present: %s', (id, text) => {
    expect(status(id, text)).toBe('present');
  });
});

/** What the families must not read: help pages, conditions, the appeal's own time, self-service, purpose. */
const GUARDS: [ChecklistId, string][] = [
  ['N1', "If you can't post because your account violates our rules, read this article."],
  ['N1', "You can't appeal because the appeal period has ended."],
  ['N1', "You can't post content that violates our guidelines."],
  ['N1', 'Wenn du nicht posten kannst, weil dein Konto gegen Richtlinien verstößt, lies diesen Artikel.'],
  ['N1', 'Your account may be suspended if you keep posting spam.'],
  ['N1', 'Your account may be suspended, so please read our rules.'],
  ['N1', 'アカウントが停止される可能性があります。'],
  ['N1', 'Your message was not sent. Check your connection.'],
  ['N3', 'You can appeal in the next 30 days.'],
  ['N3', 'Puedes apelar durante los próximos 30 días.'],
  ['N3', '今後、違反を繰り返した場合は永久に停止されます。'],
  ['N6', 'Reports from users help us keep the community safe.'],
  ['N10', 'Log in to unlock your account.'],
  ['N7', 'تم حذف منشورك. تواصل مع الإدارة.'],
  ['N1', 'Conteúdo exclusivo para assinantes.'],
  ['N1', 'यदि 24 घंटे के भीतर सत्यापन नहीं किया गया, तो आपका खाता निलंबित कर दिया जाएगा।'],
  ['N9', 'Wir schützen dich vor Spam.'],
  ['N9', 'You are banned for now.'],
  ['N3', 'Puteți contesta decizia timp de 30 de zile.'],
  ['N4', 'Your account has been suspended.'],
  ['N4', 'アカウントは2022年10月31日に停止されました。'],
  ['N5', 'Hai ricevuto troppe segnalazioni.'],
  ['N5', 'Vous avez reçu trop de signalements.'],
];

describe('eighth-round guards', () => {
  it.each(GUARDS)('%s stays missing: %s', (id, text) => {
    expect(status(id, text)).toBe('missing');
  });
});

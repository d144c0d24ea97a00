import { describe, expect, it, vi } from 'vitest';
import type { ChecklistId } from '@/utils/appeal/types';
import { statusIn } from './paradigm-cases';

// The first check compiles every word family (a few seconds on a loaded 2-core machine); later ones take milliseconds.
vi.setConfig({ testTimeout: 30_000 });

/**
 * The sixth round of word families (checklist-paradigms-more.ts): sentences
 * written for these tests as platforms word such notices, in many languages;
 * each was reported missing by the checker before this round.
 */
const status = statusIn('other');

const PRESENT: Partial<Record<ChecklistId, string[]>> = {
  // the measure through what cannot be undone, a prohibition addressed to the user, quarantine, freezing, muting
  N1: [
    'We are unable to reinstate your account.',
    'Access to your account is prohibited.',
    "We've paused your account.",
    'Wir können Ihr Konto nicht reaktivieren.',
    'Nous ne pouvons pas réactiver votre compte.',
    "L'accès à votre compte est interdit.",
    'Votre compte est en quarantaine.',
    'No podemos reactivar tu cuenta.',
    'Se te ha prohibido publicar.',
    'Non possiamo riattivare il tuo account.',
    'Ti è stato vietato di pubblicare.',
    'Sei stato espulso dal server.',
    'Não podemos reativar sua conta.',
    'Você foi proibido de publicar.',
    'We kunnen je account niet opnieuw activeren.',
    'Het is je verboden om berichten te plaatsen.',
    'アカウントへのアクセスは禁止されています。',
    'アカウントが隔離されました。',
    '계정이 동결되었습니다.',
    '계정이 격리되었습니다.',
    'Zostałeś wyciszony.',
    'Nie możemy przywrócić Twojego konta.',
  ],
  N3: [
    'This restriction will last 3 days.',
    "Hesabınız 12 Haziran'a kadar askıya alındı.",
    'Twoje konto zostało zablokowane do 12 czerwca.',
    'Tài khoản của bạn đã bị tạm khóa.',
    'Ограничение снимается в течение суток.',
    'Ваш аккаунт заблокирован до 12 июня.',
  ],
  // linked accounts, what was not provided, too much too fast, what was offered
  N5: [
    'We took these actions because you are offering counterfeit items.',
    'You were selling counterfeit goods.',
    'You did not provide the required documents.',
    'You failed to submit the requested information.',
    'Your account is linked to another account that was banned.',
    'This account is associated with a previously suspended account.',
    'You sent too many messages in a short time.',
    'You followed too many accounts in a short period.',
    'Sie haben die erforderlichen Dokumente nicht eingereicht.',
    'Dein Konto ist mit einem gesperrten Konto verknüpft.',
    "Vous n'avez pas fourni les documents requis.",
    'Votre compte est lié à un compte suspendu.',
    'Tu cuenta está vinculada a una cuenta suspendida.',
    'Non hai fornito i documenti richiesti.',
    'Il tuo account è collegato a un account sospeso.',
    'Sua conta está vinculada a uma conta suspensa.',
    'Je hebt de vereiste documenten niet ingediend.',
    'Je account is gekoppeld aan een geblokkeerd account.',
    '必要な書類が提出されていません。',
    'このアカウントは停止されたアカウントと関連しています。',
    '短時間に多くのメッセージを送信しました。',
    '您的账号与被封禁的账号关联。',
    '您未提交所需文件。',
    '您在短时间内发送了大量消息。',
    '필요한 서류를 제출하지 않았습니다.',
    '정지된 계정과 연결된 계정입니다.',
    '짧은 시간에 너무 많은 메시지를 보냈습니다.',
    'Anda tidak mengirimkan dokumen yang diperlukan.',
    'Akun Anda terkait dengan akun yang ditangguhkan.',
    'Gerekli belgeleri göndermediniz.',
    'Hesabınız askıya alınmış bir hesapla bağlantılı.',
    'Twoje konto jest powiązane z zawieszonym kontem.',
  ],
  N6: [
    'Our system flagged your account activity as a violation.',
    'Based on reports from the community, we removed your post.',
    'We identified activity on your account that violates our rules.',
    'Bài viết của bạn đã bị người dùng khác báo cáo.',
  ],
  // a person as the subject of the decision: the decision was not automated
  N7: [
    'A moderator removed your post.',
    'An administrator has banned your account.',
    'Ein Moderator hat deinen Beitrag entfernt.',
    'Ein Administrator hat dein Konto gesperrt.',
    'Un modérateur a supprimé votre publication.',
    'Un administrateur a suspendu votre compte.',
    'Un moderador eliminó tu publicación.',
    'Un moderatore ha rimosso il tuo post.',
    'Un amministratore ha sospeso il tuo account.',
    'Um moderador removeu sua publicação.',
    'Um administrador suspendeu sua conta.',
    'Een moderator heeft je bericht verwijderd.',
    'Een beheerder heeft je account geblokkeerd.',
    'モデレーターが投稿を削除しました。',
    '管理者がアカウントを停止しました。',
    '管理员删除了您的帖子。',
    '版主已删除您的帖子。',
    'Moderator telah menghapus postingan Anda.',
    'Admin telah memblokir akun Anda.',
    'Bir moderatör gönderinizi kaldırdı.',
    'Yönetici hesabınızı askıya aldı.',
    'Moderator usunął Twój post.',
    'Administrator zablokował Twoje konto.',
    'Обычно это результат автоматизированного процесса.',
    'Модератор удалил ваш пост.',
    'Quản trị viên đã xóa bài viết của bạn.',
  ],
  // a numbered clause of a named instrument; a topic as what was offered; pornography as a topic
  N9: [
    'Your post violates Article 5 of our Terms of Use.',
    'Wir haben das Video wegen Verstoßes gegen unsere Richtlinien in Bezug auf pornografischen Inhalt gesperrt.',
    'Ihr Konto verstößt gegen § 5 unserer Nutzungsbedingungen.',
    "Votre contenu enfreint l'article 5 de nos conditions d'utilisation.",
    'Tu cuenta infringe el artículo 5 de nuestras condiciones.',
    "Il tuo post viola l'articolo 5 dei nostri termini.",
    'Il tuo contenuto viola le nostre norme in materia di pornografia.',
    'Sua publicação viola o artigo 5 dos nossos termos.',
    'Je bericht schendt artikel 5 van onze voorwaarden.',
    '規約第5条に違反しています。',
    'ビジネスソリューション契約の第 3 項に従って停止されました。',
    '违反《社区规范》第3条。',
    '커뮤니티 가이드라인 제3조를 위반했습니다.',
    'Postingan Anda melanggar pasal 5 Ketentuan Layanan kami.',
    'Gönderiniz Kullanım Koşullarımızın 5. maddesini ihlal ediyor.',
    'Twój post narusza punkt 5 regulaminu.',
    'We removed your listing because you are selling counterfeit items.',
  ],
  N10: ['审核有误可提交复议。'],
};


/** Second batch of this round (each also missing before): rejections and locks, ends after a stated time, the imperative on a button, a reference line. */
const PRESENT_MORE: Partial<Record<ChecklistId, string[]>> = {
  N1: [
    "You can't post or comment right now.",
    "Du kannst im Moment keine Beiträge posten.",
    "Vous ne pouvez pas publier pour le moment.",
    "No puedes publicar en este momento.",
    "Non puoi pubblicare al momento.",
    "Você não pode publicar no momento.",
    "Je kunt momenteel geen berichten plaatsen.",
    "지금은 게시할 수 없습니다.",
    "Şu anda gönderi paylaşamazsın.",
    "Nie możesz teraz publikować.",
    "Anda tidak dapat memposting saat ini.",
    "Ваш аккаунт забанен.",
    "Je advertentie is afgekeurd.",
    "広告が不承認になりました。",
    "帐号已被锁定。",
    "댓글이 숨겨졌습니다.",
    "Hesabınız kilitlendi.",
  ],
  N3: [
    "Your restriction expires on June 12.",
    "Die Sperre wird in 3 Tagen aufgehoben.",
    "La restriction sera levée dans 3 jours.",
    "制限は3日後に解除されます。",
    "您的账号将在3天后解封。",
    "계정 제한은 3일 후에 해제됩니다.",
  ],
  N10: [
    "Request review",
    "Demander un examen",
    "Richiedi una revisione.",
    "Solicita una revisión.",
    "Solicite uma análise.",
    "Vraag een beoordeling aan.",
    "Du kannst eine erneute Prüfung anfordern.",
    "검토 요청",
  ],
  N14: [
    "Du hast 30 Tage Zeit, um Einspruch einzulegen.",
  ],
  N5: [
    "Your account appears to be using automation to like posts.",
    "Your username impersonates another person.",
    "Tu nombre de usuario infringe nuestras normas.",
    "サードパーティ製アプリの使用が確認されました。",
    "你的用户名违反了社区规范。",
    "Wir haben festgestellt, dass du eine Drittanbieter-App verwendet hast.",
    "Nous avons constaté que vous utilisiez une application tierce.",
    "Hemos detectado que usabas una aplicación de terceros.",
  ],
  N6: [
    "We removed your video in response to a court order.",
  ],
  N15: [
    "Reference: ABC-123456",
    "案例编号：12345678",
  ],
};

/** Look-alikes each family must not take: rules stated in general, conditions, consequences, help pages. */
const MISSING: Partial<Record<ChecklistId, string[]>> = {
  N1: [
    'Spam is prohibited on our platform.',
    'Posting spam is forbidden.',
    'Quarantine rules are explained in our help center.',
    "If you can't post right now, check your connection.",
    "You can't post if your account is private.",
    'Du kannst im Moment Beiträge posten.',
    'You can post again right now.',
  ],
  N4: ['Your account has been suspended. For more information, see https://help.twitch.tv/customer/portal/articles/725568-terms-of-service.'],
  N5: [
    'If you did not provide the required documents, your account may be suspended.',
    'If your account is linked to another account that was banned, it may be suspended too.',
    'Si no has enviado los documentos, tu cuenta podría ser suspendida.',
    'Akun Anda telah ditangguhkan. Anda tidak dapat mengunggah karya baru.',
    'Do not use third-party apps to grow your account.',
    'You can change your username in your settings.',
  ],
  N6: ['We found ongoing violations of our policies.'],
  N10: ['We will review your request and reply by email.'],
  N3: ['We usually answer appeals in 3 days.'],
  N7: ['Contact a moderator if you think we removed your post by mistake.', 'Moderators can remove posts that break the rules.'],
  N9: ['Please read the rules in section 3 of the help center.', 'This violates our Community Guidelines.', 'Your account was suspended for violating our Terms of Service.'],
};

describe('sixth-round word families', () => {
  for (const [id, sentences] of [...Object.entries(PRESENT), ...Object.entries(PRESENT_MORE)] as [ChecklistId, string[]][])
    for (const text of sentences)
      it(`${id} present: ${text}`, () => {
        expect(status(id, text)).toBe('present');
      });
  for (const [id, sentences] of Object.entries(MISSING) as [ChecklistId, string[]][])
    for (const text of sentences)
      it(`${id} not taken: ${text}`, () => {
        expect(status(id, text)).toBe('missing');
      });
  it('still reads a post link as identifying the content', () => {
    expect(status('N4', 'We removed your post https://www.instagram.com/p/C8xYz12AbCd/ for nudity.')).toBe('present');
  });
});

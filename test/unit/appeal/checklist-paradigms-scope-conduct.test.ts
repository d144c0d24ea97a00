import { describe, expect, it, vi } from 'vitest';
import { CORE_LANGS, type CoreLang } from '@/utils/appeal/checklist-paradigms';
import type { ChecklistId } from '@/utils/appeal/types';
import { presentInEachLanguage, statusIn } from './paradigm-cases';

// The first check compiles every word family (a few seconds on a loaded 2-core machine); later ones take milliseconds.
vi.setConfig({ testTimeout: 30_000 });

/**
 * N2 (territorial scope), N5 (the user's conduct) and N16 (prior warning) per
 * core language (checklist-paradigms.ts: TERRITORY_PARADIGM,
 * CONDUCT_MORE_PARADIGM, WARNING_PARADIGM). Sentences written for these tests
 * as platforms word such notices, not corpus rows; each failed on the checker
 * before these paradigms.
 */
const status = statusIn('pinterest');

const PRESENT: Partial<Record<ChecklistId, Record<CoreLang, string>>> = {
  N2: {
    en: 'This video is not available in Germany due to a legal complaint.',
    de: 'Dein Beitrag ist in deinem Land nicht mehr sichtbar.',
    fr: 'Votre vidéo a été bloquée dans certains pays.',
    es: 'Tu publicación no está disponible en tu país.',
    it: 'Il tuo video è stato bloccato in alcuni paesi.',
    pt: 'Seu vídeo foi bloqueado no seu país.',
    nl: 'Je video is geblokkeerd in bepaalde landen.',
    ja: 'この動画は一部の国では表示されません。',
    zh: '该视频在某些国家无法观看。',
    ko: '이 동영상은 일부 국가에서 볼 수 없습니다.',
    id: 'Video Anda tidak tersedia di negara Anda.',
    tr: 'Videonuz ülkenizde erişime kapatıldı.',
    pl: 'Twój film jest niedostępny w niektórych krajach.',
  },
  N5: {
    en: 'Your post contains a link to a phishing site.',
    de: 'Dein Kommentar enthält eine Beleidigung.',
    fr: 'Votre publication contient des propos insultants.',
    es: 'Tu comentario contiene insultos.',
    it: 'Il tuo post contiene un link ingannevole.',
    pt: 'Sua publicação contém um link enganoso.',
    nl: 'Je bericht bevat een link naar een nepwebsite.',
    ja: '外部サイトへのリンクを繰り返し投稿したため、アカウントを停止しました。',
    zh: '因为你多次发送广告链接，账号已被限制。',
    ko: '동일한 댓글을 반복해서 게시하셨기 때문에 계정이 제한되었습니다.',
    id: 'Postingan Anda berisi tautan ke situs palsu.',
    tr: 'Başka birinin fotoğrafını kullandınız.',
    pl: 'Twój komentarz zawiera obraźliwe słowa.',
  },
  // N16 applies only where the notice claims illegal content (here: copyright)
  N16: {
    en: 'We notified you twice before about copyright.',
    de: 'Wir haben dich wegen Urheberrecht bereits gewarnt.',
    fr: 'Vous avez déjà été averti pour des atteintes au droit d\'auteur.',
    es: 'Ya fuiste advertido por infringir derechos de autor.',
    it: 'Sei già stato avvertito per violazioni del diritto d\'autore.',
    pt: 'Você já recebeu advertências por violar direitos autorais.',
    nl: 'Je bent eerder gewaarschuwd voor inbreuk op het auteursrecht.',
    ja: '以前にも著作権侵害について注意を行いました。',
    zh: '此前已多次提醒您注意侵权问题。',
    ko: '저작권 침해로 이전에 경고를 받으셨습니다. (copyright)',
    id: 'Kami telah memperingatkan Anda tentang pelanggaran hak cipta (copyright).',
    tr: 'Telif hakkı ihlalleri konusunda sizi uyardık (copyright).',
    pl: 'Ostrzegaliśmy Cię już w sprawie naruszeń praw autorskich (copyright).',
  },
};

describe('checker paradigms: N2, N5, N16 in each core language', () => {
  presentInEachLanguage(status, PRESENT, CORE_LANGS);
});

describe('checker paradigms: more N2 and N5 forms', () => {
  it.each<[ChecklistId, string]>([
    ['N2', 'Your Tweet has been withheld in France in response to a legal demand.'],
    ['N2', 'This content is geo-blocked.'],
    ['N2', 'Der Beitrag wurde in bestimmten Ländern gesperrt.'],
    ['N2', 'Votre compte est restreint dans l\'Union européenne.'],
    ['N2', 'La restricción se aplica en la Unión Europea.'],
    ['N2', 'Il contenuto è stato limitato nell\'Unione europea.'],
    ['N2', 'O conteúdo foi restringido na União Europeia.'],
    ['N2', 'Dit bericht is beperkt in de Europese Unie.'],
    ['N5', 'Your account was suspended because you used a third-party app to gain followers.'],
    ['N5', 'You commented on several posts with the same link.'],
    ['N5', 'Wir haben dein Konto gesperrt, weil du Bots verwendet hast.'],
    ['N5', 'Nous avons suspendu votre compte parce que vous avez utilisé un logiciel automatisé.'],
    ['N5', 'Suspendimos tu cuenta porque usaste un programa automatizado.'],
    ['N5', 'Abbiamo sospeso il tuo account perché hai utilizzato un software automatico.'],
    ['N5', 'Suspendemos sua conta porque você usou um aplicativo de terceiros.'],
    ['N5', 'We hebben je account geschorst omdat je een bot hebt gebruikt.'],
    ['N5', 'Akun Anda ditangguhkan karena Anda menggunakan aplikasi pihak ketiga.'],
    ['N5', 'Paylaştığınız video şiddet içeriyor.'],
    ['N5', 'Użyłeś niedozwolonego oprogramowania.'],
  ])('%s present: %s', (id, text) => {
    expect(status(id, text)).toBe('present');
  });
});

/** The obvious false positives: each must stay missing. */
describe('checker paradigms: N2, N5 and N16 false positives stay out', () => {
  it.each<[ChecklistId, string]>([
    // "in your settings / account / app" names no territory
    ['N2', 'You can change this in your settings.'],
    ['N2', 'Du findest das in deinen Einstellungen.'],
    ['N2', 'Vous pouvez le modifier dans vos paramètres.'],
    ['N2', 'Puedes cambiarlo en tu configuración.'],
    ['N2', 'Puoi modificarlo nelle tue impostazioni.'],
    ['N2', 'Você pode alterar isso nas suas configurações.'],
    ['N2', 'Je kunt dit wijzigen in je instellingen.'],
    ['N2', '設定で変更できます。'],
    ['N2', '您可以在设置中更改。'],
    ['N2', '설정에서 변경할 수 있습니다.'],
    ['N2', 'Anda dapat mengubahnya di pengaturan Anda.'],
    ['N2', 'Bunu ayarlarınızdan değiştirebilirsiniz.'],
    ['N2', 'Możesz to zmienić w ustawieniach.'],
    // access blocked is the measure (N1), not where it applies
    ['N2', 'İçeriğinize erişime engellendi.'],
    // "you can post again", "if you post / use …": no conduct stated
    ['N5', 'You can post again in 24 hours.'],
    ['N5', 'If you used a third-party app, remove it.'],
    ['N5', 'If you commented on a post by mistake, delete the comment.'],
    ['N5', 'Du kannst wieder posten.'],
    ['N5', 'Vous pourrez publier à nouveau demain.'],
    ['N5', 'Podrás volver a publicar mañana.'],
    ['N5', 'Se pubblichi di nuovo contenuti simili, il tuo account potrebbe essere sospeso.'],
    ['N5', 'Jika Anda menggunakan aplikasi pihak ketiga, hapuslah.'],
    ['N5', 'Your account was suspended because you violated our Community Guidelines.'],
    // a warning word about the future is not a prior warning
    ['N16', 'Wir haben dein Konto wegen Urheberrecht gesperrt.'],
    ['N16', 'Tu cuenta fue suspendida por infringir derechos de autor.'],
  ])('%s missing: %s', (id, text) => {
    expect(status(id, text)).toBe('missing');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { EXTRA_LANGS, type ExtraLang } from '@/utils/appeal/checklist-paradigms';
import type { ChecklistId } from '@/utils/appeal/types';
import { presentInEachLanguage, statusIn } from './paradigm-cases';

// The first check compiles every word family (a few seconds on a loaded 2-core machine); later ones take milliseconds.
vi.setConfig({ testTimeout: 30_000 });

/**
 * The commonest forms of N1 (what was done), N3 (how long), N6 (origin), N7 (automation), N9 (policy on X) and N10 (a way
 * to contest) in ru, uk, sv, da, nb, fi, cs, hu, vi, th, ar
 * (checklist-paradigms.ts: ACTION_EXTRA, DURATION_EXTRA, ORIGIN_EXTRA, AUTOMATION_EXTRA, NAMED_RULE_EXTRA, REDRESS_EXTRA).
 * Sentences written for these tests; each failed on the checker before.
 */
const status = statusIn('pinterest');

const PRESENT: Partial<Record<ChecklistId, Record<ExtraLang, string>>> = {
  N1: {
    ru: 'Мы скрыли вашу публикацию.',
    uk: 'Ми видалили ваш допис.',
    sv: 'Ditt konto har inaktiverats.',
    da: 'Vi har lukket din konto.',
    nb: 'Kontoen din er deaktivert.',
    fi: 'Tilisi on suljettu.',
    cs: 'Váš příspěvek byl smazán.',
    hu: 'A fiókodat zároltuk.',
    vi: 'Tài khoản của bạn đã bị tạm ngưng.',
    th: 'บัญชีของคุณถูกจำกัดการใช้งาน',
    ar: 'تم تقييد حسابك.',
  },
  N6: {
    ru: 'Мы получили жалобу на вашу публикацию.',
    uk: 'Ми отримали скаргу на ваш допис.',
    sv: 'Ditt inlägg har anmälts av andra användare.',
    da: 'Vi har modtaget en klage over dit opslag.',
    nb: 'Innlegget ditt ble rapportert av andre brukere.',
    fi: 'Saimme ilmoituksen julkaisustasi.',
    cs: 'Obdrželi jsme stížnost na váš příspěvek.',
    hu: 'Bejelentés érkezett a bejegyzésedről.',
    vi: 'Chúng tôi đã nhận được báo cáo về bài viết của bạn.',
    th: 'เราได้รับรายงานเกี่ยวกับโพสต์ของคุณ',
    ar: 'تلقينا بلاغا بشأن منشورك.',
  },
  N7: {
    ru: 'Нарушение выявила автоматическая система модерации.',
    uk: 'Порушення виявила автоматична система модерації.',
    sv: 'Överträdelsen upptäcktes av våra automatiserade system.',
    da: 'Overtrædelsen blev fundet af vores automatiserede systemer.',
    nb: 'Bruddet ble oppdaget av våre automatiserte systemer.',
    fi: 'Rikkomus havaittiin automaattisella järjestelmällä.',
    cs: 'Porušení odhalil automatický systém.',
    hu: 'A szabálysértést automatikus rendszerünk észlelte.',
    vi: 'Vi phạm được hệ thống tự động phát hiện.',
    th: 'การละเมิดถูกตรวจพบโดยระบบอัตโนมัติ',
    ar: 'تم رصد المخالفة بواسطة أنظمة آلية.',
  },
  N9: {
    ru: 'Ваша публикация нарушает наши правила в отношении мошенничества.',
    uk: 'Ваш допис порушує наші правила щодо цькування.',
    sv: 'Ditt inlägg bryter mot våra regler om trakasserier.',
    da: 'Dit opslag overtræder vores retningslinjer om chikane.',
    nb: 'Innlegget ditt bryter retningslinjene våre mot trakassering.',
    fi: 'Julkaisusi rikkoo häirintää koskevia sääntöjämme.',
    cs: 'Váš příspěvek porušuje naše zásady týkající se obtěžování.',
    hu: 'A bejegyzésed sérti a zaklatásra vonatkozó irányelveinket.',
    vi: 'Bài viết của bạn vi phạm chính sách về quấy rối.',
    th: 'โพสต์ของคุณละเมิดนโยบายเกี่ยวกับการคุกคาม',
    ar: 'ينتهك منشورك سياساتنا بشأن التحرش.',
  },
  N3: {
    ru: 'Ваш аккаунт заблокирован на 7 дней.',
    uk: 'Ваш обліковий запис заблоковано на 3 дні.',
    sv: 'Ditt konto är avstängt i 7 dagar.',
    da: 'Din konto er spærret i 3 dage.',
    nb: 'Kontoen din er sperret i 7 dager.',
    fi: 'Tilisi on jäädytetty 7 päiväksi.',
    cs: 'Váš účet byl zablokován na 7 dní.',
    hu: 'A fiókodat 3 napra felfüggesztettük.',
    vi: 'Tài khoản của bạn bị khóa trong 7 ngày.',
    th: 'บัญชีของคุณถูกระงับเป็นเวลา 7 วัน',
    ar: 'تم تعليق حسابك لمدة 7 أيام.',
  },
  N10: {
    ru: 'Вы можете обжаловать это решение.',
    uk: 'Ви можете оскаржити це рішення.',
    sv: 'Du kan begära en ny granskning.',
    da: 'Du kan anmode om en ny gennemgang.',
    nb: 'Du kan be om en ny gjennomgang.',
    fi: 'Jos olet eri mieltä, ota yhteyttä meihin.',
    cs: 'Pokud nesouhlasíte, napište nám.',
    hu: 'Ha nem értesz egyet, írj nekünk.',
    vi: 'Bạn có thể gửi khiếu nại.',
    th: 'หากคุณไม่เห็นด้วย โปรดติดต่อเรา',
    ar: 'يمكنك طلب مراجعة هذا القرار.',
  },
};

describe('checker paradigms: N1, N3, N6, N7, N9, N10 in the other languages', () => {
  presentInEachLanguage(status, PRESENT, EXTRA_LANGS);
});

describe('checker paradigms: other-language false positives stay out', () => {
  it.each<[ChecklistId, string]>([
    // the rules named without a topic are not a named clause
    ['N9', 'Ваша публикация нарушает правила сообщества.'],
    ['N9', 'Läs våra regler.'],
    ['N9', 'Vui lòng đọc tiêu chuẩn cộng đồng.'],
    ['N9', 'โปรดอ่านนโยบายของเรา'],
    // "please review the guidelines" / "if you have questions" is not a way to contest
    ['N10', 'يرجى مراجعة إرشادات المجتمع.'],
    ['N10', 'Если у вас есть вопросы, посетите справочный центр.'],
    ['N10', 'Har du spørsmål, se hjelpesenteret.'],
    // "not limited", an unsubscribe line: no measure
    ['N1', 'Počet příspěvků není omezen.'],
    ['N1', 'Zrušení odběru: klikněte zde.'],
    ['N1', 'Du kan publisere igjen.'],
    // telling the user how to report is not an origin; automatic restoring is not an automated decision
    ['N6', 'Чтобы пожаловаться на публикацию, нажмите на три точки.'],
    ['N7', 'Ваш аккаунт будет автоматически восстановлен через 7 дней.'],
    ['N7', 'Kontoen din blir automatisk gjenopprettet.'],
    // the time to appeal is not the measure's length
    ['N3', 'Вы можете обжаловать решение на 30 дней.'],
    ['N3', 'Du kan överklaga beslutet i 30 dagar.'],
    ['N3', 'يمكنك تقديم استئناف لمدة 30 يوما.'],
  ])('%s missing: %s', (id, text) => {
    expect(status(id, text)).toBe('missing');
  });
});

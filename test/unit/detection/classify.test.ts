import { describe, expect, it } from 'vitest';
import { classifyNotice } from '@/utils/detection/classify';

const kindOf = (text: string, lang?: string) => classifyNotice({ text, lang }).kind;

describe('classifyNotice: one notice per language', () => {
  it.each([
    ['en', 'Your account has been suspended for violating our Community Guidelines.', 'account_suspended'],
    ['de', 'Dein Konto wurde wegen Verstoßes gegen unsere Community-Richtlinien gesperrt.', 'account_suspended'],
    ['fr', 'Votre compte a été suspendu pour non-respect de nos règles.', 'account_suspended'],
    ['es', 'Tu cuenta ha sido suspendida por infringir nuestras normas comunitarias.', 'account_suspended'],
    ['it', 'Il tuo account è stato sospeso per violazione delle linee guida.', 'account_suspended'],
    ['pt', 'Sua conta foi suspensa por violar nossas diretrizes.', 'account_suspended'],
    ['nl', 'Je account is geschorst wegens het overtreden van onze richtlijnen.', 'account_suspended'],
    ['pl', 'Twoje konto zostało zawieszone za naruszenie zasad.', 'account_suspended'],
    ['ja', 'ルール違反により、あなたのアカウントは凍結されています。', 'account_suspended'],
    ['zh', '你的账号因违反社区准则已被封禁。', 'account_suspended'],
  ])('%s', (lang, text, kind) => {
    const result = classifyNotice({ text });
    expect(result.kind).toBe(kind);
    expect(result.language).toBe(lang);
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.matched.some((m) => m.startsWith(`${lang}:`) || m.startsWith('en:'))).toBe(true);
  });
});

describe('classifyNotice: kinds', () => {
  it('tells suspension, deactivation, restriction and content removal apart', () => {
    expect(kindOf('We disabled your account because it does not follow our Terms.')).toBe('account_deactivated');
    expect(kindOf('Your account has been deactivated for violating our Community Guidelines.')).toBe('account_deactivated');
    expect(kindOf("You can't post or comment for 3 days because of a violation of our Community Standards.")).toBe('account_restricted');
    expect(kindOf('Your account is in read-only mode.')).toBe('account_restricted');
    expect(kindOf('We removed your Pin because it goes against our Community Guidelines on adult content.')).toBe('content_removed');
    expect(kindOf('Your video has been removed for violating YouTube’s Community Guidelines.')).toBe('content_removed');
    expect(kindOf('Your channel has been terminated.')).toBe('account_suspended');
    expect(kindOf("You've been temporarily restricted from commenting.")).toBe('account_restricted');
    expect(kindOf("You've been banned from participating in r/pics")).toBe('account_restricted');
  });

  it('an account notice outranks a content notice in the same text', () => {
    expect(kindOf('We removed your Pin. Your account has been suspended for repeated violations.')).toBe('account_suspended');
  });
});

describe('classifyNotice: look-alikes come out none', () => {
  it.each([
    ['help centre', "If your account's suspended, you'll see an error message when you try to log in."],
    ['help centre (may)', 'We may suspend accounts that break our rules, for example spam accounts.'],
    ['help centre (how to)', 'How to appeal when your account was suspended'],
    ['news', 'Pinterest apologised after thousands of users were banned by mistake.'],
    ['news (third person)', 'Users say their accounts were mistakenly deactivated in May.'],
    ['own deactivation', 'You deactivated your account. Log back in to reactivate it at any time.'],
    ['own closing', 'Your account has been deactivated at your request.'],
    ['own deletion', 'Your account has been deleted as you requested. We are sorry to see you go.'],
    ['missing profile', 'User not found.'],
    ['missing profile (X)', 'This account doesn’t exist. Try searching for another.'],
    ['password reset', 'Reset your password: we received a request to reset the password for your account.'],
    ['safe mode', 'Your account is in safe mode because we noticed suspicious activity. Reset your password to unlock it.'],
    ['suspicious login', 'Your account has been locked because we noticed unusual activity. Verify it’s you to continue.'],
    ['rate limit', 'Too many requests. Please try again later.'],
    ['rate limit (Reddit)', "You're doing that too much. Try again in 5 minutes."],
    ['restored', 'Good news: your account has been restored. Welcome back!'],
    ['reinstated', 'We’ve reviewed your appeal and your account has been reinstated.'],
    ['suspension bridge', 'The Golden Gate Bridge is a suspension bridge.'],
    ['suspended ceiling', 'We installed a suspended ceiling in the kitchen.'],
    ['suspended sentence', 'He was given a suspended sentence of six months.'],
    ['German help', 'Wenn dein Konto gesperrt wurde, siehst du beim Anmelden eine Meldung.'],
    ['French news', 'Des milliers d’utilisateurs ont été bannis par erreur.'],
    ['empty', ''],
    ['unknown script', 'ᐊᒃᑲᐅᓐᑦ ᓴᓇᔭᐅᓯᒪᔪᖅ'],
  ])('%s', (_label, text) => {
    expect(kindOf(text)).toBe('none');
  });

  it('says which veto held a rule back', () => {
    expect(classifyNotice({ text: "If your account's suspended, you'll see an error." }).matched).toContain('veto:en:hypothetical');
    expect(classifyNotice({ text: 'Your account has been restored after we reviewed the suspension.' }).matched).toContain('veto:en:restored');
  });
});

describe('classifyNotice: robustness', () => {
  it('answers a huge text within its budget and never throws', () => {
    const huge = 'lorem ipsum dolor sit amet '.repeat(200_000) + ' Your account has been suspended.';
    const started = performance.now();
    expect(() => classifyNotice({ text: huge })).not.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('takes the platform from the URL and the language from a hint', () => {
    const r = classifyNotice({ text: 'Your account has been suspended.', url: 'https://de.pinterest.com/login/', lang: 'en-GB' });
    expect(r).toMatchObject({ kind: 'account_suspended', platform: 'pinterest', language: 'en' });
  });
});

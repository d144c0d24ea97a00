/**
 * A notice pasted from a service Reinstate has no name for (platform 'other') is drafted with the
 * language's common noun in the place of the service's name: "the platform", "die Plattform", "la
 * piattaforma". The templates treat that place as a proper noun ("my {{platform}} account", "von
 * {{platform}}", "Beste {{platform}}-team"), which a common noun does not fit: "my the platform account",
 * "von die Plattform", "di la piattaforma", "plataforma plataforma". These mends put each such phrase the
 * way the language says it; they run only on an unnamed service's letter, never on quoted words.
 */
type Mend = [RegExp, string];

/** "(?: sam_example)?": the account's handle where the template puts it after the noun, so it can follow "account" instead. */
const HANDLE = '(?<handle> \\S+)?';
const withHandle = (source: string, account: string | undefined) => new RegExp(source.replace(HANDLE, account ? `(?<handle> ${account.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})?` : '(?<handle>)'), 'g');

/** Phrases in which the noun and the account's handle are reordered ({handle} marks where the handle goes). */
const REORDER: Record<string, [string, string][]> = {
  en: [[`\\bmy the platform account${HANDLE}`, 'my account{handle} on the platform'], [`: the platform account${HANDLE}`, ': account{handle} on the platform']],
  de: [
    [`\\bmeines die Plattform-Kontos${HANDLE}`, 'meines Kontos{handle} auf der Plattform'],
    [`\\bmeinem die Plattform-Konto${HANDLE}`, 'meinem Konto{handle} auf der Plattform'],
    [`: die Plattform-Konto${HANDLE}`, ': Konto{handle} auf der Plattform'],
  ],
  fr: [[`\\bcompte la plateforme${HANDLE}`, 'compte{handle} sur la plateforme']],
  it: [[`\\baccount la piattaforma${HANDLE}`, 'account{handle} sulla piattaforma']],
  nl: [[`\\bmijn het platform-account${HANDLE}`, 'mijn account{handle} op het platform'], [`: het platform-account${HANDLE}`, ': account{handle} op het platform']],
  pt: [[`\\bconta na plataforma plataforma${HANDLE}`, 'conta{handle} na plataforma'], [`\\bconta plataforma${HANDLE}`, 'conta{handle}']],
};

const MENDS: Record<string, Mend[]> = {
  en: [
    [/^Dear the platform team,$/gm, 'Dear Sir or Madam,'],
  ],
  de: [
    [/\bvon die Plattform herangezogen/g, 'von der Plattform herangezogen'],
    [/\bvon die Plattform\b/g, 'der Plattform'],
    [/\b(mit|bei|auf) die Plattform\b/g, '$1 der Plattform'],
  ],
  fr: [
  ],
  es: [],
  it: [
    [/\bdi la piattaforma\b/g, 'della piattaforma'],
    [/\bda la piattaforma\b/g, 'dalla piattaforma'],
    [/\bsu la piattaforma\b/g, 'sulla piattaforma'],
    [/\ba la piattaforma\b/g, 'alla piattaforma'],
  ],
  nl: [
    [/^Beste het platform-team,$/gm, 'Geachte heer, mevrouw,'],
  ],
  pt: [
    [/\bplataforma plataforma\b/g, 'plataforma'],
    [/\bdo serviço plataforma\b/g, 'da plataforma'],
  ],
  ja: [
    [/私の当該プラットフォームアカウント/g, '当該プラットフォームにおける私のアカウント'],
    [/（当該プラットフォームアカウント /g, '（当該プラットフォームのアカウント '],
    [/^当該プラットフォーム ご担当者様$/gm, 'ご担当者様'],
    [/当該プラットフォーム データ保護担当部門/g, '当該プラットフォームのデータ保護担当部門'],
  ],
};

/** The common noun each language's templates put in place of an unnamed service's name (services.other.name). */
function capitalised(noun: string): string {
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** The letter text with an unnamed service's phrases mended, and the noun capitalised where it opens a sentence. */
export function mendUnnamedService(text: string, language: string, noun: string, account?: string): string {
  let out = text;
  for (const [source, target] of REORDER[language] ?? []) out = out.replace(withHandle(source, account), (...args) => target.replace('{handle}', (args.at(-1) as { handle?: string }).handle ?? ''));
  for (const [pattern, replacement] of MENDS[language] ?? []) out = out.replace(pattern, replacement);
  if (noun && noun !== capitalised(noun)) {
    const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(^|[.!?]\\s+)${escaped}(?![\\p{L}])`, 'gmu'), (_, before: string) => `${before}${capitalised(noun)}`);
  }
  return out;
}

import type { Lexicon } from '../types';

export const pl: Lexicon = {
  lang: 'pl',
  markers: /\b(i|w|na|z|że|nie|się|jest|zostało|twoje|twój|konto|do|to|za|jesteś|twoja)\b/g,
  ownAccount: /\b(?:twoje|pana|pani)\s+konto\b|\btwój\s+(?:profil|kanał)\b/,
  ownContent: /\b(?:twój|twoja|twoje|twoi)\s+(?:pin|post|wpis|film|komentarz|treść|tweet|zdjęcie|tablica)\b/,
  weActed: /\b(zawiesiliśmy|zablokowaliśmy|wyłączyliśmy|dezaktywowaliśmy|ograniczyliśmy|usunęliśmy)\s+(?:twoje\s+)?konto/,
  youAre: /\b(?:jesteś|gdy jesteś|zostałaś|zostałeś|zostałaś\/eś)\s+(zawieszon[ya]|zbanowan[ya\/]+|zablokowan[ya])/,
  heading: /\b(konto (?:zawieszone|zablokowane|wyłączone))\b/,
  violation: /(narusz|łamanie|zasad|wytycznych|regulamin|warunków|spam)/,
  hypothetical: /\b(jeśli|jeżeli|gdy|kiedy|może|mogą|dlaczego|jak|konta, które)\b/,
  restored: /\b(przywrócon|reaktywowan|odblokowan)/,
  voluntary: /\b(dezaktywowałeś|usunąłeś|na twoją prośbę)\b/,
  security: /\b(nietypowa aktywność|podejrzana aktywność|zresetuj hasło|potwierdź swoją tożsamość)\b/,
  rateLimit: /\b(zbyt wiele (?:żądań|prób)|spróbuj ponownie później)\b/,
  otherAccount: /\b(nie znaleziono użytkownika|ten użytkownik|to konto nie istnieje)\b/,
  reporting: /\b(przeprosił|według|rzecznik|tysiące|setki|użytkownicy zostali)\b/,
};

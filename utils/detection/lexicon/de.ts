import type { Lexicon } from '../types';

export const de: Lexicon = {
  lang: 'de',
  markers: /\b(und|der|die|das|ist|wurde|wurden|dein|deine|ihr|ihre|nicht|mit|für|konto|wir|du|sie)\b/g,
  ownAccount: /\b(?:dein|deine|ihr|ihre)(?:\s+\S+)?\s+(?:[a-z]+-)?(?:konto|nutzerkonto|benutzerkonto|account|profil|kanal)\b/,
  ownContent: /\b(?:dein|deine|ihr|ihre)\s+(?:pin|pins|beitrag|beiträge|post|video|kommentar|inhalt|inhalte|tweet|foto|pinnwand|reel|story)\b/,
  weActed: /\bwir haben (?:dein|deine|ihr|ihre)\s+(?:\S+\s+)?(?:konto|account|profil|kanal|nutzerkonto)\s+(?:\S+\s+){0,2}?(gesperrt|deaktiviert|suspendiert|eingeschränkt|gekündigt|gelöscht|entfernt|blockiert)\b/,
  youAre: /\b(?:du bist|du wurdest|sie sind|sie wurden|während du|solange du)\b.{0,40}?(gesperrt|gebannt|suspendiert|eingeschränkt)/,
  heading: /\b(konto (?:gesperrt|deaktiviert|eingeschränkt)|gesperrtes konto)\b/,
  violation: /(verstoß|verstoss|verstoßen|verletzt|community-richtlinien|gemeinschaftsrichtlinien|richtlinien|nutzungsbedingungen|regeln|spam)/,
  hypothetical: /\b(wenn|falls|ob|kann|können|könnte|würde|wird|warum|wieso|wie (?:du|sie|lange|kann)|erfahre|konten, die)\b/,
  restored: /\b(wiederhergestellt|reaktiviert|entsperrt|freigeschaltet|aufgehoben|wieder aktiv|willkommen zurück)\b/,
  voluntary: /\b(du hast (?:dein|deine) (?:\S+ )?(?:konto|account) (?:deaktiviert|geschlossen|gelöscht)|auf (?:deinen|ihren) wunsch|hat sein konto|hat ihr konto)\b/,
  security: /\b(unbefugte(?:n)? (?:nutzung|zugriff)|ungewöhnliche aktivität|verdächtige (?:aktivität|anmeldung)|passwort zurücksetzen|bestätige, dass du es bist|identität bestätigen|sicherheitsgründen|gehackt)\b/,
  rateLimit: /\b(zu viele (?:anfragen|versuche)|versuche es (?:später|anschließend)|später erneut|später noch (?:mal|einmal)|warte \d+ (?:minuten|sekunden|stunden))\b/,
  otherAccount: /\b(nutzer nicht gefunden|dieser (?:nutzer|account|benutzer)|dieses konto (?:existiert nicht|gibt es nicht))\b/,
  reporting: /\b(entschuldigt|laut (?:einem|dem|einer) |sprecher(?:in)?|tausende|hunderte|nutzer(?:innen)? (?:wurden|berichten|beschweren)|berichtet(?:e|en)?)\b/,
};

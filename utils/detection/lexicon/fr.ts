import type { Lexicon } from '../types';

export const fr: Lexicon = {
  lang: 'fr',
  markers: /\b(le|la|les|votre|vous|est|été|nous|avons|une|des|pour|compte|ton|tu|de|du)\b/g,
  ownAccount: /\b(?:votre|ton|ta)\s+(?:compte|profil|chaîne|page)\b/,
  ownContent: /\b(?:votre|vos|ton|ta|tes)\s+(?:épingle|épingles|publication|publications|post|vidéo|commentaire|contenu|tweet|photo|tableau|story|reel)\b/,
  weActed: /\bnous avons (?:\S+\s+)?(suspendu|désactivé|restreint|limité|bloqué|supprimé|banni|résilié|fermé)\s+(?:votre|ton|ta)\s+(?:compte|profil|chaîne)/,
  youAre: /\b(?:vous êtes|tu es|vous avez été|tu as été|en étant|pendant que vous êtes)\b.{0,30}?(suspendu|banni|restreint|bloqué)/,
  heading: /\b(compte (?:suspendu|désactivé|restreint|bloqué))\b/,
  violation: /(enfrei|viol|non-respect|règles|règlement|conditions d'utilisation|standards de la communauté|consignes|lignes directrices|politique|spam)/,
  hypothetical: /\b(si|lorsque|quand|peut|peuvent|pourrait|pourquoi|comment|découvrez|les comptes qui)\b/,
  restored: /\b(rétabli|réactivé|restauré|débloqué|levée|de retour)\b/,
  voluntary: /\b(vous avez (?:désactivé|fermé|supprimé)|à votre demande|a supprimé son compte)\b/,
  security: /\b(activité inhabituelle|activité suspecte|réinitialiser votre mot de passe|confirmer votre identité|confirmer qu'il s'agit bien de vous|piraté)\b/,
  rateLimit: /\b(trop de (?:demandes|tentatives)|réessayez plus tard|réessayer ultérieurement|réessayez ultérieurement)\b/,
  otherAccount: /\b(utilisateur introuvable|cet utilisateur|ce compte n'existe pas)\b/,
  reporting: /\b(s'est excusé|selon (?:un|le|la|les)|porte-parole|des milliers|des centaines|utilisateurs ont été|ont été (?:suspendus|bannis))\b/,
};

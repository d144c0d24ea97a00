import type { Lexicon } from '../types';

export const pt: Lexicon = {
  lang: 'pt',
  markers: /\b(o|a|os|as|sua|seu|tua|teu|foi|está|você|nós|para|por|de|do|da|conta|não|que|uma|um)\b/g,
  ownAccount: /\b(?:a )?(?:sua|tua)\s+conta\b|\b(?:o )?(?:seu|teu)\s+(?:perfil|canal)\b/,
  ownContent: /\b(?:o seu|a sua|seu|sua|teu|tua)\s+(?:pin|publicação|post|vídeo|comentário|conteúdo|tweet|foto|pasta|story|reel)\b/,
  weActed: /\b(?:nós )?(suspendemos|desativamos|desabilitamos|bloqueamos|restringimos|limitamos|removemos|banimos)\s+(?:a )?(?:sua|tua)\s+conta/,
  youAre: /\b(?:você está|você foi|foste|estás|enquanto (?:você )?estiver)\s+(suspens[oa]|banid[oa]|bloquead[oa]|restrit[oa])/,
  heading: /\b(conta (?:suspensa|desativada|desabilitada|restrita|bloqueada))\b/,
  violation: /(viola|infring|diretrizes|padrões da comunidade|termos de uso|regras|políticas|spam)/,
  hypothetical: /\b(se|quando|pode|podem|poderá|poderia|por que|como|contas que)\b/,
  restored: /\b(restaurad|reativad|desbloquead|reintegrad)/,
  voluntary: /\b(você desativou|você excluiu|a seu pedido|a pedido seu)\b/,
  security: /\b(atividade (?:incomum|suspeita)|comprometimento d[ae] (?:sua )?(?:senha|palavra-passe)|redefin[ae] (?:a )?(?:sua )?(?:senha|palavra-passe)|redefinir (?:a )?sua senha|confirmar (?:a )?sua identidade|confirme que é você)\b/,
  rateLimit: /\b(muitas solicitações|tente novamente mais tarde)\b/,
  otherAccount: /\b(usuário não encontrado|este usuário|esta conta não existe)\b/,
  reporting: /\b(pediu desculpas|segundo (?:um|o|a|os)|porta-voz|milhares de|centenas de|usuários foram)\b/,
};

import type { Lexicon } from '../types';

export const es: Lexicon = {
  lang: 'es',
  markers: /\b(el|la|los|las|tu|su|has|ha|sido|fue|por|para|cuenta|hemos|nuestras|que|de|del|y)\b/g,
  ownAccount: /\b(?:tu|su)\s+(?:cuenta|perfil|canal|página)\b/,
  ownContent: /\b(?:tu|tus|su|sus)\s+(?:pin|pines|publicación|publicaciones|post|video|vídeo|comentario|contenido|tweet|foto|tablero|historia|reel)\b/,
  weActed: /\b(?:hemos |han )?(suspendido|suspendimos|inhabilitado|inhabilitamos|desactivado|desactivamos|deshabilitamos|restringido|restringimos|limitado|limitamos|bloqueado|bloqueamos|eliminado|eliminamos)\s+(?:tu|su)\s+(?:cuenta|perfil|canal)/,
  youAre: /\b(?:estás|está|has sido|ha sido|fuiste|mientras estás|mientras está)\s+(suspendid[oa]|bloquead[oa]|restringid[oa]|expulsad[oa]|banead[oa])/,
  heading: /\b(cuenta (?:suspendida|inhabilitada|desactivada|restringida|bloqueada))\b/,
  violation: /(infring|incumpl|viola|normas comunitarias|normas de la comunidad|condiciones de uso|términos|reglas|políticas|spam)/,
  hypothetical: /\b(si|cuando|puede|pueden|podría|por qué|cómo|las cuentas que)\b/,
  restored: /\b(restablecid|reactivad|restaurad|desbloquead|levantad)/,
  voluntary: /\b(desactivaste|has desactivado|cerraste|a petición tuya|a tu solicitud|ha eliminado su cuenta)\b/,
  security: /\b(actividad (?:inusual|sospechosa)|restablecer tu contraseña|restablece tu contraseña|compromiso de (?:la |tu )?contraseña|confirmar tu identidad|verificar tu identidad|confirma que eres tú|hackead)/,
  rateLimit: /\b(demasiadas (?:solicitudes|peticiones|intentos)|inténtalo (?:de nuevo )?más tarde)\b/,
  otherAccount: /\b(usuario no encontrado|este usuario|esta cuenta no existe)\b/,
  reporting: /\b(se disculpó|según (?:un|el|la|los)|portavoz|miles de|cientos de|usuarios (?:fueron|han sido))\b/,
};

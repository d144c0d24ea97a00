import type { Lexicon } from '../types';

// Turkish: the possessive is a suffix ("hesabınız", "hesabın"), so the account noun carries the "your".
export const tr: Lexicon = {
  lang: 'tr',
  markers: /\b(ve|bir|bu|için|hesabınız|hesabın|hesap|kaldırıldı|yasağınız|olarak|ile|değil|nedeniyle|lütfen|çünkü|artık|sizin|senin)\b/g,
  ownAccount: /\b(?:\S+ )?(?:hesabınız|hesabın|kanalınız|kanalın|profiliniz|profilin|işletme hesabın(?:ız)?|reklam hesabın(?:ız)?)\b/,
  ownContent: /\b(?:gönderiniz|gönderin|yorumunuz|yorumun|videonuz|videon|fotoğrafınız|fotoğrafın|içeriğiniz|içeriğin|hikayeniz|hikayen|paylaşımınız|paylaşımın|tweetiniz|pininiz|reelin|reeliniz)\b/,
  weActed: /\b(?:hesabınızı|hesabını|kanalınızı|kanalını|profilinizi)\s+(?:\S+\s+){0,2}?(askıya aldık|kapattık|devre dışı bıraktık|kısıtladık|engelledik|yasakladık|sonlandırdık)/,
  youAre: /\b(?:geçici olarak |kalıcı olarak |süresiz olarak )?(yasaklandınız|yasaklandın|engellendiniz|engellendin|banlandınız|banlandın|kısıtlandınız|kısıtlandın|uzaklaştırıldınız|atıldınız)\b/,
  heading: /\b(hesap (?:askıya alındı|kapatıldı|engellendi|kısıtlandı|yasaklandı|devre dışı bırakıldı))\b/,
  violation: /(ihlal|aykırı|kural|politika|ilke|şartlar|koşullar|standart|spam|uymadığı|uymuyor|uymayan)/,
  // The conditional suffix (-rsa, -rse, -rsan…: "ihlal edersen", "alınırsa") and the potential (-abilir, -ebilir).
  hypothetical: /\b(eğer|durumunda|halinde|takdirde|nasıl|neden|niçin|hangi)\b|(?:rsa|rse|rsan|rsen|rsanız|rseniz|ysa|yse)\b|(?:abilir|ebilir)|(?:acak|ecek)(?:tır|tir)?\b/,
  restored: /(yasağınız kaldırıldı|yasağın kaldırıldı|askıya alma(?:nız|sı)? kaldırıldı|(?:yasak|engel|kısıtlama)(?:ınız|ın|ı)? kaldırıldı|geri yüklendi|yeniden etkinleştirildi|geri açıldı|kilidi açıldı|iyi haber)/,
  voluntary: /(hesabınızı (?:sildiniz|kapattınız|devre dışı bıraktınız)|isteğiniz üzerine|talebiniz üzerine|görüşmek üzere|gittiğinizi görmek)/,
  security: /(şüpheli (?:etkinlik|aktivite|giriş)|olağan ?dışı (?:giriş|etkinlik)|(?:şifreni|parolanı)(?:zı)? (?:sıfırla|değiştir)|kimliğinizi doğrula|güvenlik (?:sebebi|nedeni)|hatalı (?:deneme|giriş))/,
  rateLimit: /(çok fazla (?:istek|deneme)|daha sonra tekrar dene|dakika sonra tekrar)/,
  otherAccount: /(kullanıcı bulunamadı|bu hesap mevcut değil|sayfa bulunamadı|bu kullanıcı)/,
  reporting: /(açıklama yaptı|sözcüsü|binlerce|yüzlerce|kullanıcılar (?:şikayet|bildir)|haberine göre|aktardı)/,
};

import type { Lexicon } from '../types';

// Indonesian: YouTube, TikTok and Meta write enforcement emails in it (issue 13).
export const id: Lexicon = {
  lang: 'id',
  markers: /\b(yang|dan|anda|kamu|akun|telah|dari|untuk|dengan|ini|tidak|kami|karena|dalam|video)\b/g,
  ownAccount: /\b(?:akun|kanal|channel|profil)\s+(?:anda|kamu|mu)\b/,
  ownContent: /\b(?:video|konten|postingan|pin|komentar|foto|unggahan)\s+(?:anda|kamu|mu)\b/,
  weActed: /\bkami (?:telah |sudah )?(menangguhkan|menonaktifkan|memblokir|membatasi|menghapus|menghentikan)\s+(?:akun|kanal|channel|video|konten)/,
  youAre: /\b(?:anda|kamu) (?:telah |sedang )?(diblokir|ditangguhkan|dibatasi|dilarang)\b/,
  heading: /\b(akun (?:ditangguhkan|dinonaktifkan|diblokir|dibatasi))\b/,
  violation: /(melanggar|pelanggaran|pedoman komunitas|ketentuan|kebijakan|spam)/,
  hypothetical: /\b(jika|apabila|mungkin|bisa|dapat|mengapa|bagaimana|cara)\b/,
  restored: /\b(dipulihkan|diaktifkan kembali|dibuka kembali)\b/,
  voluntary: /\b(anda (?:telah )?(?:menonaktifkan|menghapus) akun|atas permintaan anda)\b/,
  security: /\b(aktivitas (?:yang )?(?:tidak biasa|mencurigakan)|atur ulang kata sandi|verifikasi identitas)\b/,
  rateLimit: /\b(terlalu banyak permintaan|coba lagi nanti)\b/,
  otherAccount: /\b(pengguna tidak ditemukan|akun ini tidak ada)\b/,
  reporting: /\b(menurut|juru bicara|ribuan|ratusan|pengguna melaporkan)\b/,
};

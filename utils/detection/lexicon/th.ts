import type { Lexicon } from '../types';

// Thai: no spaces between words and no sentence stops, so a notice and its "if you have questions…" share one
// sentence; the conditional counts only as "if your account/you are…". Patterns are NFKC-normalised like the text
// they read (NFKC spells ำ as ํา).
const th$ = (source: string) => new RegExp(source.normalize('NFKC'));

export const th: Lexicon = {
  lang: 'th',
  markers: /[\u0e00-\u0e7f]/g,
  ownAccount: th$('(บัญชี(?:ธุรกิจ|ผู้ใช้)?(?:ของคุณ|ของท่าน)|โปรไฟล์ของคุณ|ช่องของคุณ)'),
  ownContent: th$('((?:โพสต์|วิดีโอ|ความคิดเห็น|รูปภาพ|รูป|เนื้อหา|สตอรี่|ข้อความ)(?:ถ่ายทอดสด)?ของคุณ)'),
  weActed: th$('(เรา(?:ได้)?(ระงับ|ปิดใช้งาน|จำกัด|แบน|บล็อก)บัญชี)'),
  youAre: th$('(คุณ(?:ถูก|โดน)(ระงับ|แบน|บล็อก|จำกัด|ห้าม))'),
  heading: th$('(บัญชี(?:ถูก)?(?:ระงับ|ปิดใช้งาน|จำกัด|แบน))'),
  violation: th$('(ละเมิด|ฝ่าฝืน|นโยบาย|กฎ|มาตรฐาน|ข้อกำหนด|แนวทาง|หลักเกณฑ์|สแปม)'),
  hypothetical: th$('((?:^|\\s)(?:หาก|ถ้า)(?:บัญชี|คุณ)\\S*(?:ถูก|โดน)|อาจ(?:ถูก|โดน)|ทำไม|อย่างไร|หมายความว่า|วิธี)'),
  restored: th$('((?:การแบน|การระงับ)\\S{0,12}ถูกยกเลิก|เปิดใช้งานแล้ว|กู้คืนแล้ว|ปลดล็อกแล้ว|ยกเลิกการระงับ|คืนสถานะ)'),
  voluntary: th$('(คุณ(?:ได้)?(?:ลบ|ปิดใช้งาน)บัญชี|ตามคำขอของคุณ)'),
  security: th$('(กิจกรรมที่น่าสงสัย|กิจกรรมผิดปกติ|การเข้าสู่ระบบที่ผิดปกติ|รีเซ็ตรหัสผ่าน|ยืนยันตัวตน|เข้าสู่ระบบผิด|ความปลอดภัย)'),
  rateLimit: th$('(คำขอมากเกินไป|ลองใหม่ในภายหลัง|ลองอีกครั้งในภายหลัง|รอสักครู่)'),
  otherAccount: th$('(ไม่พบผู้ใช้|บัญชีนี้ไม่มีอยู่|ไม่พบหน้านี้|ผู้ใช้รายนี้)'),
  reporting: th$('(โฆษก|ตามรายงาน|ผู้ใช้หลายพันราย|ผู้ใช้จำนวนมาก)'),
};

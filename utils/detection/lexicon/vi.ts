import type { Lexicon } from '../types';

// Vietnamese: "your" follows the noun ("tài khoản của bạn"); the passive is "bị" before the verb.
export const vi: Lexicon = {
  lang: 'vi',
  markers: /\b(của|bạn|tài khoản|đã|bị|và|không|chúng tôi|được|vì|do|này|các|là|với|cho)\b/g,
  ownAccount: /\b(?:tài khoản|kênh|trang cá nhân|hồ sơ|trang)(?: \S+){0,2}? (?:của bạn|của quý khách|của anh|của chị)\b/,
  ownContent: /\b(?:bài viết|bài đăng|video|bình luận|ảnh|nội dung|tin|tin nhắn|thước phim|ghim|video trực tiếp)(?: \S+){0,2}? (?:của bạn|của quý khách)\b/,
  weActed: /\bchúng tôi (?:đã |đang |buộc phải |tạm thời |sẽ )*(đình chỉ|vô hiệu hóa|khóa|tạm khóa|cấm|hạn chế|tạm ngưng|chặn|chấm dứt)(?: vĩnh viễn| tạm thời)? (?:tài khoản|kênh|trang)/,
  youAre: /(?<!của )\bbạn (?:đã |vừa |tạm thời |hiện |hiện đang |đang )*bị (?:tạm )?(cấm|chặn|đình chỉ|hạn chế|khóa)\b/,
  heading: /\b(tài khoản (?:bị|đã bị) (?:tạm )?(?:khóa|đình chỉ|vô hiệu hóa|cấm|hạn chế))\b/,
  violation: /(vi phạm|quy tắc|quy định|chính sách|tiêu chuẩn cộng đồng|điều khoản|nguyên tắc|không tuân thủ|spam)/,
  hypothetical: /\b(nếu|khi|có thể|tại sao|vì sao|làm thế nào|cách|trường hợp|liệu)\b/,
  restored: /(đã được mở khóa|được khôi phục|được mở lại|kích hoạt lại|đã được gỡ bỏ hạn chế|tin vui)/,
  voluntary: /(bạn (?:đã )?(?:xóa|vô hiệu hóa|ngừng kích hoạt) tài khoản|theo yêu cầu của bạn|bạn bắt đầu tiến trình)/,
  security: /(hoạt động (?:bất thường|đáng ngờ|đáng nghi)|đặt lại mật khẩu|xác minh danh tính|xác nhận danh tính|nhập sai|sai mật khẩu)/,
  rateLimit: /(quá nhiều yêu cầu|thử lại sau|vượt quá giới hạn|vui lòng đợi)/,
  otherAccount: /(không tìm thấy người dùng|tài khoản này không tồn tại|trang này không tồn tại|người dùng đó|thành viên đó|thành viên này)/,
  reporting: /(cho biết|theo (?:báo|thông tin)|người phát ngôn|hàng nghìn|hàng trăm|nhiều tài khoản|nhiều người dùng|phản ánh)/,
};

import type { Lexicon } from '../types';

// Korean: no word boundaries (Hangul is outside the boundary's letters); the subject is usually dropped
// ("계정이 정지되었습니다"), so a bare 계정 is the reader's, as in Japanese.
export const ko: Lexicon = {
  lang: 'ko',
  markers: /[\uac00-\ud7af]/g,
  // A bare 계정 only as the subject (계정이, 계정은, 해당 계정은): news and settings pages name "계정 비활성화" as a button.
  ownAccount: /(회원님의|귀하의|당신의|고객님의)\s?(계정|채널|프로필|아이디)|(?:^|\s)(?:해당 |이 )?(계정|채널|아이디)(이|은|의 이용이)\s/,
  ownContent: /(회원님의|귀하의|당신의)?\s?(게시물|게시글|댓글|동영상|영상|사진|콘텐츠|스토리|릴스|라이브 방송|리뷰|다이어리|트윗|핀)/,
  weActed: /(계정|채널|아이디)[을를]\s?(영구\s?|일시\s?|임시\s?)?(정지|차단|비활성화|제한|해지|종료)(했습니다|하였습니다|했어요|하였음|처리했습니다|조치했습니다)/,
  youAre: /(회원님은|귀하는|당신은)\s?[^.!?]{0,30}?(정지|차단|추방|제한|금지|뮤트)/,
  heading: /(계정\s?(정지|차단|제한|비활성화|잠금)|이용\s?(정지|제한))/,
  violation: /(위반|어긴|어겼|어기|규정|정책|약관|가이드라인|커뮤니티 가이드|규칙|스팸)/,
  // "…되면", "…하면": if/when; "삭제됩니다": the generic present of a help page (a notice says 삭제되었습니다).
  hypothetical: /((하|되|으|다|시|지)면[\s,]|경우에는|경우,|될 수 있|받을 수 있|수 있습니다|방법|어떻게|왜 |무엇인가|이란\?|나요\?|까요\?|됩니다)/,
  restored: /(해제되었|해제됐|복구되었|복구됐|복원되었|재활성화되었|다시 활성화되었|정지가 풀렸|좋은 소식)/,
  voluntary: /((회원님이|직접|요청에 따라|요청하신)[^.!?]{0,20}(비활성화|삭제|탈퇴)|탈퇴(가)? (완료|처리되었))/,
  security: /((비정상적인|의심스러운|수상한|비정상)\s?(활동|로그인|접근|접속)|비밀번호(를)?\s?(재설정|변경)|본인\s?(확인|인증)|보안(상의)?\s?(이유|문제)|로그인 시도)/,
  rateLimit: /(너무 많은 요청|요청이 너무 많|잠시 후 다시|나중에 다시 시도)/,
  otherAccount: /(존재하지 않는 (계정|사용자)|사용자를 찾을 수 없|계정을 찾을 수 없|페이지를 찾을 수 없)/,
  // News and blogs write the plain declarative (…했다., …됐다.); notices and apps the polite …니다 or …요.
  reporting: /(에 따르면|대변인|사과했|수천 명|수백 명|많은 사용자들|사용자들이 (불만|신고|호소)|밝혔다|전했다|나타났다|(?<!니)다[."”'’]|(?<!니)다$)/,
};

import type { Lexicon } from '../types';

// No word boundaries in Japanese: the patterns are plain substrings.
export const ja: Lexicon = {
  lang: 'ja',
  markers: /[\u3040-\u30ff]/g,
  ownAccount: /(あなたの|ご利用の|お客様の)?(アカウント|チャンネル|プロフィール)(は|が|を)?/,
  ownContent: /(あなたの)?(投稿|ピン|動画|コメント|ツイート|ポスト|コンテンツ|写真)(は|が|を)?/,
  weActed: /(アカウント|チャンネル)を(凍結|停止|一時停止|無効|制限|削除|ロック)(しました|いたしました|しています)/,
  youAre: /(あなたは|あなたが)(凍結|停止|制限)/,
  heading: /(アカウント(凍結|停止|制限)|凍結されたアカウント)/,
  violation: /(違反|ルール|ガイドライン|規約|ポリシー|スパム)/,
  hypothetical: /(場合|もし|なぜ|方法|ことがあります|可能性|かもしれません|とは)/,
  restored: /(解除されました|復元|再開|回復しました|元に戻)/,
  voluntary: /(ご自身で|自分で)(アカウントを)?(無効|削除|停止)/,
  security: /(不審な|異常な)(アクティビティ|ログイン)|パスワードをリセット|本人確認/,
  rateLimit: /(しばらくしてから|時間をおいて|回数の上限|レート制限)/,
  otherAccount: /(このアカウントは存在しません|ユーザーが見つかりません|ページが見つかりません)/,
  reporting: /(謝罪|によると|報道|多くのユーザー|数千)/,
};

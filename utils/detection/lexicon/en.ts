import type { Lexicon } from '../types';

const PLATFORM = '(?:pinterest|instagram|facebook|meta|threads|x|twitter|tiktok|youtube|google|reddit|amazon|etsy|linkedin|snapchat|twitch)';

export const en: Lexicon = {
  lang: 'en',
  markers: /\b(the|your|you|has|have|been|was|our|this|and|for|with|account)\b/g,
  ownAccount: new RegExp(`\\byour (?:${PLATFORM} )?(?:seller |selling |business |personal |ads? |advertising |creator |shop )?(?:account|profile|channel|page|username|access|selling privileges)\\b`),
  ownContent: new RegExp(`\\byour (?:${PLATFORM} )?(?:pin|pins|idea pin|board|post|posts|video|videos|comment|comments|tweet|tweets|photo|reel|story|content|thread|short|live|ad|message|product)\\b`),
  weActed: /\bwe(?:'ve| have|’ve)? (?:permanently |temporarily |indefinitely |also |recently |have |\w+ly )?(suspended|disabled|deactivated|banned|terminated|restricted|limited|locked|removed|took down|deleted|blocked|closed)\b(?=.{0,40}\b(?:your|you)\b)/,
  youAre: /\byou(?:'re| are|’re|'ve been| have been| were| got| are now)? (?:now |currently |permanently |temporarily )?(suspended|banned|restricted|blocked|limited|silenced|muted)\b|\bwhile (?:you are |you're )?suspended\b/,
  heading: /\b(account (?:suspended|disabled|deactivated|terminated|banned|restricted|locked)|(?:suspended|disabled|terminated) account|channel terminated)\b/,
  violation: /(violat|against our|goes against|broke the|breaking|breach|community (?:guidelines|standards)|terms of (?:service|use)|acceptable use|(?:x|twitter) rules|our rules|our policies|policy|spam)/,
  hypothetical: /\b(if|whether|when|may|might|could|can be|will be|would|why (?:was|is|did|do|does)|how (?:to|do|can|long)|what happens|learn (?:how|why|more about)|in case|unless|before (?:you|your)|accounts? that|such as|for example|tips?|possibly|perhaps|maybe|likely|probably|(?:the|another|one|a|common|main) reasons? (?:is|are|why|could|might|may|that))\b/,
  restored: /\b((?<!will (?:be )?(?:automatically )?)restored|reinstated|unsuspended|unbanned|reactivated|re-enabled|lifted|back to normal|no longer (?:suspended|restricted|limited|disabled)|welcome back|(?:has )?now been approved|is now active|is active again|has been unlocked)\b/,
  voluntary: /\b(you (?:deactivated|closed|deleted|disabled|chose to|decided to|requested|asked)|at your request|as (?:you )?requested|per your request|your request to (?:deactivate|close|delete)|reactivate(?: it| your account)? (?:by|when|anytime|at any time|whenever)|by logging back in|log (?:back )?in (?:again )?to reactivate|sorry to see you go|you can come back|you (?:temporarily )?deactivated)\b/,
  security: /\b(unusual (?:activity|login|sign-in)|suspicious (?:activity|login|sign-in)|verify (?:it's you|that it's you|your identity)|confirm (?:it's you|your identity|you own)|reset your password|password reset|safe mode|secure your account|someone (?:else )?(?:may have|might have|tried|logged)|hacked|compromised|new (?:device|login)|verify your (?:phone|email|account)|confirm your (?:phone|email)|to unlock (?:it|your account))\b/,
  rateLimit: /\b(rate limit|too many (?:requests|attempts|tries)|try again (?:later|in)|doing that too much|slow down|you(?:'ve| have) reached (?:the|your) (?:limit|daily limit)|please wait|wait (?:for )?\d+ (?:seconds|minutes|hours)|try again$)\b/,
  otherAccount: /\b(user not found|this (?:account|user|page|channel) (?:doesn't|does not|no longer) exist|(?:this|the) user has deleted|page (?:isn't|is not) available|sorry, this page|profile (?:isn't|is not) available|no (?:user|account) (?:with|by) that)\b/,
  reporting: /\b(apologi[sz]ed|according to (?:a |the )?(?:report|statement|spokes|users?|reddit|the company)|spokes(?:person|woman|man)|said in a statement|told (?:reporters|techcrunch|the verge|us|[a-z]+ in)|(?:thousands|hundreds|millions|dozens|many|numerous|some) of (?:users|accounts|people|pinners|creators)|users (?:say|said|report(?:ed)?|complain(?:ed)?)|(?<!\byou )(?<!\bwe )(?:were|have been|had been) (?:mistakenly |wrongly |wrongfully |erroneously )?(?:banned|suspended|deactivated)|over-?enforcement|reported (?:that|on)|(?:he|she|they) (?:was|were|got) (?:banned|suspended))\b/,
};

export { classifyNotice } from './classify';
export { detectPage } from './page';
export type { Classification, ClassifyInput, NoticeKind } from './types';
export type { PageDetection } from './page';

/** The x adapter: selectors, extractor and reply box in one object (loaded on demand by the content script). */
import { sel } from '../common/dom.ts';
import type { SiteAdapter } from '../common/types.ts';
import { extractPost, extractPosts, isStatusPage, postIdOf, precheckTexts } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

export const adapter: SiteAdapter = {
  site: 'x',
  selectors: SELECTORS,
  postSelector: sel(SELECTORS, 'post'),
  postIdOf: (el) => postIdOf(el),
  extractPosts,
  extractPost,
  threadedAt: isStatusPage,
  precheck: precheckTexts,
  replyBox,
};

/** The vk adapter: selectors, extractor and reply box in one object (loaded on demand by the content script). */
import { sel } from '../common/dom.ts';
import type { SiteAdapter } from '../common/types.ts';
import { extractPosts, postIdOf, precheckTexts } from './extract.ts';
import { replyBox } from './reply-box.ts';
import { SELECTORS } from './selectors.ts';

export const adapter: SiteAdapter = {
  site: 'vk',
  selectors: SELECTORS,
  postSelector: sel(SELECTORS, 'item'),
  postIdOf: (el) => postIdOf(el),
  extractPosts,
  precheck: precheckTexts,
  replyBox,
};

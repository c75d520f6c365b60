/**
 * The story this edition is built around: the name of its files under
 * `content/articles/<lang>/` and its URL segment.
 */
export const STORY = 'skulder-ved-skulder';

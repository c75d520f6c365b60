import type { Image, ImageReference, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { fail } from './annotations';

/**
 * Rejects images in content: article bodies, notes and sidebars are text.
 *
 * Reads: `image` and `imageReference` nodes anywhere in the tree. Writes: nothing; fails
 * the file instead, at the image's line and column.
 * Why: an image from another host is a request the reader's browser makes to that host
 * (a tracking pixel; the CSP would block it, but the page should never ask), and the
 * edition's own images are placed by its layouts, not by content.
 *
 * @example
 *   `![pixel](https://evil.example/track.png)` → error "images are not allowed in content …"
 */
export const remarkNoImages: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return;
      const image = node as Image | ImageReference;
      const what = image.type === 'image' ? `"${image.url}"` : `[${image.label ?? image.identifier}]`;
      fail(file, `images are not allowed in content (found ${what}): write a link to the image instead, e.g. [${image.alt || 'description'}](https://…)`, image);
    });
  };
};

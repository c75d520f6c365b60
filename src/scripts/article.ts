/**
 * The article page's optional enhancements, in one file with every page's (site.ts): one
 * request, and one gzip stream instead of two (which keeps the page's script budget):
 * sharing passages and selections
 * (share.ts, on its own for the other pages with ¶ links), the annotation layers in the
 * address, keeping the reader's passage (and layers) when switching language, and gathering
 * the notes into a numbered list for print.
 */
import './site';
import './layers';
import './share';
import './keep-passage';
import './print-notes';

/**
 * The article page's enhancement script, loaded by the start-up script (boot.ts) after the
 * first paint: sharing passages and selections (share.ts, on its own for the other pages
 * with ¶ links), the annotation layers in the address, keeping the reader's passage (and
 * layers) when switching language, and gathering the notes into a numbered list for print.
 */
import './layers';
import './share';
import './keep-passage';
import './print-notes';

/**
 * The article page's optional enhancements, in one file: sharing passages and selections
 * (share.ts, on its own for the other pages with ¶ links), keeping the reader's passage
 * when switching language, and gathering the notes into a numbered list for print.
 */
import './share';
import './keep-passage';
import './print-notes';

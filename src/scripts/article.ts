/**
 * The article page's optional enhancements: keep the reader's passage when switching
 * language, and gather the notes into a numbered list for print.
 */
import './keep-passage';
import './print-notes';

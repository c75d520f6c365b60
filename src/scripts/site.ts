/**
 * Every page's optional enhancements, one classic deferred script (see
 * src/lib/assets/integration.ts): the colour-scheme switch and the offline copy.
 * Without JavaScript every page reads the same.
 */
import './theme';
import './offline';

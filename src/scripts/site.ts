/**
 * Every page's optional enhancements, one classic deferred script (see
 * src/lib/integrations/assets.ts): the colour-scheme switch and the offline copy.
 * Without JavaScript every page reads the same.
 */
import './theme';
import './offline';

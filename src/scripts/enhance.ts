/**
 * Every optional enhancement, in one classic deferred script (see
 * src/lib/enhance/integration.ts). Each part checks for the elements it works on, so
 * one bundle serves every page; without JavaScript every page reads the same.
 */
import './share';
import './offline';
import './keep-passage';
import './print-notes';

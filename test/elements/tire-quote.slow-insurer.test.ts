/** The shared slow-insurer case for <lih-tire-quote>: its own file, as it waits out the proxy's real timeout (past 15 s). */
import { runSlowInsurerSuite } from './support/quote-element.suite.js';
import { tireSuite } from './support/tire.js';

runSlowInsurerSuite(tireSuite);

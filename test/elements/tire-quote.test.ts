/** <lih-tire-quote> passes the behaviour suite every quote element runs; its own rules are in tire-quote.rules.test.ts. */
import { runQuoteElementSuite } from './support/quote-element.suite.js';
import { tireSuite } from './support/tire.js';

runQuoteElementSuite(tireSuite);

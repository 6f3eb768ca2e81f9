/**
 * zod, configured once for the whole app: every schema imports z from here.
 * `jitless`: zod would otherwise probe `new Function` on the first parse to
 * compile fast validators; the page's CSP forbids eval, and the probe (though
 * caught) is reported as a `securitypolicyviolation`. Interpreted validation
 * is fast enough for the dataset.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

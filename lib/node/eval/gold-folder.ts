import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The evaluations' hand-written gold (which articles are one story, what differs between them, the
 * judged cards). It lives with the tests, in `tests/gold/`, so that no file under `lib/` holds story
 * labels: the evaluations read it from there, nothing else does.
 */
export const GOLD_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tests', 'gold');

/**
 * User Timing mark the popup sets once its coverage list is painted; the popup benchmark and the
 * coverage evaluation read it from the popup's page.
 */
export const FIRST_COVERAGE_MARK = 'crosscheck:first-coverage';

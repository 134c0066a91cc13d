import { allOutlets, defaultOutlets, type Outlet } from '../../lib/core/outlets/catalogue';

/** Set only by a test build (CROSSCHECK_TEST_OUTLETS, see wxt.config.ts): outlets whose feeds are served on 127.0.0.1. */
declare const __CROSSCHECK_TEST_OUTLETS__: string | undefined;

export interface Catalogue {
  outlets: readonly Outlet[];
  /** The balanced selection a new reader starts from. */
  defaults: readonly Outlet[];
}

/** The outlets the onboarding page offers: the shipped catalogue, except in a test build. */
export function onboardingCatalogue(): Catalogue {
  if (typeof __CROSSCHECK_TEST_OUTLETS__ === 'string') {
    const outlets = JSON.parse(__CROSSCHECK_TEST_OUTLETS__) as Outlet[];
    return { outlets, defaults: outlets.filter((outlet) => outlet.defaultSelected) };
  }
  return { outlets: allOutlets(), defaults: defaultOutlets() };
}

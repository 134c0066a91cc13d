import type { DifferenceKind } from '../lib/core/types';

/** Each kind's tab, named for the details it lists. */
export const KIND_LABEL: Record<DifferenceKind, string> = {
  number: 'Numbers',
  date: 'Dates',
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  quote: 'Quotes',
  claim: 'Claims',
};

/** One difference's kind, as its card names it. */
export const KIND_NAME: Record<DifferenceKind, string> = {
  number: 'Figure',
  date: 'Date',
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  quote: 'Quote',
  claim: 'Claim',
};

import type { DifferenceKind } from '../lib/core/types';

/** Kinds in the order readers scan them: hard figures first, then who, then what was said. */
export const KIND_LABEL: Record<DifferenceKind, string> = {
  number: 'Numbers',
  date: 'Dates',
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  quote: 'Quotes',
  claim: 'Claims',
};

export const KINDS = Object.keys(KIND_LABEL) as DifferenceKind[];

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

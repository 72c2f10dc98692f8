/** One offer as priced, before it gets an id, a code and an expiry date. */
export interface OfferDraft {
  /** Package code, the first part of `{package}:{termTime}:{uuid}`. */
  package: string;
  termTime: number;
  /** Gross premium in RON. */
  premium: number;
  startDate: string;
  endDate: string;
  commissionPercent: number;
  installmentCount: number;
}

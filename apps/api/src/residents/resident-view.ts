import { addYears, ageOn, todayInBangkok } from '@elderwork/thai';
import type { ResidentView } from '@elderwork/contracts';

/** Columns of `resident r` that make a ResidentRow; dates as ISO text. */
export const RESIDENT_COLUMNS = `
  r.id, r.national_id AS "nationalId", r.prefix, r.first_name AS "firstName", r.last_name AS "lastName", r.sex,
  r.birth_date::text AS "birthDate", r.house_no AS "houseNo", r.moo, r.village, r.phone,
  r.disability_type AS "disabilityType", r.disability_card_issued_on::text AS "disabilityCardIssuedOn",
  r.living_alone AS "livingAlone", r.cares_for_disabled_person AS "caresForDisabledPerson", r.legal_basis AS "legalBasis", r.version,
  r.removed_at AS "removedAt", r.removal_reason AS "removalReason", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

export type ResidentRow = Omit<ResidentView, 'age' | 'disabilityCardExpiresOn' | 'removedAt' | 'createdAt' | 'updatedAt'> & {
  removedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A disability card is valid 8 years from issue. */
const CARD_VALID_YEARS = 8;

export function toResidentView(row: ResidentRow, today = todayInBangkok()): ResidentView {
  return {
    ...row,
    age: ageOn(row.birthDate, today),
    disabilityCardExpiresOn: row.disabilityCardIssuedOn ? addYears(row.disabilityCardIssuedOn, CARD_VALID_YEARS) : null,
    removedAt: row.removedAt ? row.removedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

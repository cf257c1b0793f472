/** Org units: the DLA (national), a province (DOPA 2-digit code) or an LAO (7-digit DLA code), the tenant. */
export const ORG_UNIT_TYPES = ['dla', 'province', 'lao'] as const;
export type OrgUnitType = (typeof ORG_UNIT_TYPES)[number];

/** LAO types in DLA's list (อปท.). */
export const LAO_TYPES = [
  'city_municipality',
  'town_municipality',
  'subdistrict_municipality',
  'sao',
  'pao',
  'pattaya',
] as const;
export type LaoType = (typeof LAO_TYPES)[number];

export const LAO_TYPE_LABELS: Record<LaoType, { th: string; en: string }> = {
  city_municipality: { th: 'เทศบาลนคร', en: 'City municipality' },
  town_municipality: { th: 'เทศบาลเมือง', en: 'Town municipality' },
  subdistrict_municipality: { th: 'เทศบาลตำบล', en: 'Subdistrict municipality' },
  sao: { th: 'องค์การบริหารส่วนตำบล', en: 'Subdistrict administrative organisation' },
  pao: { th: 'องค์การบริหารส่วนจังหวัด', en: 'Provincial administrative organisation' },
  pattaya: { th: 'เมืองพัทยา', en: 'Pattaya City' },
};

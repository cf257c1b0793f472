/** Roles of Elderwork users. Staff and admins belong to one LAO; officers read aggregates only. */
export const ROLES = ['staff', 'lao_admin', 'province_officer', 'dla_officer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may read and change person-level records of their own LAO. */
export const LAO_ROLES: readonly Role[] = ['staff', 'lao_admin'];

export const ROLE_LABELS: Record<Role, { th: string; en: string }> = {
  staff: { th: 'เจ้าหน้าที่กองสวัสดิการสังคม', en: 'Social-welfare staff' },
  lao_admin: { th: 'ผู้บริหาร อปท.', en: 'LAO administrator' },
  province_officer: { th: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด', en: 'Provincial officer' },
  dla_officer: { th: 'กรมส่งเสริมการปกครองท้องถิ่น', en: 'DLA officer' },
};

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADL_GROUPS, ADL_GROUP_LABELS, DISABILITY_TYPES, DISABILITY_TYPE_LABELS, REPORT_AGE_BANDS, REPORT_AGE_BAND_LABELS,
  RESIDENT_SORTS, SEXES, SEX_LABELS, type ResidentSort,
} from '@elderwork/contracts';
import { useLabel } from '../i18n';
import { isFiltered, type RegistryFilters } from './registry-filters';

interface RegistryFilterBarProps {
  filters: RegistryFilters;
  /** The removed records' list, whose default order is the newest removal first. */
  removed: boolean;
  /** The whole new set of filters; the page goes back to 1. */
  onChange: (filters: RegistryFilters) => void;
}

type SortKey = 'name' | 'nameDesc' | 'age' | 'ageDesc' | 'moo' | 'mooDesc' | 'village' | 'villageDesc' | 'createdAt' | 'createdAtDesc';
const sortKey = (sort: ResidentSort): SortKey => (sort.startsWith('-') ? (`${sort.slice(1)}Desc` as SortKey) : (sort as SortKey));

/**
 * Filters of the registry (หมู่ หมู่บ้าน เพศ ช่วงอายุ ความพิการ อยู่คนเดียว กลุ่ม ADL) and its sort.
 * A choice applies at once; the typed หมู่/หมู่บ้าน apply on Enter or when the field is left.
 */
export function RegistryFilterBar({ filters, removed, onChange }: RegistryFilterBarProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const [moo, setMoo] = useState(filters.moo?.toString() ?? '');
  const [village, setVillage] = useState(filters.village ?? '');
  // Back/forward and a shared link change the URL's filters.
  useEffect(() => setMoo(filters.moo?.toString() ?? ''), [filters.moo]);
  useEffect(() => setVillage(filters.village ?? ''), [filters.village]);

  const set = (patch: Partial<RegistryFilters>) => onChange({ ...filters, ...patch });
  const typed = (): Partial<RegistryFilters> => {
    const n = Number(moo.trim());
    return {
      moo: moo.trim() && Number.isInteger(n) && n >= 1 && n <= 99 ? n : undefined,
      village: village.trim() || undefined,
    };
  };
  const applyTyped = () => {
    const next = typed();
    if (next.moo !== filters.moo || next.village !== filters.village) set(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    applyTyped();
  };
  const pick = <T extends string>(value: string): T | undefined => (value === '' ? undefined : (value as T));

  return (
    <form className="card filters" role="search" aria-label={t('residents.filter.label')} onSubmit={submit} data-testid="registry-filters">
      <div className="grid">
        <div className="field">
          <label htmlFor="filter-moo">{t('residents.filter.moo')}</label>
          <input
            id="filter-moo"
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            value={moo}
            onChange={(e) => setMoo(e.target.value)}
            onBlur={applyTyped}
            data-testid="filter-moo"
          />
        </div>
        <div className="field">
          <label htmlFor="filter-village">{t('residents.filter.village')}</label>
          <input
            id="filter-village"
            type="text"
            maxLength={100}
            value={village}
            onChange={(e) => setVillage(e.target.value)}
            onBlur={applyTyped}
            data-testid="filter-village"
          />
        </div>
        <div className="field">
          <label htmlFor="filter-sex">{t('residents.filter.sex')}</label>
          <select id="filter-sex" value={filters.sex ?? ''} onChange={(e) => set({ sex: pick(e.target.value) })} data-testid="filter-sex">
            <option value="">{t('residents.filter.all')}</option>
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {label(SEX_LABELS, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-age-band">{t('residents.filter.ageBand')}</label>
          <select id="filter-age-band" value={filters.ageBand ?? ''} onChange={(e) => set({ ageBand: pick(e.target.value) })} data-testid="filter-age-band">
            <option value="">{t('residents.filter.all')}</option>
            {REPORT_AGE_BANDS.map((b) => (
              <option key={b} value={b}>
                {label(REPORT_AGE_BAND_LABELS, b)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-disability">{t('residents.filter.disability')}</label>
          <select
            id="filter-disability"
            value={filters.disabilityType ?? ''}
            onChange={(e) => set({ disabilityType: pick(e.target.value) })}
            data-testid="filter-disability"
          >
            <option value="">{t('residents.filter.all')}</option>
            <option value="none">{t('residents.filter.noDisability')}</option>
            {DISABILITY_TYPES.map((d) => (
              <option key={d} value={d}>
                {label(DISABILITY_TYPE_LABELS, d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-living-alone">{t('residents.filter.livingAlone')}</label>
          <select
            id="filter-living-alone"
            value={filters.livingAlone === undefined ? '' : String(filters.livingAlone)}
            onChange={(e) => set({ livingAlone: e.target.value === '' ? undefined : e.target.value === 'true' })}
            data-testid="filter-living-alone"
          >
            <option value="">{t('residents.filter.all')}</option>
            <option value="true">{t('residents.filter.livingAloneYes')}</option>
            <option value="false">{t('residents.filter.livingAloneNo')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-adl">{t('residents.filter.adlGroup')}</label>
          <select id="filter-adl" value={filters.adlGroup ?? ''} onChange={(e) => set({ adlGroup: pick(e.target.value) })} data-testid="filter-adl">
            <option value="">{t('residents.filter.all')}</option>
            {ADL_GROUPS.map((g) => (
              <option key={g} value={g}>
                {label(ADL_GROUP_LABELS, g)}
              </option>
            ))}
            <option value="unassessed">{t('residents.filter.unassessed')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sort">{t('residents.filter.sort')}</label>
          <select id="filter-sort" value={filters.sort === 'name' && !removed ? '' : (filters.sort ?? '')} onChange={(e) => set({ sort: pick(e.target.value) })} data-testid="filter-sort">
            {/* The default order: by name, or newest removal first for the removed records. */}
            <option value="">{removed ? t('residents.sort.removedAt') : t('residents.sort.name')}</option>
            {RESIDENT_SORTS.filter((s) => removed || s !== 'name').map((s) => (
              <option key={s} value={s}>
                {t(`residents.sort.${sortKey(s)}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="btn btn--small" data-testid="filter-apply">
          {t('residents.filter.apply')}
        </button>
        {isFiltered(filters) && (
          <button type="button" className="btn btn--small" onClick={() => onChange({ sort: filters.sort })} data-testid="filter-clear">
            {t('residents.filter.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

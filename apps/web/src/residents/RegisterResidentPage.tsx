import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { residentsApi } from '../api/endpoints';
import { createResolver, EMPTY_RESIDENT } from './form-values';
import { ResidentForm } from './ResidentForm';

/** ลงทะเบียนผู้สูงอายุ: after saving, back to the registry with a confirmation. */
export function RegisterResidentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t('residents.registerTitle')}</h1>
      <ResidentForm
        defaultValues={EMPTY_RESIDENT}
        resolver={createResolver}
        submitLabel={t('common.save')}
        onSave={async (dto) => {
          const created = await residentsApi.create(dto);
          // The list opens on the new elder (page 1 of the whole registry would not show them).
          navigate(`/residents?q=${created.nationalId}`, { state: { saved: created.id } });
        }}
      />
    </section>
  );
}

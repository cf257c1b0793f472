import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { placementsApi } from '../api/endpoints';
import { PlacementForm } from './PlacementForm';

/** After saving, the new placement's page (status, payments) with a confirmation. */
export function NewPlacementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t('placements.newTitle')}</h1>
      <PlacementForm
        onSave={async (dto) => {
          const created = await placementsApi.create(dto);
          navigate(`/section35/placements/${created.id}`, { state: { created: true } });
        }}
      />
    </section>
  );
}

import { dtoResolver } from '../../ui/forms';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateWisdomDto, UpdateWisdomDto, type WisdomRegistrationView } from '@elderwork/contracts';
import { useLang } from '../../i18n';
import { formatDate, toBeInput } from '../../i18n/format';
import { requiring } from '../../ui/form-utils';
import { th } from '../../i18n/th';
import { LoadError } from '../../ui/LoadError';
import { useCreateWisdom, useUpdateWisdom, useWisdom } from '../queries';
import { EMPTY_WISDOM, WisdomForm, type WisdomFormValues } from './WisdomForm';

const createResolver = requiring(
  dtoResolver<WisdomFormValues, CreateWisdomDto>(CreateWisdomDto),
  { residentId: th.occupations.elder.chooseElder },
);

/** /occupations/wisdom/new and /occupations/wisdom/:id. */
export function WisdomFormPage() {
  const { id } = useParams();
  return id ? <EditWisdom id={id} /> : <NewWisdom />;
}

function NewWisdom() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateWisdom();
  return (
    <section>
      <h1>{t('occupations.wisdom.newTitle')}</h1>
      <WisdomForm
        defaultValues={EMPTY_WISDOM}
        resolver={createResolver}
        onSave={async (dto) => {
          await create.mutateAsync(dto);
          void navigate('/occupations/wisdom', { state: { saved: true } });
        }}
      />
    </section>
  );
}

function EditWisdom({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const query = useWisdom(id);
  const update = useUpdateWisdom(id);
  const { data } = query;

  if (query.isError) return <LoadError query={query} />;
  if (!data) return <p className="page-loading">{t('common.loading')}</p>;
  // The elder of a registration does not change; the version rides along for the stale check.
  const resolver = dtoResolver<WisdomFormValues, UpdateWisdomDto>(UpdateWisdomDto, ({ residentId: _elder, ...values }) => ({ ...values, version: data.version }));
  return (
    <section>
      <h1>
        {t('occupations.wisdom.editTitle')}
        <small className="muted">
          {data.title} · {t('occupations.wisdom.col.renewalDueOn')} {formatDate(data.renewalDueOn, lang, 'long')}
        </small>
      </h1>
      <WisdomForm
        key={data.version}
        onReload={() => void query.refetch()}
        elder={data.resident}
        defaultValues={valuesOf(data)}
        resolver={resolver}
        onSave={async (dto) => {
          await update.mutateAsync({ ...dto, description: dto.description ?? null, yearsOfExperience: dto.yearsOfExperience ?? null });
          void navigate('/occupations/wisdom', { state: { saved: true } });
        }}
      />
    </section>
  );
}

function valuesOf(w: WisdomRegistrationView): WisdomFormValues {
  return {
    residentId: w.resident.id,
    branch: w.branch,
    title: w.title,
    description: w.description ?? '',
    yearsOfExperience: w.yearsOfExperience === null ? '' : String(w.yearsOfExperience),
    willingToTeach: w.willingToTeach,
    registeredOn: toBeInput(w.registeredOn),
  };
}

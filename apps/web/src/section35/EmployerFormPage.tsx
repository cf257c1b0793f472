import { useState } from 'react';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateEmployerDto, UpdateEmployerDto, type EmployerView } from '@elderwork/contracts';
import { employersApi } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { useFetch } from '../api/use-fetch';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { EMPTY_EMPLOYER, EmployerForm, type EmployerFormValues } from './EmployerForm';

// classValidatorResolver types input and output alike; it really yields the transformed DTO.
const createResolver = dtoResolver<EmployerFormValues, CreateEmployerDto>(CreateEmployerDto);
const updateResolver = dtoResolver<EmployerFormValues, UpdateEmployerDto>(UpdateEmployerDto);

/** /section35/employers/new and /section35/employers/:id. */
export function EmployerFormPage() {
  const { id } = useParams();
  return id ? <EditEmployer id={id} /> : <NewEmployer />;
}

function NewEmployer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Most employers an LAO works with are in its own province: offered first, still changeable.
  const { user } = useAuth();
  return (
    <section>
      <h1>{t('employers.newTitle')}</h1>
      <EmployerForm
        defaultValues={{ ...EMPTY_EMPLOYER, provinceCode: user?.orgUnit.provinceCode ?? '' }}
        resolver={createResolver}
        onSave={async (dto) => {
          const created = await employersApi.create(dto);
          navigate('/section35/employers', { state: { saved: created.id } });
        }}
      />
    </section>
  );
}

function EditEmployer({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useFetch(() => employersApi.get(id), id);
  const [saved, setSaved] = useState<EmployerView | null>(null);
  const employer = saved && saved.id === id ? saved : data;

  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (!employer) return <p className="page-loading">{t('common.loading')}</p>;
  return (
    <section>
      <h1>
        {t('employers.editTitle')}
        <small className="muted">{employer.name}</small>
      </h1>
      {saved && (
        <Alert tone="success" testId="flash">
          {t('employers.saved')}
        </Alert>
      )}
      <EmployerForm
        key={`${employer.id}:${saved ? 'saved' : 'loaded'}`}
        defaultValues={valuesOf(employer)}
        resolver={updateResolver}
        onSave={async (dto) => setSaved(await employersApi.update(employer.id, clearEmptied(dto)))}
      />
    </section>
  );
}

function valuesOf(e: EmployerView): EmployerFormValues {
  return {
    name: e.name,
    registrationNumber: e.registrationNumber,
    provinceCode: e.provinceCode,
    address: e.address ?? '',
    contactPerson: e.contactPerson ?? '',
    phone: e.phone ?? '',
  };
}

/** An emptied optional field arrives as undefined, which PATCH would ignore: send null to clear it. */
function clearEmptied(dto: UpdateEmployerDto): UpdateEmployerDto {
  return { ...dto, address: dto.address ?? null, contactPerson: dto.contactPerson ?? null, phone: dto.phone ?? null };
}

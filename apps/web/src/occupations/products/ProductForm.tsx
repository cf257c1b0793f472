import { useState } from 'react';
import type { FieldError as HookFieldError, Resolver } from 'react-hook-form';
import { dtoResolver, useDtoForm } from '../../ui/forms';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS, type ElderRef, type ProductCategory, type ResidentView } from '@elderwork/contracts';
import { useLabel } from '../../i18n';
import { SaveProblemAlert } from '../../ui/SaveProblem';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { elderName } from '../../ui/elder';
import { ElderPicker } from '../../ui/ElderPicker';
import { useCourses } from '../queries';

/** The product form as typed; the makers are chosen from the registry. */
export interface ProductFormValues {
  name: string;
  category: ProductCategory | '';
  unit: string;
  price: string;
  description: string;
  courseId: string;
  makerIds: string[];
}

export const EMPTY_PRODUCT: ProductFormValues = { name: '', category: '', unit: '', price: '', description: '', courseId: '', makerIds: [] };

/**
 * The DTO's resolver over the form's values: "no course" is left out (create) or null (update,
 * to clear it), and `extra` (the version) rides along.
 */
export function productResolver<TDto extends object>(dto: new () => TDto, extra: Record<string, unknown> = {}): Resolver<ProductFormValues, unknown, TDto> {
  const clearing = 'version' in extra;
  return dtoResolver<ProductFormValues, TDto>(dto, (values) => ({ ...values, ...extra, courseId: values.courseId || (clearing ? null : undefined) }));
}

interface ProductFormProps<TDto> {
  defaultValues: ProductFormValues;
  makers: ElderRef[];
  resolver: Resolver<ProductFormValues, unknown, TDto>;
  /** Sends the checked DTO (a mutation) and goes on from there; a refusal comes back onto the fields. */
  onSave: (dto: TDto) => Promise<void>;
  /** Offered when someone else changed the record since it was read (409 STALE_VERSION): read it again. */
  onReload?: () => void;
}

/** A product elders make: name, OTOP category, unit and price, the course it came from, and its makers. */
export function ProductForm<TDto>({ defaultValues, makers: initialMakers, resolver, onSave, onReload }: ProductFormProps<TDto>) {
  const { t } = useTranslation();
  const label = useLabel();
  const courses = useCourses({});
  const [makers, setMakers] = useState<ElderRef[]>(initialMakers);
  const { form, onSubmit, problem, pending } = useDtoForm<ProductFormValues, TDto>({
    resolver,
    defaults: defaultValues,
    mutate: onSave,
    mode: 'onTouched',
    existingPath: (id) => `/occupations/products/${id}`,
  });
  const { errors } = form.formState;
  const invalid = (name: keyof ProductFormValues) => (errors[name] ? true : undefined);

  const setMakerList = (next: ElderRef[]) => {
    setMakers(next);
    form.setValue('makerIds', next.map((m) => m.id), { shouldDirty: true });
  };
  const addMaker = (r: ResidentView) => setMakerList([...makers, { id: r.id, name: elderName(r) }]);
  const removeMaker = (id: string) => setMakerList(makers.filter((m) => m.id !== id));

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="product-form">
      {problem && <SaveProblemAlert problem={problem} onReload={onReload} />}
      <div className="grid">
        <Field name="name" label={t('occupations.products.name')} error={errors.name} required className="span-2">
          <input id="name" autoComplete="off" aria-invalid={invalid('name')} {...form.register('name')} />
        </Field>
        <Field name="category" label={t('occupations.products.category')} error={errors.category} required>
          <select id="category" aria-invalid={invalid('category')} {...form.register('category')}>
            <option value="">{t('occupations.products.chooseCategory')}</option>
            {PRODUCT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label(PRODUCT_CATEGORY_LABELS, c)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="unit" label={t('occupations.products.unit')} error={errors.unit}>
          <input id="unit" autoComplete="off" aria-invalid={invalid('unit')} {...form.register('unit')} />
        </Field>
        <Field name="price" label={t('occupations.products.price')} error={errors.price}>
          <input id="price" inputMode="decimal" autoComplete="off" aria-invalid={invalid('price')} {...form.register('price')} />
        </Field>
        <Field name="courseId" label={t('occupations.products.course')} error={errors.courseId} className="span-2">
          {courses.data ? (
            <select id="courseId" aria-invalid={invalid('courseId')} {...form.register('courseId')}>
              <option value="">{t('occupations.products.noCourse')}</option>
              {courses.data.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          ) : (
            <select id="courseId" disabled>
              <option>{courses.isError ? t('common.loadFailed') : t('common.loading')}</option>
            </select>
          )}
        </Field>
        <Field name="description" label={t('occupations.products.description')} error={errors.description} className="span-2">
          <textarea id="description" rows={2} maxLength={2000} {...form.register('description')} />
        </Field>
      </div>
      <fieldset className={`elder-picker${errors.makerIds ? ' field--invalid' : ''}`} data-testid="makers">
        <legend>{t('occupations.products.makers')}</legend>
        {makers.length === 0 ? (
          <p className="muted">{t('occupations.products.noMakers')}</p>
        ) : (
          <ul className="maker-list">
            {makers.map((m) => (
              <li key={m.id} data-testid="maker">
                {m.name}{' '}
                <button type="button" className="btn btn--link" onClick={() => removeMaker(m.id)} data-testid={`maker-remove-${m.id}`}>
                  {t('occupations.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ElderPicker multiple onChoose={addMaker} chosenIds={new Set(makers.map((m) => m.id))} />
        <FieldError name="makerIds" error={errors.makerIds as HookFieldError | undefined} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="product-save">
          {t('common.save')}
        </button>
        <Link to="/occupations/products" className="btn btn--ghost">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

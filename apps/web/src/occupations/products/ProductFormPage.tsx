import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateProductDto, UpdateProductDto, type ProductView } from '@elderwork/contracts';
import { productsApi } from '../../api/endpoints';
import { useFetch } from '../../api/use-fetch';
import { LoadError } from '../../ui/LoadError';
import { EMPTY_PRODUCT, ProductForm, productResolver, type ProductFormValues } from './ProductForm';

const createResolver = productResolver(CreateProductDto);

/** /occupations/products/new and /occupations/products/:id. */
export function ProductFormPage() {
  const { id } = useParams();
  return id ? <EditProduct id={id} /> : <NewProduct />;
}

function NewProduct() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t('occupations.products.newTitle')}</h1>
      <ProductForm
        defaultValues={EMPTY_PRODUCT}
        makers={[]}
        resolver={createResolver}
        onSave={async (dto) => {
          await productsApi.create(dto);
          navigate('/occupations/products', { state: { saved: true } });
        }}
      />
    </section>
  );
}

function EditProduct({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, reload } = useFetch(() => productsApi.get(id), id);

  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <p className="page-loading">{t('common.loading')}</p>;
  const resolver = productResolver(UpdateProductDto, { version: data.version });
  return (
    <section>
      <h1>
        {t('occupations.products.editTitle')}
        <small className="muted">{data.name}</small>
      </h1>
      <ProductForm
        key={data.version}
        defaultValues={valuesOf(data)}
        makers={data.makers}
        resolver={resolver}
        onSave={async (dto: UpdateProductDto) => {
          // Emptied optional fields arrive as undefined, which PATCH would ignore: send null to clear them.
          await productsApi.update(data.id, {
            ...dto,
            unit: dto.unit ?? null,
            price: dto.price ?? null,
            description: dto.description ?? null,
          });
          navigate('/occupations/products', { state: { saved: true } });
        }}
      />
    </section>
  );
}

function valuesOf(p: ProductView): ProductFormValues {
  return {
    name: p.name,
    category: p.category,
    unit: p.unit ?? '',
    price: p.price === null ? '' : p.price.toFixed(2),
    description: p.description ?? '',
    courseId: p.course?.id ?? '',
    makerIds: p.makers.map((m) => m.id),
  };
}

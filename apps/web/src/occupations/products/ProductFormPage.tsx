import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateProductDto, UpdateProductDto, type ProductView } from '@elderwork/contracts';
import { LoadError } from '../../ui/LoadError';
import { useCreateProduct, useProduct, useUpdateProduct } from '../queries';
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
  const create = useCreateProduct();
  return (
    <section>
      <h1>{t('occupations.products.newTitle')}</h1>
      <ProductForm
        defaultValues={EMPTY_PRODUCT}
        makers={[]}
        resolver={createResolver}
        onSave={async (dto) => {
          await create.mutateAsync(dto);
          void navigate('/occupations/products', { state: { saved: true } });
        }}
      />
    </section>
  );
}

function EditProduct({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useProduct(id);
  const update = useUpdateProduct(id);
  const { data } = query;

  if (query.isError) return <LoadError query={query} />;
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
        onReload={() => void query.refetch()}
        defaultValues={valuesOf(data)}
        makers={data.makers}
        resolver={resolver}
        onSave={async (dto: UpdateProductDto) => {
          // Emptied optional fields arrive as undefined, which PATCH would ignore: send null to clear them.
          await update.mutateAsync({
            ...dto,
            unit: dto.unit ?? null,
            price: dto.price ?? null,
            description: dto.description ?? null,
          });
          void navigate('/occupations/products', { state: { saved: true } });
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

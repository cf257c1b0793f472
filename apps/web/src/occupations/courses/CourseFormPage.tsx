import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateCourseDto, UpdateCourseDto } from '@elderwork/contracts';
import { coursesApi } from '../../api/endpoints';
import { useFetch } from '../../api/use-fetch';
import { LoadError } from '../../ui/LoadError';
import { CourseForm } from './CourseForm';
import { courseResolver, courseValues, EMPTY_COURSE } from './course-form';

const createResolver = courseResolver(CreateCourseDto);
const updateResolver = courseResolver(UpdateCourseDto);

/** /occupations/courses/new and /occupations/courses/:id/edit. */
export function CourseFormPage() {
  const { id } = useParams();
  return id ? <EditCourse id={id} /> : <NewCourse />;
}

function NewCourse() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t('occupations.courses.newTitle')}</h1>
      <CourseForm
        defaultValues={EMPTY_COURSE}
        resolver={createResolver}
        cancelTo="/occupations/courses"
        onSave={async (dto) => {
          const created = await coursesApi.create(dto);
          navigate(`/occupations/courses/${created.id}`, { state: { saved: true } });
        }}
      />
    </section>
  );
}

function EditCourse({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: course, error, reload } = useFetch(() => coursesApi.get(id), id);

  if (error !== null) return <LoadError error={error} onRetry={reload} />;
  if (!course) return <p className="page-loading">{t('common.loading')}</p>;
  const scheduleLocked = course.sessions.some((s) => s.presentResidentIds.length > 0);
  // The version rides along with the form's values: a stale edit gets 409 and a reload offer.
  const resolver: typeof updateResolver = (values, context, options) =>
    updateResolver({ ...values, version: course.version } as typeof values, context, options);
  return (
    <section>
      <h1>
        {t('occupations.courses.editTitle')}
        <small className="muted">{course.title}</small>
      </h1>
      <CourseForm
        key={course.version}
        defaultValues={courseValues(course)}
        resolver={resolver}
        scheduleLocked={scheduleLocked}
        cancelTo={`/occupations/courses/${course.id}`}
        onSave={async (dto) => {
          // An emptied optional field arrives as undefined, which PATCH would ignore: send null to clear it.
          await coursesApi.update(course.id, { ...dto, description: dto.description ?? null, place: dto.place ?? null });
          navigate(`/occupations/courses/${course.id}`, { state: { saved: true } });
        }}
      />
    </section>
  );
}

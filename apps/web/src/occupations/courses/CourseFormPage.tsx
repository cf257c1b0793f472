import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateCourseDto, UpdateCourseDto } from '@elderwork/contracts';
import { dtoResolver } from '../../ui/forms';
import { LoadError } from '../../ui/LoadError';
import { useCourse, useCreateCourse, useUpdateCourse } from '../queries';
import { CourseForm } from './CourseForm';
import { courseInput, courseResolver, courseValues, EMPTY_COURSE, type CourseFormValues } from './course-form';

const createResolver = courseResolver(CreateCourseDto);

/** /occupations/courses/new and /occupations/courses/:id/edit. */
export function CourseFormPage() {
  const { id } = useParams();
  return id ? <EditCourse id={id} /> : <NewCourse />;
}

function NewCourse() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCourse();
  return (
    <section>
      <h1>{t('occupations.courses.newTitle')}</h1>
      <CourseForm
        defaultValues={EMPTY_COURSE}
        resolver={createResolver}
        cancelTo="/occupations/courses"
        onSave={async (dto) => {
          const created = await create.mutateAsync(dto);
          void navigate(`/occupations/courses/${created.id}`, { state: { saved: true } });
        }}
      />
    </section>
  );
}

function EditCourse({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useCourse(id);
  const update = useUpdateCourse(id);
  const course = query.data;

  if (query.isError) return <LoadError query={query} />;
  if (!course) return <p className="page-loading">{t('common.loading')}</p>;
  const scheduleLocked = course.sessions.some((s) => s.presentResidentIds.length > 0);
  // The version rides along with the form's values: a stale edit gets 409 and a reload offer.
  const resolver = dtoResolver<CourseFormValues, UpdateCourseDto>(UpdateCourseDto, (values) => ({ ...courseInput(values), version: course.version }));
  return (
    <section>
      <h1>
        {t('occupations.courses.editTitle')}
        <small className="muted">{course.title}</small>
      </h1>
      <CourseForm
        key={course.version}
        onReload={() => void query.refetch()}
        defaultValues={courseValues(course)}
        resolver={resolver}
        scheduleLocked={scheduleLocked}
        cancelTo={`/occupations/courses/${course.id}`}
        onSave={async (dto) => {
          // An emptied optional field arrives as undefined, which PATCH would ignore: send null to clear it.
          await update.mutateAsync({ ...dto, description: dto.description ?? null, place: dto.place ?? null });
          void navigate(`/occupations/courses/${course.id}`, { state: { saved: true } });
        }}
      />
    </section>
  );
}

import { Route, Routes } from 'react-router';
import { CourseFormPage } from './courses/CourseFormPage';
import { CourseListPage } from './courses/CourseListPage';
import { CoursePage } from './courses/CoursePage';
import { IncomeImportPage } from './income/IncomeImportPage';
import { IncomeMonthPage } from './income/IncomeMonthPage';
import { JobFormPage } from './jobs/JobFormPage';
import { JobListPage } from './jobs/JobListPage';
import { JobPage } from './jobs/JobPage';
import { OccupationsLayout } from './OccupationsLayout';
import { ProductFormPage } from './products/ProductFormPage';
import { ProductListPage } from './products/ProductListPage';
import { SummaryPage } from './summary/SummaryPage';
import { WisdomFormPage } from './wisdom/WisdomFormPage';
import { WisdomListPage } from './wisdom/WisdomListPage';

/**
 * /occupations/*: the feature's own route table, loaded as one chunk by OccupationsRoutes
 * (mounted once in app.tsx behind the LAO-role guard).
 */
export function OccupationsPages() {
  return (
    <Routes>
      <Route element={<OccupationsLayout />}>
        <Route index element={<SummaryPage />} />
        <Route path="courses" element={<CourseListPage />} />
        <Route path="courses/new" element={<CourseFormPage />} />
        <Route path="courses/:id" element={<CoursePage />} />
        <Route path="courses/:id/edit" element={<CourseFormPage />} />
        <Route path="wisdom" element={<WisdomListPage />} />
        <Route path="wisdom/new" element={<WisdomFormPage />} />
        <Route path="wisdom/:id" element={<WisdomFormPage />} />
        <Route path="products" element={<ProductListPage />} />
        <Route path="products/new" element={<ProductFormPage />} />
        <Route path="products/:id" element={<ProductFormPage />} />
        <Route path="income" element={<IncomeMonthPage />} />
        <Route path="income/import" element={<IncomeImportPage />} />
        <Route path="jobs" element={<JobListPage />} />
        <Route path="jobs/new" element={<JobFormPage />} />
        <Route path="jobs/:id" element={<JobPage />} />
        <Route path="jobs/:id/edit" element={<JobFormPage />} />
      </Route>
    </Routes>
  );
}

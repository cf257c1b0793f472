import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type {
  CreateCourseDto,
  CreateIncomeRecordDto,
  CreateJobDto,
  CreateJobPlacementDto,
  CreateProductDto,
  CreateSessionDto,
  CreateWisdomDto,
  FollowUpDto,
  UpdateCourseDto,
  UpdateJobDto,
  UpdateJobPlacementDto,
  UpdateProductDto,
  UpdateSessionDto,
  UpdateWisdomDto,
} from '@elderwork/contracts';
import {
  coursesApi,
  incomeApi,
  jobsApi,
  occupationsApi,
  productsApi,
  wisdomApi,
  type CourseQuery,
  type IncomeMonthPut,
  type JobQuery,
  type ProductQuery,
  type WisdomQuery,
  type YearType,
} from '../api/endpoints';
import { courseKeys, incomeKeys, jobKeys, occupationKeys, productKeys, wisdomKeys } from './keys';

// ---------- reads ----------

export const useCourses = (query: CourseQuery) => useQuery({ queryKey: courseKeys.list(query), queryFn: () => coursesApi.list(query) });
export const useCourse = (id: string) => useQuery({ queryKey: courseKeys.detail(id), queryFn: () => coursesApi.get(id) });
export const useWisdomList = (query: WisdomQuery) => useQuery({ queryKey: wisdomKeys.list(query), queryFn: () => wisdomApi.list(query) });
export const useWisdom = (id: string) => useQuery({ queryKey: wisdomKeys.detail(id), queryFn: () => wisdomApi.get(id) });
export const useProducts = (query: ProductQuery = {}) => useQuery({ queryKey: productKeys.list(query), queryFn: () => productsApi.list(query) });
export const useProduct = (id: string) => useQuery({ queryKey: productKeys.detail(id), queryFn: () => productsApi.get(id) });
export const useIncomeMonth = (month: string) => useQuery({ queryKey: incomeKeys.month(month), queryFn: () => incomeApi.month(month) });
export const useJobs = (query: JobQuery) => useQuery({ queryKey: jobKeys.list(query), queryFn: () => jobsApi.list(query) });
export const useJob = (id: string) => useQuery({ queryKey: jobKeys.detail(id), queryFn: () => jobsApi.get(id) });
export const useJobMatches = (id: string) => useQuery({ queryKey: jobKeys.matches(id), queryFn: () => jobsApi.matches(id) });
export const useOccupationsSummary = (year: number, yearType: YearType) =>
  useQuery({ queryKey: occupationKeys.summary(year, yearType), queryFn: () => occupationsApi.summary(year, yearType) });

// ---------- writes: each invalidates what it changes, and the yearly summary ----------

function useOccupationsMutation<TArg, TResult>(run: (arg: TArg) => Promise<TResult>, changes: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      // A summary nobody is looking at is dropped, not kept stale: opened next, it shows the new figures, never the old ones first.
      queryClient.removeQueries({ queryKey: occupationKeys.summaries(), type: 'inactive' });
      return Promise.all([...changes, occupationKeys.summaries()].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

/** Products show their course: a course's change refreshes them too. */
const COURSES = [courseKeys.all, productKeys.all];
export const useCreateCourse = () => useOccupationsMutation((dto: CreateCourseDto) => coursesApi.create(dto), COURSES);
export const useUpdateCourse = (id: string) => useOccupationsMutation((dto: UpdateCourseDto) => coursesApi.update(id, dto), COURSES);
export const useAddSession = (courseId: string) => useOccupationsMutation((dto: CreateSessionDto) => coursesApi.addSession(courseId, dto), COURSES);
export const useUpdateSession = (courseId: string) =>
  useOccupationsMutation(({ sessionId, dto }: { sessionId: string; dto: UpdateSessionDto }) => coursesApi.updateSession(courseId, sessionId, dto), COURSES);
export const useAttendance = (courseId: string, sessionId: string) =>
  useOccupationsMutation((residentIds: string[]) => coursesApi.attendance(courseId, sessionId, residentIds), COURSES);
export const useEnrol = (courseId: string) => useOccupationsMutation((residentIds: string[]) => coursesApi.enrol(courseId, residentIds), COURSES);
export const useUnenrol = (courseId: string) => useOccupationsMutation((residentId: string) => coursesApi.unenrol(courseId, residentId), COURSES);
export const useFollowUp = (courseId: string, residentId: string) =>
  useOccupationsMutation((dto: FollowUpDto) => coursesApi.followUp(courseId, residentId, dto), COURSES);

export const useCreateWisdom = () => useOccupationsMutation((dto: CreateWisdomDto) => wisdomApi.create(dto), [wisdomKeys.all]);
export const useUpdateWisdom = (id: string) => useOccupationsMutation((dto: UpdateWisdomDto) => wisdomApi.update(id, dto), [wisdomKeys.all]);

/** The income grid offers the products: a product's change refreshes the months too. */
const PRODUCTS = [productKeys.all, incomeKeys.all];
export const useCreateProduct = () => useOccupationsMutation((dto: CreateProductDto) => productsApi.create(dto), PRODUCTS);
export const useUpdateProduct = (id: string) => useOccupationsMutation((dto: UpdateProductDto) => productsApi.update(id, dto), PRODUCTS);

/** Income shows in the month grid and on the job placements it was earned in. */
const INCOME = [incomeKeys.all, jobKeys.all];
export const usePutIncomeMonth = (month: string) => useOccupationsMutation((body: IncomeMonthPut) => incomeApi.putMonth(month, body), INCOME);
export const useCreateIncome = () => useOccupationsMutation((dto: CreateIncomeRecordDto) => incomeApi.create(dto), INCOME);
export const useImportIncome = () => useOccupationsMutation((file: File) => incomeApi.import(file), INCOME);

/** A placement changes the job (its placements, its openings) and its matches (the placed elder leaves them). */
const JOBS = [jobKeys.all];
export const useCreateJob = () => useOccupationsMutation((dto: CreateJobDto) => jobsApi.create(dto), JOBS);
export const useUpdateJob = (id: string) => useOccupationsMutation((dto: UpdateJobDto) => jobsApi.update(id, dto), JOBS);
export const usePlace = (jobId: string) => useOccupationsMutation((dto: CreateJobPlacementDto) => jobsApi.place(jobId, dto), JOBS);
export const useUpdateJobPlacement = (jobId: string) =>
  useOccupationsMutation(({ placementId, dto }: { placementId: string; dto: UpdateJobPlacementDto }) => jobsApi.updatePlacement(jobId, placementId, dto), JOBS);
